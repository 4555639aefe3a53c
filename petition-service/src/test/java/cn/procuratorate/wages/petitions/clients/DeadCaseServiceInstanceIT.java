package cn.procuratorate.wages.petitions.clients;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.testing.Downstream;
import cn.procuratorate.wages.testing.ServiceIT;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * case-service as two instances behind petition-service's load-balanced Feign client, one of them killed but still
 * listed (as it is until Eureka drops it): calls whose connection is refused go to the other instance, so none fails
 * and the breaker stays closed. A slow answer is not retried (LinkedCaseIT: one timeout, one call).
 */
class DeadCaseServiceInstanceIT extends ServiceIT {

    private static final String CASE_ID = "6560a1f2c3d4e5f601234567";
    private static final String CASE_SERVICE_NAME = "case-service";
    private static final WireMockServer CASE_SERVICE = Downstream.start();
    private static final int DEAD_PORT = closedPort();

    @Autowired
    private CircuitBreakerRegistry breakers;

    @DynamicPropertySource
    static void twoInstancesOneDead(DynamicPropertyRegistry registry) {
        // No fixed URL (clients.case-service.url): the client resolves case-service through the load balancer, from
        // these two instances.
        registry.add("spring.cloud.discovery.client.simple.instances.case-service[0].uri", CASE_SERVICE::baseUrl);
        registry.add("spring.cloud.discovery.client.simple.instances.case-service[1].uri",
                () -> "http://localhost:" + DEAD_PORT);
    }

    @Test
    void everyReadOfTheLinkedCaseIsAnsweredByTheLiveInstanceAndTheBreakerStaysClosed() {
        CASE_SERVICE.stubFor(get("/api/cases/" + CASE_ID).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(Downstream.contract("case-service", "case.json"))));
        String petition = (String) http().post().uri("/api/petitions").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("channel", "LETTER", "petitionerName", "张三", "summary", "工地拖欠三个月工资",
                        "regionCode", "110105", "linkedCaseId", CASE_ID))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id");

        for (int i = 0; i < 10; i++) {
            http().get().uri("/api/petitions/{id}/case", petition).exchange().expectStatus().isOk();
        }

        // Round robin tried the dead instance first for about half of them; each reached the live one once.
        CASE_SERVICE.verify(10, getRequestedFor(urlPathMatching("/api/cases/" + CASE_ID)));
        assertThat(breakers.circuitBreaker(CASE_SERVICE_NAME).getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breakers.circuitBreaker(CASE_SERVICE_NAME).getMetrics().getNumberOfFailedCalls()).isZero();
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
