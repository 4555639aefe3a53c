package cn.procuratorate.wages.gateway.security;

import cn.procuratorate.wages.gateway.problem.ProblemException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * What the security chain refuses becomes a {@link ProblemException}, so the gateway's error handler writes it like
 * every other problem (language, request id, CORS headers already set): 401 with the {@code WWW-Authenticate}
 * challenge of RFC 6750, 403 for a role that may not reach the path, 400 for what Spring Security's firewall rejects.
 */
@Component
class SecurityRefusals implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler,
        ServerExchangeRejectedHandler {

    /** Sent with a 403: the token is fine, its roles are not enough (RFC 6750, section 3.1). */
    private static final String INSUFFICIENT = "Bearer error=\"insufficient_scope\"";

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        // A token that was sent and refused fails as OAuth2AuthenticationException; no token at all reaches here as
        // "not authenticated" from the authorization rules.
        boolean refused = failure instanceof OAuth2AuthenticationException;
        return Mono.error(ProblemException.unauthorized(refused ? "token-invalid" : "token-missing", failure)
                .withHeader(HttpHeaders.WWW_AUTHENTICATE, challenge(failure)));
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        // Only reached with an authenticated caller, and bearer tokens are the only way to authenticate here.
        return Mono.error(ProblemException.forbidden(exchange.getRequest().getPath().value(), denied)
                .withHeader(HttpHeaders.WWW_AUTHENTICATE, INSUFFICIENT));
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        // Spring's own handler would answer a bare 400; an encoded slash or ";" in a path is still a client error.
        return Mono.error(ProblemException.rejected(rejected));
    }

    /** "Bearer" when no token was sent; with the error, its description and URI when one was refused. */
    static String challenge(AuthenticationException failure) {
        if (!(failure instanceof OAuth2AuthenticationException oauth)) {
            return "Bearer";
        }
        OAuth2Error error = oauth.getError();
        StringBuilder challenge = new StringBuilder("Bearer error=\"").append(quotable(error.getErrorCode())).append('"');
        if (error.getDescription() != null) {
            challenge.append(", error_description=\"").append(quotable(error.getDescription())).append('"');
        }
        if (error.getUri() != null) {
            challenge.append(", error_uri=\"").append(quotable(error.getUri())).append('"');
        }
        return challenge.toString();
    }

    /** RFC 6750 allows printable ASCII except '"' and '\' inside the quotes; a decoder's message could hold others. */
    private static String quotable(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            safe.append(c == '"' || c == '\\' ? '\'' : c < 0x20 || c > 0x7E ? ' ' : c);
        }
        return safe.toString();
    }
}
