package cn.procuratorate.wages.outreach.detection;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.outreach.StatisticsSourcesIT;
import cn.procuratorate.wages.outreach.StatisticsStubs;
import cn.procuratorate.wages.testing.Downstream;
import cn.procuratorate.wages.outreach.suggestions.Suggestion;
import cn.procuratorate.wages.testing.TestTokens;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Findings through the API, from both sources played by WireMock with the contract examples: complete, partial with
 * the missing source named, 503 without any source; and a suggestion drafted from a finding in one call.
 */
class FindingsApiIT extends StatisticsSourcesIT {

    private static final String PERIOD = "from=2025-11-27&to=2026-11-26";
    private static final String FINDINGS = "/api/outreach/findings?" + PERIOD;
    /** The last quarter of the period, and the four quarters before it. */
    private static final LocalDate QUARTER_FROM = LocalDate.parse("2026-08-27");
    private static final LocalDate QUARTER_TO = LocalDate.parse("2026-11-26");

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void examplesAndARisingIndustry() {
        StatisticsStubs.caseExamples(CASE_SERVICE);
        StatisticsStubs.petitionExamples(PETITION_SERVICE);
        StatisticsStubs.cases(CASE_SERVICE, "INDUSTRY", QUARTER_FROM, QUARTER_TO, "E4812", 6);
    }

