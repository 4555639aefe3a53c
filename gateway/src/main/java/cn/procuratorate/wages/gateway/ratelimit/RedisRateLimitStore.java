package cn.procuratorate.wages.gateway.ratelimit;

import cn.procuratorate.wages.gateway.ratelimit.PublicRateLimitProperties.Limit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.connection.ReactiveRedisConnection;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

/**
 * Token buckets in Redis, shared by every gateway instance: the same step as {@link InMemoryRateLimitStore}, done
 * atomically by a Lua script ({@code token-bucket.lua}) on Redis's clock. Keys are {@value #KEY_PREFIX} + the
 * caller's key and expire after the limit's refill period, when an untouched bucket would be full anyway.
 * <p>
 * Redis down, failing or slower than {@code timeout}: the request is let through unchecked (fail open), counted in
 * {@value #FAILURES_METRIC} and logged at WARN at most once per {@link #WARNING_INTERVAL}. A public petition desk
 * should stay reachable; the price is that an outage of Redis is an outage of the limits.
 */
public class RedisRateLimitStore implements RateLimitStore, AutoCloseable {

    static final String KEY_PREFIX = "gateway:rate-limit:";
    static final String FAILURES_METRIC = "gateway.rate.limit.store.failures";
    /** At most one warning a minute, not one per request. */
    static final Duration WARNING_INTERVAL = Duration.ofMinutes(1);
    private static final Duration MAX_CONNECT_BACKOFF = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(RedisRateLimitStore.class);

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final RedisScript<List<Long>> TOKEN_BUCKET =
            (RedisScript) RedisScript.of(new ClassPathResource("token-bucket.lua", RedisRateLimitStore.class), List.class);

    private final ReactiveStringRedisTemplate redis;
    private final Duration timeout;
    private final Counter failures;
    private final AtomicLong lastWarning;
    private final Disposable connecting;
    private volatile boolean connected;

    /** Starts connecting to Redis in the background; requests pass unchecked until the connection is open. */
    public RedisRateLimitStore(ReactiveStringRedisTemplate redis, Duration timeout, MeterRegistry meters) {
        this.redis = redis;
        this.timeout = timeout;
        this.failures = Counter.builder(FAILURES_METRIC)
                .description("Public requests let through without a rate-limit check because Redis failed or was slow")
                .register(meters);
        this.lastWarning = new AtomicLong(System.nanoTime() - WARNING_INTERVAL.toNanos());
        this.connecting = connect();
    }

    @Override
    public Mono<RateLimitDecision> tryConsume(String key, Limit limit) {
        if (!connected) {
            failures.increment();
            return Mono.just(RateLimitDecision.ALLOWED);
        }
        List<String> args = List.of(Integer.toString(limit.capacity()), Double.toString(limit.nanosPerToken() / 1000),
                Long.toString(Math.max(1, limit.refillPeriod().toMillis())));
        return redis.execute(TOKEN_BUCKET, List.of(KEY_PREFIX + key), args)
                .single()
                .map(RedisRateLimitStore::decision)
                .timeout(timeout)
                .onErrorResume(this::failOpen);
    }

    /** Whether the first connection has been opened (Lettuce keeps it, and reconnects it by itself). */
    boolean isConnected() {
        return connected;
    }

    /** Stops trying to connect, if it still does. */
    @Override
    public void close() {
        connecting.dispose();
    }

    /**
     * Opens Lettuce's shared connection off the request path, retrying until Redis is there. Spring Data opens it on
     * first use, blocking the caller: a request must not wait for that (on the event loop, which serves every route),
     * nor cancel it after the timeout (a connection slower to open than the timeout would never be made).
     */
    private Disposable connect() {
        return Mono.fromCallable(() -> redis.getConnectionFactory().getReactiveConnection())
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(ReactiveRedisConnection::closeLater)
                .doOnError(this::warn)
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(100)).maxBackoff(MAX_CONNECT_BACKOFF))
                .doOnSuccess(unused -> connected = true)
                .subscribe();
    }

    private static RateLimitDecision decision(List<Long> reply) {
        return reply.get(0) == 1
                ? RateLimitDecision.ALLOWED
                : RateLimitDecision.refused(Duration.of(reply.get(1), ChronoUnit.MICROS));
    }

    private Mono<RateLimitDecision> failOpen(Throwable error) {
        failures.increment();
        warn(error);
        return Mono.just(RateLimitDecision.ALLOWED);
    }

    private void warn(Throwable error) {
        long now = System.nanoTime();
        long last = lastWarning.get();
        if (now - last >= WARNING_INTERVAL.toNanos() && lastWarning.compareAndSet(last, now)) {
            // Neither key nor address: they name a client or a query code.
            log.warn("Redis rate-limit store unavailable, public requests pass unchecked until it answers again"
                    + " (counted in {}; next warning in {} at the earliest): {}", FAILURES_METRIC, WARNING_INTERVAL,
                    NestedExceptionUtils.getMostSpecificCause(error).toString());
        }
    }
}
