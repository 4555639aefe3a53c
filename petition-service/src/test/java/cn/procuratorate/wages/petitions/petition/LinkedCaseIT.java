package cn.procuratorate.wages.petitions.petition;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.testing.CaseServiceCallerIT;
import cn.procuratorate.wages.testing.Downstream;
import cn.procuratorate.wages.testing.TestTokens;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class LinkedCaseIT extends CaseServiceCallerIT {

    private static final String CASE_ID = "6560a1f2c3d4e5f601234567";

    @Test
    void readsTheLinkedCaseFromCaseServiceAndPassesTheRequestIdOn() {
        CASE_SERVICE.stubFor(get("/api/cases/" + CASE_ID).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(Downstream.contract("case-service", "case.json"))));
        String petition = registerPetitionLinkedTo(CASE_ID);

        String clerk = TestTokens.staff("CLERK");
        Map<?, ?> linked = http(clerk).get().uri("/api/petitions/{id}/case", petition)
                .header("X-Request-Id", "req-linked-0001").exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();

        assertThat(linked.get("title")).isEqualTo("某建筑劳务公司拖欠农民工工资案");
        assertThat(linked.get("regionCode")).isEqualTo("110105");
        // The clerk's own token goes on: case-service applies the clerk's roles and unit, and audits the clerk.
        CASE_SERVICE.verify(getRequestedFor(urlPathMatching("/api/cases/.*"))
                .withHeader("X-Request-Id", equalTo("req-linked-0001"))
                .withHeader("Authorization", equalTo("Bearer " + clerk)));
    }

    @Test
    void withoutATokenNothingIsReadAndCaseServiceIsNotCalled() {
        String petition = registerPetitionLinkedTo(CASE_ID);
        anonymous().get().uri("/api/petitions/{id}/case", petition).exchange().expectStatus().isUnauthorized();
        anonymous().get().uri("/api/petitions").exchange().expectStatus().isUnauthorized();
        assertThat(CASE_SERVICE.getAllServeEvents()).isEmpty();
    }

    @Test
    void aPetitionOfAnotherUnitIsNotFound() {
        String petition = registerPetitionLinkedTo(CASE_ID);
        String otherClerk = TestTokens.token().subject("clerk2").roles("CLERK").unit(TestTokens.OTHER_UNIT).sign();
        http(otherClerk).get().uri("/api/petitions/{id}", petition).exchange().expectStatus().isNotFound();
        http(otherClerk).get().uri("/api/petitions/{id}/case", petition).exchange().expectStatus().isNotFound();
        assertThat(CASE_SERVICE.getAllServeEvents()).isEmpty();
    }

    @Test
    void aCaseUnknownToCaseServiceIsNotFoundAndDoesNotTripTheBreaker() {
        CASE_SERVICE.stubFor(get(urlPathMatching("/api/cases/.*")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":404}")));
        String petition = registerPetitionLinkedTo(CASE_ID);

        for (int i = 0; i < 6; i++) {
            http().get().uri("/api/petitions/{id}/case", petition).exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(breakers.circuitBreaker("case-service").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aRefusalByCaseServiceKeepsItsStatusAndNamesIt() {
        CASE_SERVICE.stubFor(get(urlPathMatching("/api/cases/.*")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":409}")));
        String petition = registerPetitionLinkedTo(CASE_ID);

        Map<?, ?> problem = http().get().uri("/api/petitions/{id}/case", petition).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(problem.get("type")).isEqualTo("urn:problem-type:conflict");
        assertThat(problem.get("service")).isEqualTo("case-service");
        assertThat(problem.get("detail")).isEqualTo("服务 case-service 拒绝了该请求（HTTP 409），本次操作未生效。");
        assertThat(breakers.circuitBreaker("case-service").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void failuresOfCaseServiceAre503NamingItThenTheBreakerOpensAndStopsCallingIt() {
        CASE_SERVICE.stubFor(get(urlPathMatching("/api/cases/.*")).willReturn(aResponse().withStatus(500)));
        String petition = registerPetitionLinkedTo(CASE_ID);

        for (int i = 0; i < 4; i++) {
            Map<?, ?> problem = http().get().uri("/api/petitions/{id}/case", petition).exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody(Map.class).returnResult().getResponseBody();
            assertThat(problem.get("service")).isEqualTo("case-service");
            assertThat((String) problem.get("detail")).contains("case-service");
        }
        assertThat(breakers.circuitBreaker("case-service").getState()).isEqualTo(CircuitBreaker.State.OPEN);

        int callsBefore = CASE_SERVICE.getAllServeEvents().size();
        long started = System.nanoTime();
        http().get().uri("/api/petitions/{id}/case", petition).exchange().expectStatus().isEqualTo(503);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        assertThat(CASE_SERVICE.getAllServeEvents()).hasSize(callsBefore);

        http(TestTokens.operator()).get().uri("/actuator/circuitbreakers").exchange()
                .expectBody().jsonPath("$.circuitBreakers.case-service.state").isEqualTo("OPEN");
        // In health too, without making petition-service itself unhealthy: its own work goes on.
        http(TestTokens.operator()).get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.components.circuitBreakers.details.case-service.state").isEqualTo("OPEN");
    }

    @Test
    void aSlowCaseServiceTimesOutAtTheConfiguredReadTimeout() {
        CASE_SERVICE.stubFor(get(urlPathMatching("/api/cases/.*"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(3_000)));
        String petition = registerPetitionLinkedTo(CASE_ID);

        long started = System.nanoTime();
        http().get().uri("/api/petitions/{id}/case", petition).exchange().expectStatus().isEqualTo(503);
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .isGreaterThanOrEqualTo(Duration.ofMillis(450)).isLessThan(Duration.ofMillis(1_500));
    }

    @Test
    void aPetitionWithoutALinkedCaseSaysSoInTheCallersLanguage() {
        String petition = registerPetitionLinkedTo(null);
        Map<?, ?> problem = http().get().uri("/api/petitions/{id}/case", petition)
                .header("Accept-Language", "en").exchange()
                .expectStatus().isNotFound().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(problem.get("detail")).isEqualTo("Petition " + petition + " is not linked to a case.");
        assertThat(CASE_SERVICE.getAllServeEvents()).isEmpty();
    }

    private String registerPetitionLinkedTo(String caseId) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("channel", "LETTER", "petitionerName", "张三",
                "summary", "工地拖欠三个月工资", "regionCode", "110105"));
        if (caseId != null) {
            body.put("linkedCaseId", caseId);
        }
        return (String) http().post().uri("/api/petitions").contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id");
    }
}
