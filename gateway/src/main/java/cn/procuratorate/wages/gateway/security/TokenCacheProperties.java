package cn.procuratorate.wages.gateway.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gateway.token-cache.*}: how long a verified access token is remembered ({@code max-age}, never past its
 * expiry; 0 turns the cache off) and how many at most ({@code max-entries}). See {@link VerifiedTokenCache}.
 */
@ConfigurationProperties("gateway.token-cache")
public record TokenCacheProperties(@DefaultValue("60s") Duration maxAge, @DefaultValue("10000") int maxEntries) {

    public boolean enabled() {
        return !maxAge.isNegative() && !maxAge.isZero() && maxEntries > 0;
    }
}
