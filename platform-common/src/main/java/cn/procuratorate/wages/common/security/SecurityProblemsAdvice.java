package cn.procuratorate.wages.common.security;

import cn.procuratorate.wages.common.problem.ApiException;
import cn.procuratorate.wages.common.problem.ProblemDetailsHandler;
import cn.procuratorate.wages.common.problem.ProblemKind;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/**
 * A {@code @PreAuthorize} refusal happens inside the controller call, where the problem handler would otherwise
 * see an unexpected error (500): it is a 403 problem like a refusal at the door.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityProblemsAdvice {

    private final ProblemDetailsHandler problems;

    SecurityProblemsAdvice(ProblemDetailsHandler problems) {
        this.problems = problems;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> forbidden(AccessDeniedException denied, WebRequest request) throws Exception {
        return problems.handleException(new ApiException(ProblemKind.FORBIDDEN, denied, "problem.detail.forbidden"),
                request);
    }
}
