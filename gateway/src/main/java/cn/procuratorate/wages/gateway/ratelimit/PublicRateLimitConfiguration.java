package cn.procuratorate.wages.gateway.ratelimit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The public rate limits and their store. {@code gateway.public-rate-limits.store=memory} (the default) keeps the
 * buckets in this instance; {@code redis} shares them between instances ({@link RedisRateLimitConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
class PublicRateLimitConfiguration {

    @Bean
    @ConditionalOnProperty(name = "gateway.public-rate-limits.store", havingValue = "memory", matchIfMissing = true)
    InMemoryRateLimitStore inMemoryRateLimitStore(PublicRateLimitProperties limits) {
        return new InMemoryRateLimitStore(limits.maxKeys());
    }

    @Bean
    PublicRateLimitWebFilter publicRateLimitWebFilter(RateLimitStore store, PublicRateLimitProperties limits) {
        return new PublicRateLimitWebFilter(store, limits);
    }
}
