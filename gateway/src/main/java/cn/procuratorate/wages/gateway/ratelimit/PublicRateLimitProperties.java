package cn.procuratorate.wages.gateway.ratelimit;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.Assert;

/**
 * {@code gateway.public-rate-limits.*}: how often {@code /api/public/**} may be called without an account.
 *
 * @param submissionsPerIp    POST/PUT/PATCH/DELETE under /api/public/** per client address
 * @param lookupsPerIp        every other public request (GET, HEAD...) per client address
 * @param lookupsPerQueryCode {@code GET /api/public/petitions/{code}} per query code, whatever the address: bounds
 *                            guessing the last 4 phone digits of one code from many addresses
 * @param trustedProxies      IPs or CIDRs (e.g. {@code 10.0.0.0/8}) whose {@code X-Forwarded-For} names the client;
 *                            empty: the TCP peer is the client and the header is ignored
 * @param forwarderKey        shared secret of a server that renders public pages for browsers (the console): a request
 *                            carrying it in {@code X-Client-Address-Key} counts against the address it names in
 *                            {@code X-Client-Address}; empty (the default): no such server is trusted
 * @param store               {@code memory} (one gateway) or {@code redis} (shared by several gateways)
 * @param maxKeys             the in-memory store forgets the least recently used buckets beyond this many
 * @param redisTimeout        the Redis store lets a request through unchecked when Redis has not answered by then
 */
@ConfigurationProperties("gateway.public-rate-limits")
public record PublicRateLimitProperties(
        Limit submissionsPerIp,
        Limit lookupsPerIp,
        Limit lookupsPerQueryCode,
        @DefaultValue List<String> trustedProxies,
        @DefaultValue("") String forwarderKey,
        @DefaultValue("memory") String store,
        @DefaultValue("100000") int maxKeys,
        @DefaultValue("200ms") Duration redisTimeout) {

    private static final List<String> STORES = List.of("memory", "redis");

    public PublicRateLimitProperties {
        // Defaults here, not with @DefaultValue: the three limits share one type but not their values.
        submissionsPerIp = submissionsPerIp != null ? submissionsPerIp : new Limit(3, Duration.ofMinutes(1));
        lookupsPerIp = lookupsPerIp != null ? lookupsPerIp : new Limit(30, Duration.ofMinutes(1));
        lookupsPerQueryCode = lookupsPerQueryCode != null ? lookupsPerQueryCode : new Limit(5, Duration.ofMinutes(10));
        trustedProxies = trustedProxies.stream().map(String::trim).filter(entry -> !entry.isEmpty()).toList();
        // A typo stops the start here, naming the choices, rather than as a missing RateLimitStore bean.
        Assert.isTrue(STORES.contains(store), () -> "gateway.public-rate-limits.store must be one of " + STORES
                + ", is: " + store);
        Assert.isTrue(maxKeys > 0, "gateway.public-rate-limits.max-keys must be positive");
        Assert.isTrue(redisTimeout.toNanos() > 0, "gateway.public-rate-limits.redis-timeout must be positive");
    }

    /**
     * A token bucket: up to {@code capacity} requests at once, then one more each {@code refillPeriod / capacity}
     * (an empty bucket is full again after {@code refillPeriod}).
     */
    public record Limit(int capacity, Duration refillPeriod) {

        public Limit {
            Assert.isTrue(capacity > 0, "a rate limit's capacity must be positive");
            Assert.isTrue(refillPeriod != null && refillPeriod.toNanos() > 0, "a rate limit's refill-period must be positive");
        }

        /** Time for one request's worth of tokens to come back. */
        double nanosPerToken() {
            return (double) refillPeriod.toNanos() / capacity;
        }
    }
}
