package cn.procuratorate.wages.gateway.fallback;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code gateway.fallback.retry-after}: the Retry-After of a fallback 503, about as long as a breaker stays open. */
@ConfigurationProperties("gateway.fallback")
public record FallbackProperties(@DefaultValue("5s") Duration retryAfter) {

    /** Whole seconds, at least 1: the form Retry-After takes. */
    public String retryAfterSeconds() {
        return String.valueOf(Math.max(1, retryAfter.toSeconds()));
    }
}
