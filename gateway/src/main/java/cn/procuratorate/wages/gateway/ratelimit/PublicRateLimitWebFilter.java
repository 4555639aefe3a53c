package cn.procuratorate.wages.gateway.ratelimit;

import cn.procuratorate.wages.gateway.problem.ProblemException;
import cn.procuratorate.wages.gateway.ratelimit.PublicRateLimitProperties.Limit;
import cn.procuratorate.wages.gateway.security.EdgeSecurityConfiguration;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Rate limits on {@code /api/public/**}, the only API reachable without an account: per client address for every
 * request (writes and reads in separate buckets), and for a look-up {@code GET /api/public/petitions/{code}} also per
 * query code, whatever the address, so guessing the 4 phone digits of one code from many addresses is bounded too.
 * Over a limit: 429 problem with {@code Retry-After} (seconds), and the request is not proxied.
 * <p>
 * A web filter rather than a route filter, so a refused request costs no routing, no breaker and no body buffering.
 */
public class PublicRateLimitWebFilter implements WebFilter, Ordered {

    /**
     * After Spring Security (which rejects malformed paths first) and before the body limit (so a flood is refused
     * before any body is read). The gap before it is where a captcha check on submissions would go (see README).
     */
    public static final int ORDER = EdgeSecurityConfiguration.FILTER_ORDER + 10;

    /** Longer codes are not codes: cut, so a bucket key cannot be made arbitrarily large. */
    private static final int MAX_CODE_LENGTH = 64;

    private static final PathPattern PUBLIC_API = PathPatternParser.defaultInstance.parse("/api/public/**");
    /** Also sub-paths and a trailing slash, so they cannot be used to escape the per-code limit. */
    private static final PathPattern LOOKUP = PathPatternParser.defaultInstance.parse("/api/public/petitions/{code}/**");

    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    private final RateLimitStore store;
    private final ClientAddresses clients;
    private final PublicRateLimitProperties limits;

    public PublicRateLimitWebFilter(RateLimitStore store, PublicRateLimitProperties limits) {
        this.store = store;
        this.limits = limits;
        this.clients = new ClientAddresses(limits.trustedProxies(), limits.forwarderKey());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        PathContainer path = request.getPath().pathWithinApplication();
        if (!PUBLIC_API.matches(path)) {
            return chain.filter(exchange);
        }
        String client = clients.clientOf(exchange);
        boolean write = WRITES.contains(request.getMethod());
        String ipKey = (write ? "ip:write:" : "ip:read:") + client;
        Limit ipLimit = write ? limits.submissionsPerIp() : limits.lookupsPerIp();
        String code = write ? null : queryCode(path);
        return store.tryConsume(ipKey, ipLimit).flatMap(perIp -> {
            if (!perIp.allowed()) {
                return refuse("rate-limited", perIp);
            }
            if (code == null) {
                return chain.filter(exchange);
            }
            // Only after the address passed: a client refused by its own limit must not also use up the code's.
            return store.tryConsume("code:" + code, limits.lookupsPerQueryCode()).flatMap(perCode -> perCode.allowed()
                    ? chain.filter(exchange)
                    : refuse("rate-limited.query-code", perCode));
        });
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    /** Case-folded: if the service ignores case, "abc" and "ABC" must not be two buckets. */
    private static String queryCode(PathContainer path) {
        PathPattern.PathMatchInfo match = LOOKUP.matchAndExtract(path);
        if (match == null) {
            return null;
        }
        String code = match.getUriVariables().get("code").trim().toUpperCase(Locale.ROOT);
        return code.length() > MAX_CODE_LENGTH ? code.substring(0, MAX_CODE_LENGTH) : code;
    }

    private static Mono<Void> refuse(String detailKey, RateLimitDecision decision) {
        return Mono.error(ProblemException.tooManyRequests(detailKey, decision.retryAfterSeconds()));
    }
}
