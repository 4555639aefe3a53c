package cn.procuratorate.wages.common.problem;

import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An error a service raises on purpose. The {@code detail} is a message code with arguments, resolved in the
 * caller's language by the problem handler, so domain code never builds user-facing text itself.
 */
public class ApiException extends ErrorResponseException {

    private final ProblemKind kind;

    public ApiException(ProblemKind kind, String detailCode, Object... detailArgs) {
        this(kind, null, detailCode, detailArgs);
    }

    public ApiException(ProblemKind kind, Throwable cause, String detailCode, Object... detailArgs) {
        super(kind.status(), problemOf(kind), cause, detailCode, detailArgs);
        this.kind = kind;
    }

    private static ProblemDetail problemOf(ProblemKind kind) {
        ProblemDetail problem = ProblemDetail.forStatus(kind.status());
        problem.setType(kind.type());
        return problem;
    }

    public ProblemKind kind() {
        return kind;
    }

    @Override
    public String getTitleMessageCode() {
        return kind.titleCode();
    }

    /** Adds a machine-readable property to the problem body, e.g. the id that was not found. */
    public ApiException with(String property, Object value) {
        getBody().setProperty(property, value);
        return this;
    }

    @Override
    public String getMessage() {
        // Never echo arguments (they may hold personal data) into logs through the exception message.
        return kind + " (" + getDetailMessageCode() + ")";
    }
}
