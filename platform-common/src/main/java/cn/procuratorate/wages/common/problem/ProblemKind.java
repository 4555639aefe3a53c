package cn.procuratorate.wages.common.problem;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * The kinds of problem every process reports, the gateway included. Each has a stable {@code type} URI that
 * clients may switch on, and a localized title (message code {@code problem.title.<slug>}).
 */
public enum ProblemKind {
    VALIDATION(HttpStatus.BAD_REQUEST, "validation"),
    MALFORMED_REQUEST(HttpStatus.BAD_REQUEST, "malformed-request"),
    UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "unauthorized"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "not-found"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "not-acceptable"),
    CONFLICT(HttpStatus.CONFLICT, "conflict"),
    PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type"),
    /** An update without the version it was based on (RFC 6585): it could overwrite a change it never saw. */
    PRECONDITION_REQUIRED(HttpStatus.PRECONDITION_REQUIRED, "precondition-required"),
    RULE_VIOLATION(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation"),
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

    public String titleCode() {
        return "problem.title." + slug;
    }

    /** The kind a bare status maps to when no more specific kind is known. */
    public static ProblemKind forStatus(int status) {
        return switch (status) {
            case 400 -> MALFORMED_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409, 412 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> RULE_VIOLATION;
            case 429 -> TOO_MANY_REQUESTS;
            case 502, 503, 504 -> SERVICE_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL : MALFORMED_REQUEST;
        };
    }
}
