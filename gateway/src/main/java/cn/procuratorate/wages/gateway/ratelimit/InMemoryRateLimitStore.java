package cn.procuratorate.wages.gateway.ratelimit;

import cn.procuratorate.wages.gateway.ratelimit.PublicRateLimitProperties.Limit;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import reactor.core.publisher.Mono;

/**
 * Token buckets in this gateway's memory: right for the local run's single gateway, not for several instances
 * (each would grant the full limit). Memory is bounded twice: buckets that have refilled completely are dropped
 * (a full bucket is the same as none), at most once per {@link #SWEEP_INTERVAL}; and beyond {@code maxKeys} the least
 * recently used bucket is forgotten, so a flood of new addresses cannot grow the map without end (at worst it lets
 * a quiet client start afresh).
 * <p>
 * One lock for the map: the public routes are a small share of the traffic and a step is a few arithmetic operations.
 */
public class InMemoryRateLimitStore implements RateLimitStore {

    static final Duration SWEEP_INTERVAL = Duration.ofMinutes(1);

    private final Map<String, Bucket> buckets;
    private final LongSupplier nanoClock;
    private long lastSweep;

    public InMemoryRateLimitStore(int maxKeys) {
        this(maxKeys, System::nanoTime);
    }

    InMemoryRateLimitStore(int maxKeys, LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        this.lastSweep = nanoClock.getAsLong();
        // Access order: the eldest entry is the least recently used one.
        this.buckets = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxKeys;
            }
        };
    }

    @Override
    public Mono<RateLimitDecision> tryConsume(String key, Limit limit) {
        return Mono.fromSupplier(() -> consume(key, limit));
    }

    synchronized RateLimitDecision consume(String key, Limit limit) {
        long now = nanoClock.getAsLong();
        sweepIfDue(now);
        Bucket bucket = buckets.computeIfAbsent(key, unused -> new Bucket(limit, now));
        return bucket.take(now);
    }

    synchronized int size() {
        return buckets.size();
    }

    private void sweepIfDue(long now) {
        if (now - lastSweep < SWEEP_INTERVAL.toNanos()) {
            return;
        }
        lastSweep = now;
        for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext(); ) {
            if (it.next().isFullAt(now)) {
                it.remove();
            }
        }
    }

    /** Tokens are refilled lazily, from the time elapsed since the last request. */
    private static final class Bucket {

        private final Limit limit;
        private double tokens;
        private long updated;

        Bucket(Limit limit, long now) {
            this.limit = limit;
            this.tokens = limit.capacity();
            this.updated = now;
        }

        RateLimitDecision take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return RateLimitDecision.ALLOWED;
            }
            long wait = (long) Math.ceil((1 - tokens) * limit.nanosPerToken());
            return RateLimitDecision.refused(Duration.ofNanos(wait));
        }

        boolean isFullAt(long now) {
            refill(now);
            return tokens >= limit.capacity();
        }

        private void refill(long now) {
            long elapsed = now - updated;
            if (elapsed > 0) {
                tokens = Math.min(limit.capacity(), tokens + elapsed / limit.nanosPerToken());
                updated = now;
            }
        }
    }
}
