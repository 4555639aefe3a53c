package cn.procuratorate.wages.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.gateway.ratelimit.PublicRateLimitProperties.Limit;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class InMemoryRateLimitStoreTest {

    private static final Limit FIVE_PER_TEN_MINUTES = new Limit(5, Duration.ofMinutes(10));

    private final AtomicLong clock = new AtomicLong();

    @Test
    void aBurstUpToTheCapacityThenOneTokenPerRefillShare() {
        InMemoryRateLimitStore store = new InMemoryRateLimitStore(100, clock::get);
        for (int i = 0; i < 5; i++) {
            assertThat(store.consume("code:A", FIVE_PER_TEN_MINUTES).allowed()).isTrue();
        }
        RateLimitDecision refused = store.consume("code:A", FIVE_PER_TEN_MINUTES);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(120);

        advance(Duration.ofSeconds(90));
        assertThat(store.consume("code:A", FIVE_PER_TEN_MINUTES).retryAfterSeconds()).isEqualTo(30);
        advance(Duration.ofSeconds(30));
        assertThat(store.consume("code:A", FIVE_PER_TEN_MINUTES).allowed()).isTrue();
        assertThat(store.consume("code:A", FIVE_PER_TEN_MINUTES).allowed()).isFalse();
        // Other keys are untouched.
        assertThat(store.consume("code:B", FIVE_PER_TEN_MINUTES).allowed()).isTrue();
    }

    @Test
    void theLeastRecentlyUsedBucketIsForgottenBeyondMaxKeys() {
        InMemoryRateLimitStore store = new InMemoryRateLimitStore(2, clock::get);
        Limit one = new Limit(1, Duration.ofHours(1));
        store.consume("a", one);
        store.consume("b", one);
        store.consume("a", one);
        store.consume("c", one);

        assertThat(store.size()).isEqualTo(2);
        // "b" was dropped and starts full again; "a" was kept.
        assertThat(store.consume("b", one).allowed()).isTrue();
        assertThat(store.consume("c", one).allowed()).isFalse();
    }

    @Test
    void refilledBucketsAreSweptAway() {
        InMemoryRateLimitStore store = new InMemoryRateLimitStore(100, clock::get);
        Limit quick = new Limit(2, Duration.ofSeconds(10));
        store.consume("idle", quick);
        store.consume("busy", new Limit(2, Duration.ofHours(1)));

        advance(InMemoryRateLimitStore.SWEEP_INTERVAL.plusSeconds(1));
        store.consume("new", quick);

        // "idle" refilled completely and was dropped; "busy" still remembers its spent token.
        assertThat(store.size()).isEqualTo(2);
    }

    private void advance(Duration duration) {
        clock.addAndGet(duration.toNanos());
    }
}
