package cn.procuratorate.wages.gateway.problem;

import cn.procuratorate.wages.gateway.requestid.ExchangeRequestIds;
import cn.procuratorate.wages.common.problem.ProblemKind;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Every error the gateway itself produces becomes {@code application/problem+json}: no route (404), wrong method (405),
 * body too large (413), refusals of the security chain (401, 403, 400), a service down outside a breaker (503/504),
 * a breaker fallback (503), access tokens that cannot be checked (503), anything else (500, without internals).
 * Ordered before Boot's default handler (-1), which would answer with its own JSON shape.
 */
@Component
@Order(-2)
public class GatewayErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);
    private static final ContextSnapshotFactory TRACE_CONTEXT = ContextSnapshotFactory.builder().build();

    /** Where access tokens and their keys come from. */
    private static final String TOKEN_ISSUER = "auth-server";

    private final Problems problems;
    private final ProblemWriter writer;

    public GatewayErrorHandler(Problems problems, ProblemWriter writer) {
        this.problems = problems;
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            // Part of a proxied response is already on the wire: all that is left is to drop the connection.
            log.warn("Error after the response started [requestId={}]: {}", ExchangeRequestIds.of(exchange), error.toString());
            return Mono.error(error);
        }
        Failure failure = describe(exchange, error);
        // Reactor context propagation is "limited" (application.yml): the trace is restored into the thread locals
        // only here, for the log line, which then names the trace id like every other log line.
        return Mono.deferContextual(context -> {
            try (ContextSnapshot.Scope traced = TRACE_CONTEXT.setThreadLocalsFrom(context)) {
                log(exchange, failure, error);
            }
            return answer(exchange, failure);
        });
    }

    private Mono<Void> answer(ServerWebExchange exchange, Failure failure) {
        Problem problem = problems.build(exchange, failure.kind(), failure.status(), failure.detailKey(),
                failure.detailArgs(), failure.service());
        return writer.write(exchange, failure.status(), problem, failure.headers());
    }

    private Failure describe(ServerWebExchange exchange, Throwable error) {
        if (error instanceof ProblemException problem) {
            return new Failure(problem.kind(), problem.kind().status(), problem.detailKey(), problem.detailArgs(),
                    problem.service(), problem.headers());
        }
        String service = routedService(exchange);
        if (error instanceof ErrorResponse response) {
            // ResponseStatusException and friends: no route, no instance in the registry, 405, 415, response timeout...
            return forStatus(exchange, response.getStatusCode(), service, response.getHeaders());
        }
        if (causedBy(error, AuthenticationServiceException.class)) {
            // The token could not be checked at all (auth-server's JWK set unreachable): an outage, not a bad token.
            return forStatus(exchange, HttpStatus.SERVICE_UNAVAILABLE, TOKEN_ISSUER, HttpHeaders.EMPTY);
        }
        if (error instanceof DataBufferLimitException) {
            return forStatus(exchange, HttpStatus.CONTENT_TOO_LARGE, service, HttpHeaders.EMPTY);
        }
        if (causedBy(error, ConnectException.class)) {
            return forStatus(exchange, HttpStatus.SERVICE_UNAVAILABLE, service, HttpHeaders.EMPTY);
        }
        if (causedBy(error, TimeoutException.class)) {
            return forStatus(exchange, HttpStatus.GATEWAY_TIMEOUT, service, HttpHeaders.EMPTY);
        }
        return forStatus(exchange, HttpStatus.INTERNAL_SERVER_ERROR, service, HttpHeaders.EMPTY);
    }

    private static Failure forStatus(ServerWebExchange exchange, HttpStatusCode status, String service,
            HttpHeaders headers) {
        ProblemKind kind = ProblemKind.forStatus(status.value());
        String path = exchange.getRequest().getPath().value();
        return switch (kind) {
            case NOT_FOUND -> new Failure(kind, status, "not-found", new Object[] {path}, null, headers);
            case METHOD_NOT_ALLOWED -> new Failure(kind, status, "method-not-allowed",
                    new Object[] {exchange.getRequest().getMethod().name(), path}, null, headers);
            case SERVICE_UNAVAILABLE -> service != null
                    ? new Failure(kind, status, "service-unavailable", new Object[] {service}, service, headers)
                    : new Failure(kind, status, "service-unavailable.unnamed", new Object[0], null, headers);
            case INTERNAL -> new Failure(kind, status, "internal", new Object[] {ExchangeRequestIds.of(exchange)}, null, headers);
            default -> new Failure(kind, status, "generic", new Object[] {String.valueOf(status.value())}, null, headers);
        };
    }

    /** For a {@code lb://} route the service id is the URI's host: it names the service in a 503. */
    private static String routedService(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        return route != null && "lb".equals(route.getUri().getScheme()) ? route.getUri().getHost() : null;
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static void log(ServerWebExchange exchange, Failure failure, Throwable error) {
        String request = exchange.getRequest().getMethod() + " " + exchange.getRequest().getPath();
        String requestId = ExchangeRequestIds.of(exchange);
        if (failure.status().value() == 500) {
            log.error("{} failed [requestId={}]", request, requestId, error);
        }
        else if (failure.status().is5xxServerError()) {
            log.warn("{} -> {} [requestId={}]: {}", request, failure.status().value(), requestId, summary(error));
        }
        else {
            log.debug("{} -> {} [requestId={}]: {}", request, failure.status().value(), requestId, error.toString());
        }
    }

    /** "ProblemException: ... <- ConnectException: Connection refused": the why of a 5xx, without a stack trace. */
    private static String summary(Throwable error) {
        StringBuilder text = new StringBuilder(error.toString());
        Throwable cause = error.getCause();
        for (int depth = 0; cause != null && depth < 3; depth++, cause = cause.getCause()) {
            text.append(" <- ").append(cause);
        }
        return text.toString();
    }

    /** What the client is told: kind, status, which detail message, and extra headers (Allow, Retry-After). */
    private record Failure(ProblemKind kind, HttpStatusCode status, String detailKey, Object[] detailArgs,
            String service, HttpHeaders headers) {
    }
}
