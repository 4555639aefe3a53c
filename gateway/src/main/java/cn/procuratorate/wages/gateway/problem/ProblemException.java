package cn.procuratorate.wages.gateway.problem;

import cn.procuratorate.wages.common.problem.ProblemKind;

import java.util.Arrays;
import org.springframework.http.HttpHeaders;

/**
 * An error a gateway feature raises on purpose (fallback, body limit, security refusals, rate limits), rendered by
 * {@link GatewayErrorHandler}.
 * The detail is the message {@code problem.detail.<detailKey>} with {@code detailArgs}, in the caller's language.
 */
public class ProblemException extends RuntimeException {

    private final ProblemKind kind;
    private final String detailKey;
    private final Object[] detailArgs;
    private final String service;
    private final HttpHeaders headers = new HttpHeaders();

    private ProblemException(ProblemKind kind, String detailKey, String service, Throwable cause, Object... detailArgs) {
        // No stack trace: raised on purpose, possibly for every request while a breaker is open.
        super(kind.slug() + (service != null ? " (" + service + ")" : ""), cause, false, false);
        this.kind = kind;
        this.detailKey = detailKey;
        this.service = service;
        this.detailArgs = detailArgs.clone();
    }

    /** The named service cannot answer now (its breaker fallback). */
    public static ProblemException serviceUnavailable(String service, Throwable cause) {
        return new ProblemException(ProblemKind.SERVICE_UNAVAILABLE, "service-unavailable", service, cause, service);
    }

    /** The request body is over the configured limit (a human-readable size such as "2MB"). */
    public static ProblemException payloadTooLarge(String limit) {
        return new ProblemException(ProblemKind.PAYLOAD_TOO_LARGE, "payload-too-large", null, null, limit);
    }

    /** No usable access token: {@code detailKey} says whether none was sent or it was refused. */
    public static ProblemException unauthorized(String detailKey, Throwable cause) {
        return new ProblemException(ProblemKind.UNAUTHORIZED, detailKey, null, cause);
    }

    /** A valid token whose roles do not allow the path. */
    public static ProblemException forbidden(String path, Throwable cause) {
        return new ProblemException(ProblemKind.FORBIDDEN, "role-forbidden", null, cause, path);
    }

    /** The request looks like an attack on path or header parsing (Spring Security's firewall refused it). */
    public static ProblemException rejected(Throwable cause) {
        return new ProblemException(ProblemKind.MALFORMED_REQUEST, "request-rejected", null, cause);
    }

    /**
     * A public route's rate limit is used up: {@code detailKey} says which one, {@code Retry-After} when to come back.
     */
    public static ProblemException tooManyRequests(String detailKey, long retryAfterSeconds) {
        return new ProblemException(ProblemKind.TOO_MANY_REQUESTS, detailKey, null, null, retryAfterSeconds)
                .withHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
    }

    public ProblemException withHeader(String name, String value) {
        headers.set(name, value);
        return this;
    }

    public ProblemKind kind() {
        return kind;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] detailArgs() {
        return Arrays.copyOf(detailArgs, detailArgs.length);
    }

    public String service() {
        return service;
    }

    public HttpHeaders headers() {
        return headers;
    }
}
