package cn.procuratorate.wages.common.remote;

import cn.procuratorate.wages.common.problem.ApiException;
import cn.procuratorate.wages.common.problem.DependencyUnavailableException;
import cn.procuratorate.wages.common.problem.ProblemKind;
import feign.FeignException;
import java.net.SocketTimeoutException;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.circuitbreaker.NoFallbackAvailableException;

/**
 * Maps what a guarded Feign call threw to what the caller's client should see: a 4xx from the other service is a
 * domain answer (translated by the caller), anything else (open breaker, timeout, refused connection, 5xx) means
 * the service is unavailable and becomes a 503 naming it.
 */
public final class RemoteCallFailures {

    private static final Logger log = LoggerFactory.getLogger(RemoteCallFailures.class);

    private RemoteCallFailures() {
    }

    /** The 4xx answer of the other service hidden in this failure, if that is what it is. */
    public static Optional<FeignException> clientError(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof FeignException feign && feign.status() >= 400 && feign.status() < 500) {
            return Optional.of(feign);
        }
        return Optional.empty();
    }

    /**
     * The other service refused the call (409, 422, ...): the caller gets the same status, with a detail naming that
     * service, so a clerk sees that a rule over there said no rather than a generic failure.
     */
    public static ApiException refused(String service, FeignException answer) {
        return new ApiException(ProblemKind.forStatus(answer.status()), answer, "problem.detail.dependency-refused",
                service, answer.status())
                .with("service", service);
    }

    public static DependencyUnavailableException unavailable(String service, Throwable failure) {
        Throwable cause = unwrap(failure);
        // The class and status say enough to operators; messages may carry request data, so they stay out.
        log.warn("{} unavailable: {}{}", service, cause.getClass().getSimpleName(),
                cause instanceof FeignException feign ? " (status " + feign.status() + ")" : "");
        return new DependencyUnavailableException(service, cause);
    }

    /**
     * What went wrong with a call that did not get an answer, in a few words fit for a stored record: an HTTP status,
     * "timeout", "circuit breaker open" or the kind of the root failure. Never a message: messages may quote request
     * data.
     */
    public static String reason(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof DependencyUnavailableException && cause.getCause() != null) {
            cause = unwrap(cause.getCause());
        }
        if (cause.getClass().getSimpleName().equals("CallNotPermittedException")) {
            return "circuit breaker open";
        }
        if (cause instanceof FeignException feign && feign.status() > 0) {
            return "HTTP " + feign.status();
        }
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            if (root instanceof SocketTimeoutException) {
                break;
            }
            root = root.getCause();
        }
        return root instanceof SocketTimeoutException ? "timeout" : root.getClass().getSimpleName();
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof NoFallbackAvailableException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
