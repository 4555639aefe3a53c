package cn.procuratorate.wages.gateway.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Access tokens whose signature and claims were checked a moment ago, so that a caller's next requests skip the
 * RSA verification (the largest single cost of a proxied request, measured with JFR: see load-tests/README.md).
 * Keyed by the token's SHA-256, never by the token itself. An entry is kept at most {@code maxAge}, and never past
 * the token's own expiry, so a cached token is refused from the moment it expires, as an uncached one would be
 * (a little sooner, even: the validator allows a minute of clock skew). Bounded: when full, expired entries are
 * swept, and if none were, everything is dropped (tokens are only cached after a valid signature, so filling the
 * cache needs that many genuine tokens).
 */
final class VerifiedTokenCache {

    private record Entry(Jwt jwt, Instant keptUntil) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final Duration maxAge;
    private final int maxEntries;
    private final Clock clock;

    VerifiedTokenCache(Duration maxAge, int maxEntries, Clock clock) {
        this.maxAge = maxAge;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    /** The verified token, or null when it is not (or no longer) cached. */
    Jwt get(String key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (!clock.instant().isBefore(entry.keptUntil())) {
            entries.remove(key, entry);
            return null;
        }
        return entry.jwt();
    }

    void put(String key, Jwt jwt) {
        Instant now = clock.instant();
        Instant keptUntil = now.plus(maxAge);
        if (jwt.getExpiresAt() != null && jwt.getExpiresAt().isBefore(keptUntil)) {
            keptUntil = jwt.getExpiresAt();
        }
        if (!now.isBefore(keptUntil)) {
            return;
        }
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(entry -> !now.isBefore(entry.keptUntil()));
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
        }
        entries.put(key, new Entry(jwt, keptUntil));
    }

    int size() {
        return entries.size();
    }

    /** The cache key of a token: its SHA-256, base64. */
    static String keyOf(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
