package cn.procuratorate.wages.gateway.cors;

import cn.procuratorate.wages.gateway.requestid.RequestIdWebFilter;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * CORS for every path, answered by the gateway itself (preflights never reach a service). A web filter rather than
 * the gateway's route-level "globalcors", so that errors produced before routing (413, 404, fallbacks) also carry
 * the headers a browser needs to read them.
 */
@Component
public class GatewayCorsWebFilter extends CorsWebFilter implements Ordered {

    public GatewayCorsWebFilter(CorsProperties properties) {
        super(source(properties));
    }

    private static UrlBasedCorsConfigurationSource source(CorsProperties properties) {
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOrigins(trimmed(properties.allowedOrigins()));
        config.setAllowedMethods(properties.allowedMethods());
        config.setAllowedHeaders(properties.allowedHeaders());
        config.setExposedHeaders(properties.exposedHeaders());
        config.setMaxAge(properties.maxAge());
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", config);
        return source;
    }

    /** "a, b" in an env variable must not leave a blank before "b": an origin is compared character by character. */
    private static List<String> trimmed(List<String> origins) {
        return origins == null ? List.of()
                : origins.stream().map(String::trim).filter(origin -> !origin.isEmpty()).toList();
    }

    @Override
    public int getOrder() {
        return RequestIdWebFilter.ORDER + 1;
    }
}
