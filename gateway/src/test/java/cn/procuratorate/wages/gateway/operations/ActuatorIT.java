package cn.procuratorate.wages.gateway.operations;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.gateway.support.Backends;
import cn.procuratorate.wages.gateway.support.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class ActuatorIT extends GatewayIntegrationTest {

    @Test
    void prometheusMetricsCarryTheApplicationTag() {
        String metrics = operator().get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(metrics).contains("application=\"gateway\"");
    }

    @Test
    void proxiedCallsAreTimedPerRoute() {
        Backends.CASES.wireMock().stubFor(get(urlEqualTo("/api/cases/timed")).willReturn(okJson("{}")));
        client.get().uri("/api/cases/timed").exchange().expectStatus().isOk();

        String metrics = operator().get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(metrics).containsPattern("gateway_proxy_requests_seconds_count\\{[^}]*spring_cloud_gateway_route_id=\"case-service\"");
    }

    @Test
    void livenessAndReadinessProbesAnswer() {
        // Public: probes and load balancers call without a token.
        anonymous().get().uri("/actuator/health/liveness").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
        anonymous().get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void withTheInMemoryRateLimitStoreHealthDoesNotCheckRedis() {
        anonymous().get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.redis").doesNotExist();
    }

    @Test
    void everyServiceHasABreakerNamedAfterIt() {
        operator().get().uri("/actuator/circuitbreakers").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.circuitBreakers.case-service.state").isEqualTo("CLOSED")
                .jsonPath("$.circuitBreakers.petition-service.state").isEqualTo("CLOSED")
                .jsonPath("$.circuitBreakers.outreach-service.state").isEqualTo("CLOSED");
    }

    @Test
    void routesCanBeReadButNotChangedOverHttp() {
        operator().get().uri("/actuator/gateway/routes").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.route_id == 'case-service')]").exists();
        operator().post().uri("/actuator/gateway/routes/injected").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"uri\":\"http://example.com\",\"predicates\":[{\"name\":\"Path\",\"args\":{\"p\":\"/x/**\"}}]}")
                .exchange()
                .expectStatus().is4xxClientError();
        operator().post().uri("/actuator/gateway/refresh").exchange()
                .expectStatus().is4xxClientError();
    }

    @Test
    void onlyTheChosenEndpointsAreExposed() {
        operator().get().uri("/actuator/env").exchange().expectStatus().isNotFound();
        operator().get().uri("/actuator/beans").exchange().expectStatus().isNotFound();
    }
}
