package cn.procuratorate.wages.gateway.ratelimit;

import io.lettuce.core.ClientOptions.DisconnectedBehavior;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.boot.data.redis.health.DataRedisReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * {@code gateway.public-rate-limits.store=redis}: the buckets in Redis, shared by every gateway instance. The
 * connection is Boot's ({@code spring.data.redis.*}); with the memory store it is configured too, but never opened.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "gateway.public-rate-limits.store", havingValue = "redis")
class RedisRateLimitConfiguration {

    @Bean
    RedisRateLimitStore redisRateLimitStore(ReactiveStringRedisTemplate redis, PublicRateLimitProperties limits,
            MeterRegistry meters) {
        return new RedisRateLimitStore(redis, limits.redisTimeout(), meters);
    }

    /**
     * While the connection is down, a command fails at once (and the request passes at once) instead of waiting in
     * Lettuce's queue, which grows without bound until it reconnects.
     */
    @Bean
    LettuceClientOptionsBuilderCustomizer rejectRedisCommandsWhileDisconnected() {
        return options -> options.disconnectedBehavior(DisconnectedBehavior.REJECT_COMMANDS);
    }

    /**
     * Redis in {@code /actuator/health} with this store only: application.yml turns Boot's own indicator off, which
     * would report the unused Redis as down with the memory store. Not part of readiness (Boot's readiness group is the
     * readiness state alone): without Redis the gateway still serves, only unlimited.
     */
    @Bean
    DataRedisReactiveHealthIndicator redisHealthIndicator(ReactiveRedisConnectionFactory redis) {
        return new DataRedisReactiveHealthIndicator(redis);
    }
}