    @Test
    void findsEveryKindFromBothSourcesWithItsDepartmentAndEvidence() {
        String procurator = TestTokens.staff("PROCURATOR");

        Map<String, Object> answer = findings(http(procurator), FINDINGS);

        assertThat(answer).containsEntry("partial", false).containsEntry("unit", TestTokens.UNIT)
                .containsEntry("sources", Map.of("cases", "OK", "petitions", "OK"))
                .containsEntry("missing", List.of()).containsEntry("rulesNotRun", List.of())
                .containsEntry("period", Map.of("from", "2025-11-27", "to", "2026-11-26"));
        List<Map<String, Object>> findings = list(answer.get("findings"));
        assertThat(findings).extracting(f -> f.get("kind") + " " + f.get("key") + " " + department(f)).containsExactly(
                // 4 petitions, 1 routed into a case outside these figures; 3 cases
                "REPEAT_EMPLOYER 91110105MA01C8QX3P 人社",
                "REPEAT_EMPLOYER 91110108551385082Q 住建",
                // 6 cases in the quarter after none: a rise from nothing; roads (E481) are 交通运输's
                "RISING_ARREARS INDUSTRY:E4812 交通运输",
                "CONTRACTOR_CONCENTRATION 91110000600037341L 交通运输");
        Map<String, Object> employer = findings.get(1);
        assertThat(employer.get("label")).isEqualTo("某建筑劳务有限公司");
        assertThat((String) employer.get("id")).startsWith("repeat-employer-20251127-20261126-");
        assertThat(employer.get("countedFrom")).isEqualTo(List.of("CASES", "PETITIONS"));
        Map<String, Object> evidence = map(employer.get("evidence"));
        assertThat(map(evidence.get("figures"))).containsEntry("cases", 3).containsEntry("occurrences", 3)
                .containsEntry("minOccurrences", 3).containsEntry("industryCode", "E4710");
        assertThat(list(evidence.get("rows"))).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("source", "CASES").containsEntry("groupBy", "EMPLOYER")
                    .containsEntry("from", "2025-11-26");
            assertThat(map(row.get("row"))).containsEntry("key", "91110108551385082Q").containsEntry("cases", 3);
        });
        assertThat(map(findings.get(3).get("supervisingDepartment"))).containsEntry("code", "TRANSPORT")
                .containsEntry("fullName", "交通运输主管部门");
        // Each source is read in the caller's unit, with the caller's token.
        CASE_SERVICE.verify(getRequestedFor(urlPathEqualTo(StatisticsStubs.CASE_STATISTICS))
                .withQueryParam("groupBy", equalTo("EMPLOYER")).withQueryParam("unit", equalTo(TestTokens.UNIT))
                .withHeader("Authorization", equalTo("Bearer " + procurator)));
        PETITION_SERVICE.verify(6, getRequestedFor(urlPathEqualTo(StatisticsStubs.PETITION_STATISTICS))
                .withQueryParam("unit", equalTo(TestTokens.UNIT))
                .withHeader("Authorization", equalTo("Bearer " + procurator)));
        // The same period and unit give the same ids.
        assertThat(list(findings(http(procurator), FINDINGS).get("findings"))).extracting(f -> f.get("id"))
                .containsExactlyElementsOf(findings.stream().map(f -> f.get("id")).toList());
    }

    @Test
    void withPetitionServiceFailingTheAnswerIsPartialAndNamesIt() {
        PETITION_SERVICE.stubFor(get(urlPathEqualTo(StatisticsStubs.PETITION_STATISTICS))
                .willReturn(aResponse().withStatus(503)));

        Map<String, Object> answer = findings(http(), FINDINGS);

        assertThat(answer).containsEntry("partial", true)
                .containsEntry("sources", Map.of("cases", "OK", "petitions", "UNAVAILABLE"))
                .containsEntry("missing", List.of(Map.of("source", "PETITIONS", "service", "petition-service",
                        "reason", "HTTP 503")))
                .containsEntry("rulesNotRun", List.of());
        assertThat(list(answer.get("findings"))).extracting(f -> f.get("kind") + " " + f.get("key") + " "
                + f.get("countedFrom")).containsExactly(
                "REPEAT_EMPLOYER 91110108551385082Q [CASES]",
                "RISING_ARREARS INDUSTRY:E4812 [CASES]",
                "CONTRACTOR_CONCENTRATION 91110000600037341L [CASES]");
        // The first failure ends the reading of petition-service.
        PETITION_SERVICE.verify(1, getRequestedFor(urlPathEqualTo(StatisticsStubs.PETITION_STATISTICS)));
    }

    @Test
    void withCaseServiceTooSlowTheAnswerIsPartialAndTheRuleOfCasesAloneDoesNotRun() {
        CASE_SERVICE.stubFor(get(urlPathEqualTo(StatisticsStubs.CASE_STATISTICS)).atPriority(1)
                .willReturn(okJson(Downstream.contract("case-service", "case-statistics.json")).withFixedDelay(1500)));

        Map<String, Object> answer = findings(http(), FINDINGS);

        assertThat(answer).containsEntry("partial", true)
                .containsEntry("sources", Map.of("cases", "UNAVAILABLE", "petitions", "OK"))
                .containsEntry("missing", List.of(Map.of("source", "CASES", "service", "case-service",
                        "reason", "timeout")))
                .containsEntry("rulesNotRun", List.of("CONTRACTOR_CONCENTRATION"));
        assertThat(list(answer.get("findings"))).singleElement().satisfies(finding -> {
            assertThat(finding).containsEntry("key", "91110105MA01C8QX3P")
                    .containsEntry("countedFrom", List.of("PETITIONS"));
            assertThat(map(map(finding.get("evidence")).get("figures"))).containsEntry("occurrences", 4);
        });
        CASE_SERVICE.verify(1, getRequestedFor(urlPathEqualTo(StatisticsStubs.CASE_STATISTICS)));
    }

    @Test
    void withThePetitionServiceBreakerOpenTheAnswerIsPartialAtOnce() {
        breakers.circuitBreaker(PETITION_SERVICE_NAME).transitionToOpenState();

        Map<String, Object> answer = findings(http(), FINDINGS);

        assertThat(answer).containsEntry("partial", true).containsEntry("missing", List.of(Map.of(
                "source", "PETITIONS", "service", "petition-service", "reason", "circuit breaker open")));
        assertThat(list(answer.get("findings"))).isNotEmpty();
        PETITION_SERVICE.verify(0, getRequestedFor(urlPathEqualTo(StatisticsStubs.PETITION_STATISTICS)));
    }

    @Test
    void withNeitherSourceItIsA503NamingBothNeverAnEmptyList() {
        CASE_SERVICE.stubFor(get(urlPathEqualTo(StatisticsStubs.CASE_STATISTICS)).atPriority(1)
                .willReturn(aResponse().withStatus(500)));
        breakers.circuitBreaker(PETITION_SERVICE_NAME).transitionToOpenState();

        Map<String, Object> problem = http().get().uri(FINDINGS).exchange().expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(problem).containsEntry("type", "urn:problem-type:service-unavailable")
                .containsEntry("services", List.of("case-service", "petition-service"))
                .doesNotContainKey("findings");
        assertThat((String) problem.get("detail")).contains("case-service").contains("petition-service");
    }

    @Test
    void staffReadTheirOwnUnitAndAServiceEveryUnitOrTheOneItNames() {
        http(TestTokens.staff("PROCURATOR")).get().uri(FINDINGS + "&unit=" + TestTokens.OTHER_UNIT).exchange()
                .expectStatus().isForbidden();
        http(TestTokens.staff("CLERK")).get().uri(FINDINGS).exchange().expectStatus().isForbidden();
        anonymous().get().uri(FINDINGS).exchange().expectStatus().isUnauthorized();

        Map<String, Object> everyUnit = findings(http(TestTokens.service()), FINDINGS);

        assertThat(everyUnit).containsEntry("unit", null);
        CASE_SERVICE.verify(7, getRequestedFor(urlPathEqualTo(StatisticsStubs.CASE_STATISTICS))
                .withQueryParam("unit", absent()));
        assertThat(findings(http(TestTokens.service()), FINDINGS + "&unit=" + TestTokens.OTHER_UNIT))
                .containsEntry("unit", TestTokens.OTHER_UNIT);
    }

    @Test
    void aPeriodTheSourcesWouldRefuseIsAValidationProblemNamingFrom() {
        Map<String, Object> problem = http().get().uri("/api/outreach/findings?from=2026-11-27&to=2026-11-26")
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(list(problem.get("errors"))).singleElement().satisfies(error -> {
            assertThat(error.get("field")).isEqualTo("from");
            assertThat((String) error.get("message")).contains("不能晚于");
        });
        CASE_SERVICE.verify(0, getRequestedFor(urlPathEqualTo(StatisticsStubs.CASE_STATISTICS)));
    }

    @Test
    void draftsASocialGovernanceSuggestionFromAFindingInOneCallAndTheSameDraftAgain() {
        Map<String, Object> contractor = list(findings(http(), FINDINGS).get("findings")).get(3);
        String id = (String) contractor.get("id");

        Map<String, Object> created = http().post().uri("/api/outreach/findings/{id}/draft-suggestion", id)
                .exchange().expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/api/outreach/suggestions/[0-9a-f]{24}")
                .expectHeader().valueEquals("ETag", "\"0\"")
                .expectBody(Map.class).returnResult().getResponseBody();
        Map<String, Object> again = http().post().uri("/api/outreach/findings/{id}/draft-suggestion", id)
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();

        assertThat(created).containsEntry("findingId", id).containsEntry("version", 0);
        assertThat(again.get("suggestionId")).isEqualTo(created.get("suggestionId"));
        Map<String, Object> draft = http().get().uri("/api/outreach/suggestions/{id}", created.get("suggestionId"))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(draft).containsEntry("kind", "SOCIAL_GOVERNANCE").containsEntry("stage", "DRAFT")
                .containsEntry("unit", TestTokens.UNIT).containsEntry("createdBy", "supervisor1");
        assertThat(map(draft.get("recipient"))).isEqualTo(Map.of("kind", "DEPARTMENT", "name", "交通运输主管部门",
                "sector", "TRANSPORT", "regionCode", TestTokens.UNIT));
        assertThat((String) draft.get("problem")).contains("北京鑫泰建工集团有限公司（91110000600037341L）")
                .contains("案件6件");
        assertThat((String) draft.get("request")).startsWith("建议交通运输主管部门");
        assertThat(list(draft.get("evidence"))).containsExactly(Map.of("kind", "FINDING", "id", id,
                "label", "总承包单位承建项目欠薪集中：北京鑫泰建工集团有限公司"));
    }

    @Test
    void aFindingNoLongerDetectedIsNotFoundAndOneThatCannotBeCheckedIsA503() {
        String id = (String) list(findings(http(), FINDINGS).get("findings")).get(0).get("id");
        String unknown = "repeat-employer-20251127-20261126-000000000000";
        long suggestions = mongo.getCollection(Suggestion.COLLECTION).countDocuments();

        http().post().uri("/api/outreach/findings/{id}/draft-suggestion", unknown).exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$.resource").isEqualTo("finding");
        PETITION_SERVICE.stubFor(get(urlPathEqualTo(StatisticsStubs.PETITION_STATISTICS)).atPriority(1)
                .willReturn(aResponse().withStatus(503)));
        http().post().uri("/api/outreach/findings/{id}/draft-suggestion", id).exchange()
                .expectStatus().isEqualTo(503).expectBody().jsonPath("$.service").isEqualTo("petition-service");
        http(TestTokens.staff("CLERK")).post().uri("/api/outreach/findings/{id}/draft-suggestion", id).exchange()
                .expectStatus().isForbidden();
        http(TestTokens.service()).post().uri("/api/outreach/findings/{id}/draft-suggestion", id).exchange()
                .expectStatus().isBadRequest();
        assertThat(mongo.getCollection(Suggestion.COLLECTION).countDocuments()).isEqualTo(suggestions);
    }

    private static Map<String, Object> findings(RestTestClient client, String uri) {
        return map(client.get().uri(uri).exchange().expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody(Map.class).returnResult().getResponseBody());
    }

    private static String department(Map<String, Object> finding) {
        return (String) map(finding.get("supervisingDepartment")).get("name");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object json) {
        return (Map<String, Object>) json;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object json) {
        return (List<Map<String, Object>>) json;
    }
}
