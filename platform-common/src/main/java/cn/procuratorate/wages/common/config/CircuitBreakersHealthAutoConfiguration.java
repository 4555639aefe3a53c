package cn.procuratorate.wages.common.config;

import cn.procuratorate.wages.common.health.CircuitBreakersHealthIndicator;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/** Breaker states in health, for the services and the gateway alike (any process with a breaker registry). */
@AutoConfiguration(afterName = {
        "io.github.resilience4j.springboot3.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration",
        "org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JAutoConfiguration",
        "org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JAutoConfiguration"})
@ConditionalOnClass(name = {"io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry",
        "org.springframework.boot.health.contributor.HealthIndicator"})
@ConditionalOnProperty(name = "management.health.circuitbreakers.enabled", matchIfMissing = true)
public class CircuitBreakersHealthAutoConfiguration {

    /** Bean name "circuitBreakersHealthIndicator" makes the health component "circuitBreakers". */
    @Bean
    @ConditionalOnBean(CircuitBreakerRegistry.class)
    CircuitBreakersHealthIndicator circuitBreakersHealthIndicator(CircuitBreakerRegistry breakers) {
        return new CircuitBreakersHealthIndicator(breakers);
    }
}
