package cn.procuratorate.wages.common.health;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The state of every circuit breaker of this process (one per downstream service) in {@code /actuator/health}.
 * Resilience4j's own indicator is written for Boot 3's health API and never registers under Boot 4.
 * Always UP: an open breaker means a dependency is unavailable, not that this process is unhealthy, so it must not
 * take the process out of a load balancer; it is here so operators see it next to the rest.
 */
public class CircuitBreakersHealthIndicator extends AbstractHealthIndicator {

    private final CircuitBreakerRegistry breakers;

    public CircuitBreakersHealthIndicator(CircuitBreakerRegistry breakers) {
        super("Circuit breaker health check failed");
        this.breakers = breakers;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Map<String, Object> states = new TreeMap<>();
        for (CircuitBreaker breaker : breakers.getAllCircuitBreakers()) {
            CircuitBreaker.Metrics metrics = breaker.getMetrics();
            states.put(breaker.getName(), Map.of(
                    "state", breaker.getState().name(),
                    "failureRate", metrics.getFailureRate(),
                    "bufferedCalls", metrics.getNumberOfBufferedCalls(),
                    "notPermittedCalls", metrics.getNumberOfNotPermittedCalls()));
        }
        builder.up().withDetails(states);
    }
}
