package cn.procuratorate.wages.common.remote;

import static org.assertj.core.api.Assertions.assertThat;

import feign.FeignException;
import feign.Request;
import feign.RetryableException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.client.circuitbreaker.NoFallbackAvailableException;

class RemoteCallFailuresTest {

    private static final Request REQUEST = Request.create(Request.HttpMethod.GET, "http://case-service/api/cases/1",
            Map.of(), null, StandardCharsets.UTF_8, null);

    @Test
    void aFourHundredFromTheOtherServiceIsItsAnswerEvenWhenWrappedByTheBreaker() {
        FeignException notFound = FeignException.errorStatus("getCase",
                feign.Response.builder().status(404).request(REQUEST).headers(Map.of()).build());

        assertThat(RemoteCallFailures.clientError(new NoFallbackAvailableException("no fallback", notFound)))
                .get().extracting(FeignException::status).isEqualTo(404);
    }

    @Test
    void serverErrorsRefusedConnectionsAndAnOpenBreakerAreNotClientErrors() {
        FeignException serverError = FeignException.errorStatus("getCase",
                feign.Response.builder().status(500).request(REQUEST).headers(Map.of()).build());
        RetryableException refused = new RetryableException(-1, "Connection refused", Request.HttpMethod.GET,
                (Long) null, REQUEST);
        CallNotPermittedException open = CallNotPermittedException.createCallNotPermittedException(
                CircuitBreaker.ofDefaults("case-service"));

        assertThat(RemoteCallFailures.clientError(serverError)).isEmpty();
        assertThat(RemoteCallFailures.clientError(refused)).isEmpty();
        assertThat(RemoteCallFailures.clientError(open)).isEmpty();
    }

    @Test
    void theReasonOfAFailureIsAFewWordsWithoutItsMessage() {
        FeignException unavailable = FeignException.errorStatus("createFromPetition",
                feign.Response.builder().status(503).request(REQUEST).headers(Map.of()).build());
        RetryableException timedOut = new RetryableException(-1, "Read timed out 11010519491231002X",
                Request.HttpMethod.POST, new java.net.SocketTimeoutException("Read timed out"), (Long) null, REQUEST);
        RetryableException refused = new RetryableException(-1, "Connection refused", Request.HttpMethod.POST,
                new java.net.ConnectException("Connection refused"), (Long) null, REQUEST);
        CallNotPermittedException open = CallNotPermittedException.createCallNotPermittedException(
                CircuitBreaker.ofDefaults("case-service"));

        assertThat(RemoteCallFailures.reason(new NoFallbackAvailableException("no fallback", unavailable)))
                .isEqualTo("HTTP 503");
        assertThat(RemoteCallFailures.reason(RemoteCallFailures.unavailable("case-service", timedOut)))
                .isEqualTo("timeout");
        assertThat(RemoteCallFailures.reason(refused)).isEqualTo("ConnectException");
        assertThat(RemoteCallFailures.reason(open)).isEqualTo("circuit breaker open");
    }

    @Test
    void anUnavailableServiceIsNamedInTheProblem() {
        var problem = RemoteCallFailures.unavailable("case-service", new java.net.ConnectException("refused"));

        assertThat(problem.getStatusCode().value()).isEqualTo(503);
        assertThat(problem.getBody().getProperties()).containsEntry("service", "case-service");
    }
}
