package cn.procuratorate.wages.common.remote;

import feign.Target;
import java.lang.reflect.Method;
import org.springframework.cloud.openfeign.CircuitBreakerNameResolver;

/**
 * One circuit breaker per downstream service (named after the service, e.g. {@code case-service}) instead of one per
 * method: when a service is down, all calls to it should stop at once, and operators see one breaker per dependency in
 * {@code /actuator/circuitbreakers}.
 *
 * <p>The name is the target's, i.e. the {@code name} of {@code @FeignClient}: a service read by several clients
 * tells them apart by {@code contextId}, which Spring Cloud passes here as {@code feignClientName}, yet they share
 * the service's one breaker.
 */
public class FeignBreakerNames implements CircuitBreakerNameResolver {

    @Override
    public String resolveCircuitBreakerName(String feignClientName, Target<?> target, Method method) {
        return target.name();
    }
}
