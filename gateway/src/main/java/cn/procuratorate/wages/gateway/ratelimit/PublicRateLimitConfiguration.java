package cn.procuratorate.wages.gateway.ratelimit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The public rate limits and their store. {@code gateway.public-rate-limits.store=memory} (the default) keeps the
 * buckets in this instance; another value expects a {@link RateLimitStore} bean from elsewhere (e.g. a Redis one under
 * a {@code redis} profile), and the gateway does not start without one rather than silently limit per instance.
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
