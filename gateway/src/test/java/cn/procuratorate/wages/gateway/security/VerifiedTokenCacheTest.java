package cn.procuratorate.wages.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Mono;

class VerifiedTokenCacheTest {

    private static final Instant NOW = Instant.parse("2026-01-20T08:00:00Z");

    private final MutableClock clock = new MutableClock();

    @Test
    void aVerifiedTokenIsKeptAtMostMaxAge() {
        VerifiedTokenCache cache = new VerifiedTokenCache(Duration.ofSeconds(60), 100, clock);
        cache.put("k", jwt(NOW.plus(Duration.ofMinutes(30))));

        clock.now = NOW.plusSeconds(59);
        assertThat(cache.get("k")).isNotNull();
        clock.now = NOW.plusSeconds(60);
        assertThat(cache.get("k")).isNull();
    }

    @Test
    void aTokenIsNeverServedFromTheCachePastItsExpiry() {
        VerifiedTokenCache cache = new VerifiedTokenCache(Duration.ofSeconds(60), 100, clock);
        cache.put("k", jwt(NOW.plusSeconds(20)));

        clock.now = NOW.plusSeconds(19);
        assertThat(cache.get("k")).isNotNull();
        clock.now = NOW.plusSeconds(20);
        assertThat(cache.get("k")).isNull();
    }

    @Test
    void theCacheStaysWithinItsBound() {
        VerifiedTokenCache cache = new VerifiedTokenCache(Duration.ofSeconds(60), 2, clock);
        cache.put("a", jwt(NOW.plusSeconds(600)));
        cache.put("b", jwt(NOW.plusSeconds(600)));
        cache.put("c", jwt(NOW.plusSeconds(600)));

        assertThat(cache.size()).isLessThanOrEqualTo(2);
        assertThat(cache.get("c")).isNotNull();
    }

    @Test
    void theDecoderChecksATokenOnceWhileCachedAndARefusedOneEveryTime() {
        AtomicInteger checks = new AtomicInteger();
        CachingJwtDecoder decoder = new CachingJwtDecoder(token -> {
            checks.incrementAndGet();
            return token.equals("good") ? Mono.just(jwt(NOW.plusSeconds(600)))
                    : Mono.error(new BadJwtException("bad signature"));
        }, new VerifiedTokenCache(Duration.ofSeconds(60), 100, clock));

        assertThat(decoder.decode("good").block()).isNotNull();
        assertThat(decoder.decode("good").block()).isNotNull();
        assertThat(checks).hasValue(1);

        assertThatThrownBy(() -> decoder.decode("forged").block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("forged").block()).isInstanceOf(BadJwtException.class);
        assertThat(checks).hasValue(3);

        clock.now = NOW.plusSeconds(61);
        assertThat(decoder.decode("good").block()).isNotNull();
        assertThat(checks).as("checked again once the entry aged out").hasValue(4);
    }

    @Test
    void keysAreHashesNotTokens() {
        String key = VerifiedTokenCache.keyOf("eyJhbGciOiJSUzI1NiJ9.payload.signature");
        assertThat(key).hasSize(43).doesNotContain("payload");
        assertThat(VerifiedTokenCache.keyOf("eyJhbGciOiJSUzI1NiJ9.payload.signature")).isEqualTo(key);
    }

    private static Jwt jwt(Instant expiresAt) {
        return Jwt.withTokenValue("token").header("alg", "RS256").subject("procurator1").issuedAt(NOW)
                .expiresAt(expiresAt).build();
    }

    private static final class MutableClock extends Clock {
        Instant now = NOW;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
