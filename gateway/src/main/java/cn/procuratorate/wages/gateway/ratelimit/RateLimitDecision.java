package cn.procuratorate.wages.gateway.ratelimit;

import java.time.Duration;

/**
 * The answer of a {@link RateLimitStore}: allowed, or refused with the time until the next request would be allowed.
 */
public record RateLimitDecision(boolean allowed, Duration retryAfter) {

    public static final RateLimitDecision ALLOWED = new RateLimitDecision(true, Duration.ZERO);

    public static RateLimitDecision refused(Duration retryAfter) {
        return new RateLimitDecision(false, retryAfter);
    }

    /** Whole seconds for {@code Retry-After}, rounded up and at least 1 (0 would invite an immediate retry). */
    public long retryAfterSeconds() {
        long seconds = (retryAfter.toMillis() + 999) / 1000;
        return Math.max(1, seconds);
    }
}
