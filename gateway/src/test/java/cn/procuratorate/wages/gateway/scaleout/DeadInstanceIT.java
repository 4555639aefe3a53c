package cn.procuratorate.wages.gateway.scaleout;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.gateway.support.Backends;
import cn.procuratorate.wages.gateway.support.GatewayIntegrationTest;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * case-service runs as three instances and two of them have died (kill -9) but are still listed, as they are until
 * Eureka drops them: the gateway must not lose the writes that round robin hands to them, nor open the whole service's
 * breaker, while one instance is healthy. A write that may have reached an instance is still never sent twice.
 */
class DeadInstanceIT extends GatewayIntegrationTest {

    /** Ports nothing listens on: connections to them are refused, like those to a killed instance. */
    private static final int DEAD_PORT = closedPort();
    private static final int ANOTHER_DEAD_PORT = closedPort();

    @Autowired
    private CircuitBreakerRegistry breakers;

    @DynamicPropertySource
    static void twoMoreCaseServiceInstancesThatAreDead(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.discovery.client.simple.instances.case-service[1].uri",
                () -> "http://localhost:" + DEAD_PORT);
        registry.add("spring.cloud.discovery.client.simple.instances.case-service[2].uri",
                () -> "http://localhost:" + ANOTHER_DEAD_PORT);
    }

    @Test
    void writesThatCouldNotConnectToTheDeadInstanceGoToTheLiveOneOnceEach() {
        Backends.CASES.wireMock().stubFor(post(urlPathEqualTo("/api/cases"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("{}")));

        for (int i = 0; i < 10; i++) {
            client.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"n\":" + i + "}")
                    .exchange().expectStatus().isCreated();
        }

        // Round robin sent two of every three to a dead instance first, and some of those to the other dead one next
        // (two retries needed); each arrived once at the live one.
        for (int i = 0; i < 10; i++) {
            Backends.CASES.wireMock().verify(1, postRequestedFor(urlPathEqualTo("/api/cases"))
                    .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.equalToJson("{\"n\":" + i + "}")));
        }
        assertThat(breakers.circuitBreaker("case-service").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aWriteThatReachedAnInstanceAndLostItsAnswerIsNotSentAgain() {
        Backends.CASES.wireMock().stubFor(post(urlPathEqualTo("/api/cases"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        for (int i = 0; i < 2; i++) {
            client.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                    .exchange().expectStatus().isEqualTo(503);
        }

        // Whichever instance each was tried on first, the live one saw each write once.
        Backends.CASES.wireMock().verify(2, postRequestedFor(urlPathEqualTo("/api/cases")));
    }

    @Test
    void aWriteThatNoInstanceCanTakeStillGetsTheFallbackProblem() {
        Backends.CASES.stop();

        client.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.service").isEqualTo("case-service");
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
