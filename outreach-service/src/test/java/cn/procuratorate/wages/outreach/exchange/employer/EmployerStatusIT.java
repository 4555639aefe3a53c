package cn.procuratorate.wages.outreach.exchange.employer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.outreach.exchange.ExchangeIT;
import cn.procuratorate.wages.testing.AuditLogEntries;
import cn.procuratorate.wages.testing.Downstream;
import cn.procuratorate.wages.testing.TestTokens;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;

/**
 * An agency looks up an employer: case-service's summary, read with the agency's own token so that case-service
 * limits it to the agency's sector, and this service's suggestions concerning the employer.
 */
class EmployerStatusIT extends ExchangeIT {

    private static final String SUMMARY = "/api/cases/employers/" + CREDIT_CODE + "/summary";

    @Autowired
    private MongoTemplate mongo;

    private static MappingBuilder summaryFor(String token) {
        return get(urlEqualTo(SUMMARY)).withHeader("Authorization", equalTo("Bearer " + token));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object json) {
        return (List<Map<String, Object>>) json;
    }

    private Map<?, ?> status(String token, String creditCode) {
        return http(token).get().uri("/api/outreach/exchange/employers/{code}", creditCode).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    @Test
    void anAgencyReadsTheEmployersArrearsThatCaseServiceShowsItsToken() {
        String agency = hrss();
        CASE_SERVICE.stubFor(summaryFor(agency).willReturn(json(200,
                Downstream.contract("case-service", "employer-summary.json"))));

        Map<?, ?> status = status(agency, CREDIT_CODE.toLowerCase());

        assertThat(status.get("creditCode")).isEqualTo(CREDIT_CODE);
        assertThat(status.get("sector")).isEqualTo("HRSS");
        Map<?, ?> arrears = (Map<?, ?>) status.get("arrears");
        assertThat(arrears.get("cases")).isEqualTo(3);
        assertThat(arrears.get("openCases")).isEqualTo(2);
        assertThat(arrears.get("closedCases")).isEqualTo(1);
        assertThat(list(arrears.get("byType"))).extracting(type -> type.get("type"))
                .containsExactly("WAGE_CRIME", "LAWSUIT_SUPPORT");
        assertThat(arrears.get("owed")).isEqualTo(22800.80);
        assertThat(arrears.get("recovered")).isEqualTo(0.10);
        assertThat(arrears.get("outstanding")).isEqualTo(22800.70);
        // The facts, without case-service's internal case ids.
        assertThat(list(arrears.get("blacklistFacts"))).extracting(fact -> fact.get("code"))
                .containsExactly("PROSECUTED", "CRIME_AMOUNT_REACHED", "WAGES_OUTSTANDING", "REPEAT_ARREARS");
        assertThat(list(arrears.get("blacklistFacts"))).allSatisfy(fact ->
                assertThat(fact).doesNotContainKey("caseIds"));
        assertThat(status.get("suggestions")).isEqualTo(List.of());
        CASE_SERVICE.verify(getRequestedFor(urlEqualTo(SUMMARY)).withHeader("Authorization", equalTo("Bearer " + agency)));
    }

    @Test
    void anAgencyOfAnotherSectorSeesNoArrearsWhereCaseServiceShowsItNoCase() {
        String hrss = hrss();
        String housing = agency("housing-agency", "HOUSING");
        CASE_SERVICE.stubFor(summaryFor(hrss).willReturn(json(200,
                Downstream.contract("case-service", "employer-summary.json"))));
        CASE_SERVICE.stubFor(summaryFor(housing).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"urn:problem-type:not-found\",\"status\":404}")));

