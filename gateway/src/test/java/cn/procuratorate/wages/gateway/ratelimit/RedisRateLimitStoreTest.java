package cn.procuratorate.wages.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import cn.procuratorate.wages.gateway.ratelimit.PublicRateLimitProperties.Limit;
import cn.procuratorate.wages.gateway.support.RedisServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/** The Lua token bucket against a real redis-server, and what the store does when Redis fails. */
@ExtendWith(OutputCaptureExtension.class)
class RedisRateLimitStoreTest {

    private static final Duration TIMEOUT = Duration.ofMillis(200);
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    private static RedisServer redis;
    private static LettuceConnectionFactory connections;

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @BeforeAll
    static void startRedis() {
        // Without Spring Boot, logback logs at DEBUG, where Lettuce and Netty log every command.
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.INFO);
        redis = RedisServer.start();
        connections = connect(redis.port());
    }

    @AfterAll
    static void stopRedis() {
        if (connections != null) {
            connections.destroy();
        }
        if (redis != null) {
            redis.stop();
        }
    }

    @Test
    void aBurstUpToTheCapacityThenRefusedUntilTheNextToken() {
        RedisRateLimitStore store = connectedStore();
        Limit fivePerTenMinutes = new Limit(5, Duration.ofMinutes(10));
        String key = newKey();
        for (int i = 0; i < 5; i++) {
            assertThat(store.tryConsume(key, fivePerTenMinutes).block().allowed()).isTrue();
        }

        RateLimitDecision refused = store.tryConsume(key, fivePerTenMinutes).block();
        assertThat(refused.allowed()).isFalse();
        // 10 minutes / 5 tokens, less the few milliseconds since the burst.
        assertThat(refused.retryAfter()).isBetween(Duration.ofSeconds(119), Duration.ofSeconds(120));
        assertThat(refused.retryAfterSeconds()).isEqualTo(120);
        // Other keys are untouched.
        assertThat(store.tryConsume(newKey(), fivePerTenMinutes).block().allowed()).isTrue();
        assertThat(meters.counter(RedisRateLimitStore.FAILURES_METRIC).count()).isZero();
    }

    @Test
    void anEmptyBucketGetsATokenBackAfterItsShareOfTheRefillPeriod() {
        RedisRateLimitStore store = connectedStore();
        Limit twoPerSecond = new Limit(2, Duration.ofSeconds(1));
        String key = newKey();
        long start = System.nanoTime();
        store.tryConsume(key, twoPerSecond).block();
        store.tryConsume(key, twoPerSecond).block();

        RateLimitDecision refused = store.tryConsume(key, twoPerSecond).block();
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMillis(500));

        await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(25))
                .until(() -> store.tryConsume(key, twoPerSecond).block().allowed());
        // Half a second after the first token was taken.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(450));
        // One token came back, not two.
        assertThat(store.tryConsume(key, twoPerSecond).block().allowed()).isFalse();
    }

    @Test
    void bucketsLiveUnderTheGatewaysPrefixAndExpireAfterTheRefillPeriod() {
        String key = "ip:read:" + newKey();
        connectedStore().tryConsume(key, new Limit(3, Duration.ofMinutes(1))).block();

        String ttl = redis.command("PTTL", RedisRateLimitStore.KEY_PREFIX + key);
        assertThat(ttl).startsWith(":");
        assertThat(Long.parseLong(ttl.substring(1))).isBetween(55_000L, 60_000L);
    }

    @Test
    void aHungRedisLetsTheRequestThroughAfterTheTimeout(CapturedOutput output) {
        RedisRateLimitStore store = connectedStore();
        Limit onePerHour = new Limit(1, Duration.ofHours(1));
        String key = newKey();
        store.tryConsume(key, onePerHour).block();
        redis.freeze();
        try {
            long start = System.nanoTime();
            // Refused if Redis answered: the bucket is empty.
            assertThat(store.tryConsume(key, onePerHour).block().allowed()).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - start))
                    .isGreaterThanOrEqualTo(TIMEOUT).isLessThan(Duration.ofSeconds(2));
        }
        finally {
            redis.thaw();
        }
        assertThat(meters.counter(RedisRateLimitStore.FAILURES_METRIC).count()).isEqualTo(1);
        assertThat(output).contains("Redis rate-limit store unavailable, public requests pass unchecked");
    }

    @Test
    void withoutRedisRequestsPassAtOnceAreCountedAndWarnedAboutOnce(CapturedOutput output) {
        RedisServer gone = RedisServer.start();
        gone.stop();
        LettuceConnectionFactory nowhere = connect(gone.port());
        try (RedisRateLimitStore store = store(nowhere)) {
            Limit onePerHour = new Limit(1, Duration.ofHours(1));
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                assertThat(store.tryConsume("ip:write:198.51.100.1", onePerHour).block().allowed()).isTrue();
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIMEOUT);
            }
            assertThat(meters.counter(RedisRateLimitStore.FAILURES_METRIC).count()).isEqualTo(3);
            // The connection attempts, retried in the background, fail: named once.
            await().atMost(Duration.ofSeconds(5)).until(() -> output.getOut().contains("Connection refused"));
            assertThat(output.getOut().split("Redis rate-limit store unavailable", -1)).hasSize(2);
            // Neither the client's address nor a query code in the log.
            assertThat(output).doesNotContain("198.51.100.1");
        }
        finally {
            nowhere.destroy();
        }
    }

    @Test
    void aRedisThatComesUpLaterIsConnectedToInTheBackground() {
        RedisServer notYet = RedisServer.start();
        notYet.stop();
        LettuceConnectionFactory later = connect(notYet.port());
        try (RedisRateLimitStore store = store(later)) {
            Limit onePerHour = new Limit(1, Duration.ofHours(1));
            assertThat(store.tryConsume("code:LATER", onePerHour).block().allowed()).isTrue();
            try (RedisServer up = RedisServer.startOn(notYet.port())) {
                await().atMost(Duration.ofSeconds(15)).until(store::isConnected);
                assertThat(store.tryConsume("code:LATER", onePerHour).block().allowed()).isTrue();
                assertThat(store.tryConsume("code:LATER", onePerHour).block().allowed()).isFalse();
            }
        }
        finally {
            later.destroy();
        }
    }

    private RedisRateLimitStore connectedStore() {
        RedisRateLimitStore store = store(connections);
        await().atMost(Duration.ofSeconds(10)).until(store::isConnected);
        return store;
    }

    private RedisRateLimitStore store(LettuceConnectionFactory factory) {
        return new RedisRateLimitStore(new ReactiveStringRedisTemplate(factory), TIMEOUT, meters);
    }

    private static LettuceConnectionFactory connect(int port) {
        LettuceConnectionFactory factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", port));
        factory.afterPropertiesSet();
        factory.start();
        return factory;
    }

    private static String newKey() {
        return "test:" + UNIQUE.incrementAndGet();
    }
}
