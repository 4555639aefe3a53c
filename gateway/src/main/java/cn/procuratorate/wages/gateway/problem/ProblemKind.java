package cn.procuratorate.wages.gateway.problem;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * The kinds of problem the gateway reports itself. The {@code type} URIs are the same as the services' (platform-common),
 * so a client switches on one vocabulary whichever process answered.
 */
public enum ProblemKind {
    MALFORMED_REQUEST(HttpStatus.BAD_REQUEST, "malformed-request"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "not-found"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "not-acceptable"),
    PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type"),
    TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests"),
    INTERNAL(HttpStatus.INTERNAL_SERVER_ERROR, "internal"),
    SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable");

    private static final String TYPE_PREFIX = "urn:problem-type:";

    private final HttpStatus status;
    private final String slug;

    ProblemKind(HttpStatus status, String slug) {
        this.status = status;
        this.slug = slug;
    }

    public HttpStatus status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public URI type() {
        return URI.create(TYPE_PREFIX + slug);
    }

    /** The kind a bare status maps to (502 and 504 count as "service unavailable", as in the services). */
    public static ProblemKind forStatus(int status) {
        return switch (status) {
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> TOO_MANY_REQUESTS;
            case 502, 503, 504 -> SERVICE_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL : MALFORMED_REQUEST;
        };
    }
}
