package cn.procuratorate.wages.console.gateway;

import java.util.List;

/**
 * An API call through the gateway that did not succeed, in the terms a page needs: which kind of failure (for the
 * message the console shows), the problem's own detail and field errors (already in the user's language: the
 * console sends its locale as {@code Accept-Language}), and how long to wait when the gateway said so.
 * Thrown by {@link GatewayClient} and {@link PublicApiClient}; a page either catches it to show the message where
 * the data would be, or lets it reach {@code web.GatewayErrorAdvice}, which renders the whole page as the error.
 */
public class GatewayException extends RuntimeException {

    /** What went wrong, as the user sees it; each has a message {@code error.<key>} in messages*.properties. */
    public enum Kind {
        /** 502, 503, 504, or the gateway cannot be reached at all. */
        UNAVAILABLE("unavailable"),
        /** 404. */
        NOT_FOUND("not-found"),
        /** 409 or 412: someone else changed it first, or the action is not allowed in the current state. */
        CONFLICT("conflict"),
        /** 400 or 422: the input was refused; see {@link #fieldErrors()}. */
        INVALID("invalid"),
        /** 429: too many requests from this address; see {@link #retryAfterSeconds()}. */
        RATE_LIMITED("rate-limited"),
        /** 403. */
        FORBIDDEN("forbidden"),
        /** Anything else (500…): a fault, not the user's. */
        FAILED("failed");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        /** The message key of this kind's headline: {@code error.unavailable}… */
        public String messageKey() {
            return "error." + key;
        }
    }

    /** One refused field of a 400/422 problem ({@code errors[]} in the services' problem+json). */
    public record FieldProblem(String field, String message) {
    }

    private final Kind kind;
    private final int status;
    private final String detail;
    private final List<FieldProblem> fieldErrors;
    private final Long retryAfterSeconds;
    private final String requestId;

    public GatewayException(Kind kind, int status, String detail, List<FieldProblem> fieldErrors,
            Long retryAfterSeconds, String requestId) {
        super(kind + " (" + status + ")" + (detail == null ? "" : ": " + detail));
        this.kind = kind;
        this.status = status;
        this.detail = detail;
        this.fieldErrors = fieldErrors == null ? List.of() : List.copyOf(fieldErrors);
        this.retryAfterSeconds = retryAfterSeconds;
        this.requestId = requestId;
    }

    static Kind kindOf(int status) {
        switch (status) {
            case 400:
            case 422:
                return Kind.INVALID;
            case 403:
                return Kind.FORBIDDEN;
            case 404:
                return Kind.NOT_FOUND;
            case 409:
            case 412:
                return Kind.CONFLICT;
            case 429:
                return Kind.RATE_LIMITED;
            case 502:
            case 503:
            case 504:
                return Kind.UNAVAILABLE;
            default:
                return Kind.FAILED;
        }
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status the gateway answered (503 when it could not be reached). */
    public int status() {
        return status;
    }

    /** The problem's {@code detail}, in the user's language; may be null. */
    public String detail() {
        return detail;
    }

    public List<FieldProblem> fieldErrors() {
        return fieldErrors;
    }

    /** From {@code Retry-After}; null when the gateway did not say. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The problem's {@code requestId}: what a clerk reads out to support to find the log lines. */
    public String requestId() {
        return requestId;
    }

    /** For templates: {@code ${problem.messageKey}}. */
    public String getMessageKey() {
        return kind.messageKey();
    }
}
