package cn.procuratorate.wages.gateway.fallback;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.gateway.support.Backends;
import cn.procuratorate.wages.gateway.support.GatewayIntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

class FallbackIT extends GatewayIntegrationTest {

    private static final Duration QUICK = Duration.ofSeconds(1);

    @ParameterizedTest
    @ValueSource(strings = {"GET", "POST", "PUT", "PATCH", "DELETE"})
    void aServiceThatIsDownGets503ProblemNamingItWithinOneSecond(String method) {
        Backends.PETITIONS.stop();

        long started = System.nanoTime();
        WebTestClient.ResponseSpec response = client.method(HttpMethod.valueOf(method)).uri("/api/petitions/P-1")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"reply\":\"已受理\"}")
                .exchange();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        response.expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("Retry-After", "5")
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:problem-type:service-unavailable")
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.service").isEqualTo("petition-service")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("petition-service"))
                .jsonPath("$.instance").isEqualTo("/api/petitions/P-1")
                .jsonPath("$.requestId").exists();
        assertThat(took).isLessThan(QUICK);
    }

    @Test
    void aGetIsRetriedOnceWhenTheServiceAnswers502ThenFallsBack() {
        Backends.CASES.wireMock().stubFor(get(urlEqualTo("/api/cases/1")).willReturn(aResponse().withStatus(502)));

        client.get().uri("/api/cases/1").exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.service").isEqualTo("case-service");

        Backends.CASES.wireMock().verify(2, getRequestedFor(urlEqualTo("/api/cases/1")));
    }

    @Test
    void aServicesOwn503ProblemAboutItsDependencyIsPassedOnOnceAndUnchanged() {
        Backends.PETITIONS.wireMock().stubFor(get(urlEqualTo("/api/petitions/9/case")).willReturn(aResponse()
                .withStatus(503).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"urn:problem-type:service-unavailable\",\"status\":503,\"service\":\"case-service\"}")));

        client.get().uri("/api/petitions/9/case").exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.service").isEqualTo("case-service");

        Backends.PETITIONS.wireMock().verify(1, getRequestedFor(urlEqualTo("/api/petitions/9/case")));
    }

    @Test
    void aGetRecoversWhenTheRetrySucceeds() {
        Backends.CASES.wireMock().stubFor(get(urlEqualTo("/api/cases/1")).inScenario("blip")
                .willReturn(aResponse().withStatus(502)).willSetStateTo("recovered"));
        Backends.CASES.wireMock().stubFor(get(urlEqualTo("/api/cases/1")).inScenario("blip")
                .whenScenarioStateIs("recovered").willReturn(okJson("{\"id\":\"1\"}")));

        client.get().uri("/api/cases/1").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.id").isEqualTo("1");
    }

    @Test
    void aPostIsNeverRetried() {
        Backends.CASES.wireMock().stubFor(post(urlPathEqualTo("/api/cases")).willReturn(aResponse().withStatus(502)));

        client.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.service").isEqualTo("case-service");

        Backends.CASES.wireMock().verify(1, postRequestedFor(urlPathEqualTo("/api/cases")));
    }

    @Test
    void aServiceOwn500IsPassedOnAndNotRetried() {
        Backends.OUTREACH.wireMock().stubFor(get(urlEqualTo("/api/outreach/1"))
                .willReturn(serverError().withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"urn:problem-type:internal\",\"status\":500}")));

        client.get().uri("/api/outreach/1").exchange()
                .expectStatus().isEqualTo(500)
                .expectBody().jsonPath("$.type").isEqualTo("urn:problem-type:internal");

        Backends.OUTREACH.wireMock().verify(1, getRequestedFor(urlEqualTo("/api/outreach/1")));
    }

    @Test
    void aSlowButHealthyServiceIsWaitedForLongerThanResilience4jDefaultSecond() {
        Backends.OUTREACH.wireMock().stubFor(get(urlEqualTo("/api/outreach/report"))
                .willReturn(okJson("{\"rows\":12}").withFixedDelay(1_200)));

        client.get().uri("/api/outreach/report").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.rows").isEqualTo(12);
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeGets503InsteadOfHanging() {
        Backends.OUTREACH.wireMock().stubFor(any(urlPathEqualTo("/api/outreach/slow"))
                .willReturn(okJson("{}").withFixedDelay(3_000)));

        long started = System.nanoTime();
        client.post().uri("/api/outreach/slow").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.service").isEqualTo("outreach-service");

        // The response timeout of the test profile (1.5 s), well before the backend would answer.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2_500));
    }

    @Test
    void theBreakerOfTheServiceOpensAndIsReportedByActuator() {
        Backends.PETITIONS.stop();
        for (int i = 0; i < 5; i++) {
            client.get().uri("/api/petitions/" + i).exchange().expectStatus().isEqualTo(503);
        }
        Backends.PETITIONS.start();

        // Open: answered by the fallback without calling the (now healthy) service.
        client.get().uri("/api/petitions/1").exchange().expectStatus().isEqualTo(503);
        assertThat(Backends.PETITIONS.wireMock().countRequestsMatching(anyRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.anyUrl()).build()).getCount()).isZero();
        operator().get().uri("/actuator/circuitbreakers").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.circuitBreakers.petition-service.state").isEqualTo("OPEN")
                .jsonPath("$.circuitBreakers.case-service.state").isEqualTo("CLOSED");
    }

    @Test
    void manyConcurrentCallsToABusyButHealthyServiceAllGetThroughAndItsBreakerStaysClosed() throws Exception {
        // Spring Cloud CircuitBreaker's default bulkhead (25 calls at once) refused the rest with 503s, which then
        // opened the breaker: seen with 32 concurrent clients under load (bench/run.sh gateway-overhead).
        Backends.CASES.wireMock().stubFor(get(urlEqualTo("/api/cases/busy"))
                .willReturn(okJson("{\"id\":\"busy\"}").withFixedDelay(100)));
        int concurrent = 40;
        ExecutorService callers = Executors.newFixedThreadPool(concurrent);
        try {
            CountDownLatch ready = new CountDownLatch(concurrent);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < concurrent; i++) {
                statuses.add(callers.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return client.get().uri("/api/cases/busy").exchange().returnResult(String.class).getStatus()
                            .value();
                }));
            }
            for (Future<Integer> status : statuses) {
                assertThat(status.get(10, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            callers.shutdownNow();
        }
        operator().get().uri("/actuator/circuitbreakers").exchange()
                .expectBody().jsonPath("$.circuitBreakers.case-service.state").isEqualTo("CLOSED");
    }

    @Test
    void theFallbackCalledDirectlyIsNotFound() {
        client.get().uri("/fallback/case-service").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.post().uri("/fallback/case-service").exchange()
                .expectStatus().isNotFound();
    }
}
