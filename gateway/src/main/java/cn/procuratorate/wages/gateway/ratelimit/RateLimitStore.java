package cn.procuratorate.wages.gateway.ratelimit;

import cn.procuratorate.wages.gateway.ratelimit.PublicRateLimitProperties.Limit;
import reactor.core.publisher.Mono;

/**
 * Where the buckets live. {@link InMemoryRateLimitStore} holds them per gateway instance; with several instances behind
 * a load balancer each would allow the full limit, so production with N gateways uses {@link RedisRateLimitStore},
 * shared by all. Reactive so that a remote store does not block the event loop.
 */
public interface RateLimitStore {

    /**
     * Takes one token from the bucket {@code key} (created full on first use).
     *
     * @param key   already namespaced by the caller ({@code ip:write:1.2.3.4}, {@code code:ABC123})
     * @param limit the same limit on every call for one key
     */
    Mono<RateLimitDecision> tryConsume(String key, Limit limit);
}
