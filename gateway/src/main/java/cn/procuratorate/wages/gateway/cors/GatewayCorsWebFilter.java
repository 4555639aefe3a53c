package cn.procuratorate.wages.gateway.cors;

import cn.procuratorate.wages.gateway.requestid.RequestIdWebFilter;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.core.Ordered;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * CORS for every path, answered by the gateway itself (preflights never reach a service). A web filter rather than
 * the gateway's route-level "globalcors", so that errors produced before routing (413, 404, fallbacks) also carry
 * the headers a browser needs to read them.
 * <p>
 * Except the pages browsers navigate to and post forms on: auth-server's sign-in and sign-out, the console's staff and
 * public pages. A form posted from a page sent with {@code Referrer-Policy: no-referrer} (auth-server's sign-in page)
 * carries {@code Origin: null}, which CORS would refuse with a bare 403; those forms are guarded by CSRF tokens, and
 * CORS only ever protected scripts' reads, which these pages do not offer to other origins.
 */
@Component
public class GatewayCorsWebFilter extends CorsWebFilter implements Ordered {

    public GatewayCorsWebFilter(CorsProperties properties) {
        super(source(properties));
    }

    private static final List<PathPattern> PAGES = Stream.of("/login", "/logout", "/console", "/console/**",
            "/public", "/public/**").map(PathPatternParser.defaultInstance::parse).toList();

    private static CorsConfigurationSource source(CorsProperties properties) {
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOrigins(trimmed(properties.allowedOrigins()));
        config.setAllowedMethods(properties.allowedMethods());
        config.setAllowedHeaders(properties.allowedHeaders());
        config.setExposedHeaders(properties.exposedHeaders());
        config.setMaxAge(properties.maxAge());
        // No configuration: CorsWebFilter lets the request through untouched.
        return exchange -> {
            PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
            return PAGES.stream().anyMatch(page -> page.matches(path)) ? null : config;
        };
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
