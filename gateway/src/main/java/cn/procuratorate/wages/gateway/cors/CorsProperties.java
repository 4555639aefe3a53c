package cn.procuratorate.wages.gateway.cors;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gateway.cors.*}: which browser front ends may call the APIs. Origins come from env CORS_ALLOWED_ORIGINS
 * (comma-separated); no credentials mode, since the front ends send a bearer token, not cookies.
 */
@ConfigurationProperties("gateway.cors")
public record CorsProperties(
        List<String> allowedOrigins,
        @DefaultValue({"GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}) List<String> allowedMethods,
        @DefaultValue({"Authorization", "Content-Type", "Accept", "Accept-Language", "Idempotency-Key", "If-Match",
                "If-None-Match", "X-Request-Id"})
        List<String> allowedHeaders,
        @DefaultValue({"X-Request-Id", "ETag", "Location", "Retry-After"}) List<String> exposedHeaders,
        @DefaultValue("30m") Duration maxAge) {
}
