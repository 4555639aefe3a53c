package cn.procuratorate.wages.common.remote;

import feign.Target;
import java.lang.reflect.Method;
import org.springframework.cloud.openfeign.CircuitBreakerNameResolver;

/**
 * One circuit breaker per downstream service (named after the service, e.g. {@code case-service}) instead of one per
 * method or per client: when a service is down, all calls to it should stop at once, and operators see one breaker
 * per dependency in {@code /actuator/circuitbreakers}. The target's name is the service's, also for a client with a
 * {@code contextId} of its own (several clients of one service), whose id is what OpenFeign passes as the client name.
 */
public class FeignBreakerNames implements CircuitBreakerNameResolver {

    @Override
    public String resolveCircuitBreakerName(String feignClientName, Target<?> target, Method method) {
        return target.name();
    }
}
