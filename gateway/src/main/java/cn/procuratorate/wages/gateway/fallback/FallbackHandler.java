package cn.procuratorate.wages.gateway.fallback;

import cn.procuratorate.wages.gateway.problem.ProblemException;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * Where a route's circuit breaker forwards a failed call ({@code forward:/fallback/<service>}), whatever the method:
 * the caller gets 503 problem+json naming the service (rendered by the gateway's error handler).
 */
@Component
public class FallbackHandler {

    private final String retryAfterSeconds;

    public FallbackHandler(FallbackProperties properties) {
        this.retryAfterSeconds = properties.retryAfterSeconds();
    }

    public Mono<ServerResponse> serviceUnavailable(ServerRequest request) {
        Throwable cause = request.exchange().getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        if (cause == null) {
            // Called from outside, not forwarded by a breaker: there is nothing here to see, and a fake 503
            // would mislead monitoring.
            return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
        }
        String service = request.pathVariable("service");
        return Mono.error(ProblemException.serviceUnavailable(service, cause)
                .withHeader(HttpHeaders.RETRY_AFTER, retryAfterSeconds));
    }
}
