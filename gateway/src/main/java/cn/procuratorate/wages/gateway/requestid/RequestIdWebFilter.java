package cn.procuratorate.wages.gateway.requestid;

import cn.procuratorate.wages.common.web.RequestIds;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request an {@code X-Request-Id}: keeps the client's if it is safe, else makes one; passes it to the
 * service and echoes it on every response, proxied, fallback, error or CORS preflight alike.
 * A web filter (not a gateway filter) so that requests without a route get one too.
 */
@Component
public class RequestIdWebFilter implements WebFilter, Ordered {

    /** First of all filters: later ones (CORS, body limit) may answer on their own and need the id already. */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String requestId = RequestIds.safeOrNew(exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER));
        exchange.getAttributes().put(ExchangeRequestIds.ATTRIBUTE, requestId);
        // Set just before the response is sent: a proxied response's headers replace the ones set earlier.
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(RequestIds.HEADER, requestId);
            return Mono.empty();
        });
        ServerWebExchange withId = exchange.mutate()
                .request(request -> request.headers(headers -> headers.set(RequestIds.HEADER, requestId)))
                .build();
        return chain.filter(withId);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
