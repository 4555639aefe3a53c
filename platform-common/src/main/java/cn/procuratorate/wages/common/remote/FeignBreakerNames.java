package cn.procuratorate.wages.common.remote;

import feign.Target;
import java.lang.reflect.Method;
import org.springframework.cloud.openfeign.CircuitBreakerNameResolver;

/**
 * One circuit breaker per downstream service (named after the Feign client, e.g. {@code case-service}) instead of
 * one per method: when a service is down, all calls to it should stop at once, and operators see one breaker per
 * dependency in {@code /actuator/circuitbreakers}.
 */
public class FeignBreakerNames implements CircuitBreakerNameResolver {

    @Override
    public String resolveCircuitBreakerName(String feignClientName, Target<?> target, Method method) {
        return feignClientName;
    }
}