        Map<?, ?> ofHousing = status(housing, CREDIT_CODE);
        assertThat(ofHousing.get("sector")).isEqualTo("HOUSING");
        assertThat(ofHousing.get("arrears")).isNull();
        assertThat(((Map<?, ?>) status(hrss, CREDIT_CODE).get("arrears")).get("cases")).isEqualTo(3);
    }

    @Test
    void anAgencySeesTheIssuedSuggestionsNamingTheEmployerThatWentToItsSector() {
        String creditCode = newCreditCode();
        CASE_SERVICE.stubFor(get(urlEqualTo("/api/cases/employers/" + creditCode + "/summary")).willReturn(
                aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"urn:problem-type:not-found\",\"status\":404}")));
        String problem = "2025-11-26至2026-11-26，某建筑劳务有限公司（" + creditCode + "）涉及拖欠农民工工资案件3件。";
        Map<?, ?> toHousing = issued(suggestion(problem, "某区住房和城乡建设委员会", "HOUSING"), "京朝检建〔2026〕7号");
        Map<?, ?> toTransport = issued(suggestion(problem, "某区交通运输局", "TRANSPORT"), "京朝检建〔2026〕8号");
        step(toTransport, "replies", Map.of("receivedOn", java.time.LocalDate.now().toString(), "adoption", "ADOPTED",
                "text", "已开展专项检查。"), TestTokens.staff("PROCURATOR"));
        suggestion(problem, "某区住房和城乡建设委员会", "HOUSING");
        issued(suggestion("辖区在建项目未开设农民工工资专用账户。", "某区住房和城乡建设委员会", "HOUSING"), "京朝检建〔2026〕9号");

        List<Map<String, Object>> ofHousing = list(status(agency("housing-agency", "HOUSING"), creditCode)
                .get("suggestions"));
        assertThat(ofHousing).singleElement().satisfies(note -> assertThat(note)
                .containsEntry("kind", "SOCIAL_GOVERNANCE").containsEntry("recipient", "某区住房和城乡建设委员会")
                .containsEntry("recipientSector", "HOUSING").containsEntry("documentNumber", "京朝检建〔2026〕7号")
                .containsEntry("stage", "ISSUED").containsEntry("adoption", null)
                .containsEntry("issuedOn", ((Map<?, ?>) toHousing.get("issue")).get("issuedOn")));
        assertThat(list(status(agency("transport-agency", "TRANSPORT"), creditCode).get("suggestions")))
                .singleElement().satisfies(note -> assertThat(note).containsEntry("stage", "REPLIED")
                        .containsEntry("adoption", "ADOPTED"));
        assertThat(list(status(agency("water-agency", "WATER"), creditCode).get("suggestions"))).isEmpty();
        // 人社 coordinates wage arrears in every industry: both, newest first; never the draft.
        assertThat(list(status(hrss(), creditCode).get("suggestions"))).extracting(note -> note.get("documentNumber"))
                .containsExactly("京朝检建〔2026〕8号", "京朝检建〔2026〕7号");
    }

    /** A social-governance draft of unit 110105, by its procurator. */
    private Map<?, ?> suggestion(String problem, String recipient, String sector) {
        return http(TestTokens.staff("PROCURATOR")).post().uri("/api/outreach/suggestions")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("kind", "SOCIAL_GOVERNANCE",
                        "recipient", Map.of("kind", "DEPARTMENT", "name", recipient, "sector", sector,
                                "regionCode", "110105"),
                        "problem", problem, "request", "督促其及时足额清偿拖欠的农民工工资。", "evidence", List.of()))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    }

    /** Issued in writing today by the unit's supervisor. */
    private Map<?, ?> issued(Map<?, ?> draft, String documentNumber) {
        return step(draft, "issue", Map.of("issuedOn", java.time.LocalDate.now().toString(), "delivery", "WRITTEN",
                "documentNumber", documentNumber), TestTokens.staff("SUPERVISOR"));
    }

    private Map<?, ?> step(Map<?, ?> current, String step, Map<String, Object> body, String token) {
        return http(token).post().uri("/api/outreach/suggestions/{id}/" + step, current.get("id"))
                .header("If-Match", "\"" + current.get("version") + "\"").contentType(MediaType.APPLICATION_JSON)
                .body(body).exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    @Test
    void aBadCreditCodeIs400NamingItAndCaseServiceIsNotAsked() {
        http(hrss()).get().uri("/api/outreach/exchange/employers/{code}", "91110108551385082A").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("creditCode");
        assertThat(CASE_SERVICE.getAllServeEvents()).isEmpty();
    }

    @Test
    void caseServiceDownIs503NamingItNeverAnEmptyAnswer() {
        CASE_SERVICE.stubFor(get(urlEqualTo(SUMMARY)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        http(hrss()).get().uri("/api/outreach/exchange/employers/{code}", CREDIT_CODE).exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.service").isEqualTo("case-service")
                .jsonPath("$.arrears").doesNotExist();
        // The breaker of case-service, shared with the service's other case-service client.
        assertThat(breakers.circuitBreaker(CASE_SERVICE_NAME).getMetrics().getNumberOfFailedCalls()).isEqualTo(1);
    }

    @Test
    void aRefusalOfTheAgencysTokenByCaseServiceIsPassedOn() {
        CASE_SERVICE.stubFor(get(urlEqualTo(SUMMARY)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"urn:problem-type:forbidden\",\"status\":403}")));

        http(hrss()).get().uri("/api/outreach/exchange/employers/{code}", CREDIT_CODE).exchange()
                .expectStatus().isForbidden().expectBody().jsonPath("$.service").isEqualTo("case-service");
    }

    @Test
    void onlyPartnerAgenciesLookUpEmployersHere() {
        for (String token : List.of(TestTokens.staff("PROCURATOR"), TestTokens.service())) {
            http(token).get().uri("/api/outreach/exchange/employers/{code}", CREDIT_CODE).exchange()
                    .expectStatus().isForbidden();
        }
        assertThat(CASE_SERVICE.getAllServeEvents()).isEmpty();
    }

    @Test
    void aLookUpIsAuditedWithTheAgencyAndTheEmployer() {
        CASE_SERVICE.stubFor(get(urlEqualTo(SUMMARY)).willReturn(json(200,
                Downstream.contract("case-service", "employer-summary.json"))));
        String requestId = AuditLogEntries.newRequestId();

        http(hrss()).get().uri("/api/outreach/exchange/employers/{code}", CREDIT_CODE).header("X-Request-Id", requestId)
                .exchange().expectStatus().isOk();

        Document entry = new AuditLogEntries(mongo).awaitOne(requestId);
        assertThat(entry).containsEntry("subject", "hrss-agency").containsEntry("method", "GET")
                .containsEntry("route", "/api/outreach/exchange/employers/{creditCode}").containsEntry("status", 200)
                .containsEntry("action", "exchange.employer-read").containsEntry("detail", CREDIT_CODE);
    }
}
