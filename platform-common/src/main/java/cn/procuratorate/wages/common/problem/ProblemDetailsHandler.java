package cn.procuratorate.wages.common.problem;

import cn.procuratorate.wages.common.web.RequestBodyLimitFilter;
import cn.procuratorate.wages.common.web.RequestIds;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import cn.procuratorate.wages.common.web.ReportingPeriod;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of a webmvc service into an RFC 9457 {@code application/problem+json} body with a stable
 * {@code type}, a title and detail in the caller's language (zh-CN unless {@code Accept-Language} asks for English),
 * field errors for bad input, and the request id, so a clerk's screenshot is enough to find the log lines.
 */
@RestControllerAdvice
public class ProblemDetailsHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsHandler.class);

    private final MessageSource messages;

    public ProblemDetailsHandler(MessageSource problemMessages) {
        this.messages = problemMessages;
        super.setMessageSource(problemMessages);
    }

    /** Keeps the problem texts: the container would otherwise replace them with the application's message source. */
    @Override
    public void setMessageSource(MessageSource ignored) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ex.updateAndGetBody(messages, LocaleContextHolder.getLocale());
        problem.setType(ProblemKind.VALIDATION.type());
        problem.setProperty("errors", fieldErrors(ex.getBindingResult()));
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ex.updateAndGetBody(messages, LocaleContextHolder.getLocale());
        problem.setType(ProblemKind.VALIDATION.type());
        problem.setProperty("errors", ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(
                                result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList());
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex.getMostSpecificCause() instanceof RequestBodyLimitFilter.BodyTooLargeException tooLarge) {
            ProblemDetail problem = createProblemDetail(ex, HttpStatus.CONTENT_TOO_LARGE, "Request body too large",
                    "problem.detail.payload-too-large", new Object[] {RequestBodyLimitFilter.readable(tooLarge.limit())}, request);
            return handleExceptionInternal(ex, problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
        }
        // The parser's message names classes and may echo the input: keep it in the log at debug level only.
        log.debug("Unreadable request body: {}", ex.getMostSpecificCause().getClass().getSimpleName());
        ProblemDetail problem = createProblemDetail(ex, status, "Unreadable request body",
                "problem.detail.unreadable", null, request);
        problem.setType(ProblemKind.MALFORMED_REQUEST.type());
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    public ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex, WebRequest request) {
        ProblemDetail problem = problem(ex, ProblemKind.VALIDATION, "problem.detail.validation", request);
        problem.setProperty("errors", ex.getConstraintViolations().stream()
                .map(v -> new FieldProblem(String.valueOf(v.getPropertyPath()), v.getMessage()))
                .toList());
        return handleExceptionInternal(ex, problem, new HttpHeaders(), statusOf(problem), request);
    }

    /** A statistics period that cannot be: the same shape as a refused parameter, naming it and saying why. */
    @ExceptionHandler(ReportingPeriod.PeriodRefused.class)
    public ResponseEntity<Object> handlePeriodRefused(ReportingPeriod.PeriodRefused ex, WebRequest request) {
        ProblemDetail problem = problem(ex, ProblemKind.VALIDATION, "problem.detail.validation", request);
        problem.setProperty("errors", List.of(new FieldProblem(ex.parameter(),
                messages.getMessage(ex.messageCode(), ex.messageArgs(), LocaleContextHolder.getLocale()))));
        return handleExceptionInternal(ex, problem, new HttpHeaders(), statusOf(problem), request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    public ResponseEntity<Object> handleStaleVersion(OptimisticLockingFailureException ex, WebRequest request) {
        ProblemDetail problem = problem(ex, ProblemKind.CONFLICT, "problem.detail.stale-version", request);
        return handleExceptionInternal(ex, problem, new HttpHeaders(), statusOf(problem), request);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    public ResponseEntity<Object> handleDuplicate(DuplicateKeyException ex, WebRequest request) {
        ProblemDetail problem = problem(ex, ProblemKind.CONFLICT, "problem.detail.duplicate", request);
        return handleExceptionInternal(ex, problem, new HttpHeaders(), statusOf(problem), request);
    }

    @ExceptionHandler(DataAccessResourceFailureException.class)
    public ResponseEntity<Object> handleDatabaseDown(DataAccessResourceFailureException ex, WebRequest request) {
        log.warn("Database unavailable: {}", ex.getClass().getSimpleName());
        ProblemDetail problem = problem(ex, ProblemKind.SERVICE_UNAVAILABLE, "problem.detail.database-unavailable", request);
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "5");
        return handleExceptionInternal(ex, problem, headers, statusOf(problem), request);
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
        log.error("Unexpected error", ex);
        ProblemDetail problem = problem(ex, ProblemKind.INTERNAL, "problem.detail.internal", request);
        return handleExceptionInternal(ex, problem, new HttpHeaders(), statusOf(problem), request);
    }

    /** Every body goes out with a stable type, a localized title and the request id. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            complete(problem, statusCode, LocaleContextHolder.getLocale());
        }
        return response;
    }

    private void complete(ProblemDetail problem, HttpStatusCode status, Locale locale) {
        ProblemKind kind = ProblemKind.forStatus(status.value());
        if (problem.getType() == null || URI.create("about:blank").equals(problem.getType())) {
            problem.setType(kind.type());
        }
        ProblemKind typed = kindOf(problem.getType(), kind);
        problem.setTitle(messages.getMessage(typed.titleCode(), null, problem.getTitle(), locale));
        String requestId = MDC.get(RequestIds.MDC_KEY);
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
    }

    private static ProblemKind kindOf(URI type, ProblemKind fallback) {
        for (ProblemKind kind : ProblemKind.values()) {
            if (kind.type().equals(type)) {
                return kind;
            }
        }
        return fallback;
    }

    private ProblemDetail problem(Exception ex, ProblemKind kind, String detailCode, WebRequest request) {
        ProblemDetail problem = createProblemDetail(ex, kind.status(), kind.name(), detailCode, null, request);
        problem.setType(kind.type());
        return problem;
    }

    private static HttpStatus statusOf(ProblemDetail problem) {
        return HttpStatus.valueOf(problem.getStatus());
    }

    private static List<FieldProblem> fieldErrors(BindingResult result) {
        List<FieldProblem> errors = new ArrayList<>(result.getFieldErrors().stream()
                .map(ProblemDetailsHandler::fieldProblem).toList());
        result.getGlobalErrors().forEach(e -> errors.add(new FieldProblem(e.getObjectName(), e.getDefaultMessage())));
        return errors;
    }

    private static FieldProblem fieldProblem(FieldError error) {
        return new FieldProblem(error.getField(), error.getDefaultMessage());
    }

    /** One invalid field and what is wrong with it, in the caller's language. */
    public record FieldProblem(String field, String message) {
    }
}
