package cn.procuratorate.wages.gateway.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;

/**
 * An RFC 9457 problem body as the gateway writes it. A record rather than Spring's {@code ProblemDetail} so the
 * JSON shape (members and their order) does not depend on which Jackson mix-ins a codec happens to register.
 *
 * @param service   the service that could not be reached (503 only)
 * @param requestId the {@code X-Request-Id} of the call, to quote when reporting it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(URI type, String title, int status, String detail, String instance, String service,
        String requestId) {
}
