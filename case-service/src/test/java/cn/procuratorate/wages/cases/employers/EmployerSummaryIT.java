package cn.procuratorate.wages.cases.employers;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.cases.casefile.CaseApi;
import cn.procuratorate.wages.cases.casefile.CaseBodies;
import cn.procuratorate.wages.cases.casefile.Cases;
import cn.procuratorate.wages.cases.casefile.TestIdentifiers;
import cn.procuratorate.wages.testing.ServiceIT;
import cn.procuratorate.wages.testing.TestTokens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One employer (a credit code of its own) with three cases in two units: an old one in Liaoning whose arrears reach
 * the amount of the crime, a recent supported lawsuit with payments, and a recent prosecuted road-works case in
 * Jiangsu. Each test sees them through another caller.
 */
class EmployerSummaryIT extends ServiceIT {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    @Autowired
    private MongoTemplate mongo;

    private final String unit = TestIdentifiers.unit();
    private final String otherUnit = TestIdentifiers.unit();
    private final String creditCode = TestIdentifiers.creditCode();
    private final LocalDate today = LocalDate.now(Cases.CHINA);
    private final LocalDate twoYearsAgo = today.minusYears(2);
    private String old;
    private String lawsuit;
    private String prosecuted;

    @BeforeEach
    void anEmployerWithThreeCasesInTwoUnits() {
        // Liaoning's figure for one worker owed 3 months or more is ¥10,000: reached.
        old = CaseApi.register(service(), body(unit, "WAGE_CRIME", "210102", "E4710", "甲建筑劳务有限公司",
                worker(3, "10000.00")));
        CaseApi.registeredAt(mongo, old, twoYearsAgo.atTime(10, 0).atZone(Cases.CHINA).toInstant());

        lawsuit = CaseApi.register(service(), body(unit, "LAWSUIT_SUPPORT", "210102", "E4710", "甲建筑劳务公司",
                worker(1, "0.10"), worker(1, "0.20")));
        RestTestClient supervisor = supervisorOf(unit);
        CaseApi.pay(supervisor, lawsuit, "w1", "0.10");
        CaseApi.transition(supervisor, lawsuit, Map.of("action", "WITHDRAW", "reason", "劳动者撤回支持起诉申请"));

        // Road works (E4812) are transport's; Jiangsu has no figures of its own, and ¥12,800.50 lies inside the
        // national range, so the amount of the crime stays undetermined: no fact of it.
        prosecuted = CaseApi.register(service(), body(otherUnit, "WAGE_CRIME", "320102", "E4812", "甲建筑劳务公司",
                worker(3, "12800.50")));
        RestTestClient otherSupervisor = supervisorOf(otherUnit);
        CaseApi.transition(otherSupervisor, prosecuted, Map.of("action", "START_PROSECUTION_REVIEW"));
        CaseApi.transition(otherSupervisor, prosecuted,
                Map.of("action", "DECIDE_PROSECUTION", "decision", "PROSECUTE"));
    }

    @Test
    void aServiceSeesTheEmployerInEveryUnitToTheFen() {
        String answer = summary(service(), creditCode);
        JsonNode summary = JSON.readTree(answer);

        assertThat(summary.get("creditCode").asString()).isEqualTo(creditCode);
        assertThat(strings(summary.get("names"))).containsExactly("甲建筑劳务公司", "甲建筑劳务有限公司");
        assertThat(summary.get("cases").asLong()).isEqualTo(3);
        assertThat(summary.get("openCases").asLong()).isEqualTo(2);
        assertThat(summary.get("closedCases").asLong()).isEqualTo(1);
        assertThat(byType(summary)).containsExactly("WAGE_CRIME|拒不支付劳动报酬案件|2", "LAWSUIT_SUPPORT|支持起诉案件|1");
        assertThat(summary.get("workers").asLong()).isEqualTo(4);
        assertThat(money(summary, "owed")).isEqualTo("22800.80");
        assertThat(money(summary, "recovered")).isEqualTo("0.10");
        assertThat(money(summary, "outstanding")).isEqualTo("22800.70");
        assertThat(answer).contains("\"recovered\":0.10,");
        assertThat(summary.get("firstCaseOn").asString()).isEqualTo(twoYearsAgo.toString());
        assertThat(summary.get("lastCaseOn").asString()).isEqualTo(today.toString());
        assertThat(strings(summary.get("regions"))).containsExactly("210102", "320102");
        assertThat(facts(summary)).containsExactly(
                "PROSECUTED|已对拒不支付劳动报酬罪提起公诉|" + List.of(prosecuted),
                "CRIME_AMOUNT_REACHED|拖欠数额达到拒不支付劳动报酬罪数额较大标准|" + List.of(old),
                "WAGES_OUTSTANDING|尚有拖欠的农民工工资未清偿|" + List.of(old, lawsuit, prosecuted),
                "REPEAT_ARREARS|12个月内两次以上拖欠农民工工资|" + List.of(lawsuit, prosecuted));
    }

    @Test
    void staffSeeTheirOwnUnitsCasesOnly() {
        JsonNode summary = JSON.readTree(summary(supervisorOf(unit), creditCode));

        assertThat(summary.get("cases").asLong()).isEqualTo(2);
        assertThat(money(summary, "owed")).isEqualTo("10000.30");
        assertThat(strings(summary.get("regions"))).containsExactly("210102");
        // Two years apart: no repeat within 12 months; the prosecution is the other unit's.
        assertThat(facts(summary)).extracting(f -> f.substring(0, f.indexOf('|')))
                .containsExactly("CRIME_AMOUNT_REACHED", "WAGES_OUTSTANDING");
    }

    @Test
    void aPartnerAgencySeesTheCasesOfItsSectorInEveryUnit() {
        JsonNode housing = JSON.readTree(summary(agency("HOUSING"), creditCode));
        assertThat(housing.get("cases").asLong()).isEqualTo(2);
        assertThat(strings(housing.get("regions"))).containsExactly("210102");

        JsonNode transport = JSON.readTree(summary(agency("TRANSPORT"), creditCode));
        assertThat(transport.get("cases").asLong()).isEqualTo(1);
        assertThat(facts(transport)).extracting(f -> f.substring(0, f.indexOf('|')))
                .containsExactly("PROSECUTED", "WAGES_OUTSTANDING");

        JsonNode hrss = JSON.readTree(summary(agency("HRSS"), creditCode));
        assertThat(hrss.get("cases").asLong()).isEqualTo(3);
    }

    /** Chosen: 404 like an unknown employer, so an agency cannot learn that other sectors have cases of it. */
    @Test
    void aPartnerAgencyOfAnotherSectorFindsNoSuchEmployer() {
        Map<?, ?> problem = agency("WATER").get().uri("/api/cases/employers/{code}/summary", creditCode).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(problem.get("detail")).isEqualTo("未找到用人单位：" + creditCode);
    }

    @Test
    void aCodeInLowerCaseIsReadAsUpperCase() {
        assertThat(JSON.readTree(summary(service(), creditCode.toLowerCase())).get("creditCode").asString())
                .isEqualTo(creditCode);
    }

    @Test
    void anUnknownEmployerIsNotFound() {
        String unknown = TestIdentifiers.creditCode();
        Map<?, ?> problem = service().get().uri("/api/cases/employers/{code}/summary", unknown).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(problem.get("type")).isEqualTo("urn:problem-type:not-found");
        assertThat(problem.get("detail")).isEqualTo("未找到用人单位：" + unknown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"91110108551385082A", "9111010855138508", "91110108551385082I"})
    void anInvalidCreditCodeIsAValidationProblemNamingIt(String code) {
        Map<?, ?> problem = service().get().uri("/api/cases/employers/{code}/summary", code).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(problem.get("type")).isEqualTo("urn:problem-type:validation");
        assertThat((List<Map<String, Object>>) problem.get("errors")).extracting(e -> e.get("field"))
                .containsExactly("creditCode");
    }

    @Test
    void clerksAndAgenciesWithoutAKnownSectorAreRefused() {
        for (String token : List.of(TestTokens.staff("CLERK"),
                TestTokens.token().subject("agency").roles("PARTNER_AGENCY").sign(),
                TestTokens.token().subject("agency").roles("PARTNER_AGENCY").sector("POLICE").sign())) {
            http(token).get().uri("/api/cases/employers/{code}/summary", creditCode).exchange()
                    .expectStatus().isForbidden()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Test
    void theOperationIsPublishedInTheOpenApiDocument() {
        http().get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody(String.class)
                .value(docs -> assertThat(docs).contains("\"/api/cases/employers/{creditCode}/summary\""));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private RestTestClient service() {
        return http(TestTokens.token().subject("outreach-service").roles("SERVICE").sign());
    }

    private RestTestClient supervisorOf(String unitCode) {
        return http(TestTokens.token().subject("s-" + unitCode).roles("SUPERVISOR").unit(unitCode).sign());
    }

    private RestTestClient agency(String sector) {
        return http(TestTokens.token().subject(sector.toLowerCase() + "-agency").roles("PARTNER_AGENCY")
                .sector(sector).sign());
    }

    private static String summary(RestTestClient client, String code) {
        return client.get().uri("/api/cases/employers/{code}/summary", code).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    @SafeVarargs
    private Map<String, Object> body(String unitCode, String type, String region, String industry, String name,
            Map<String, Object>... workers) {
        Map<String, Object> body = CaseBodies.newCase("欠薪案件", region);
        body.put("unit", unitCode);
        body.put("type", type);
        body.put("industryCode", industry);
        body.put("employer", new HashMap<>(Map.of("name", name, "creditCode", creditCode, "kind", "COMPANY")));
        body.put("workers", new ArrayList<>(List.of(workers)));
        return body;
    }

    private static Map<String, Object> worker(int months, String amount) {
        return CaseBodies.worker("王五", CaseBodies.RESIDENT_ID, "13812345678", months, amount);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private static List<String> byType(JsonNode summary) {
        List<String> types = new ArrayList<>();
        summary.get("byType").forEach(t -> types.add(t.get("type").asString() + "|" + t.get("label").asString()
                + "|" + t.get("cases").asLong()));
        return types;
    }

    private static List<String> facts(JsonNode summary) {
        List<String> facts = new ArrayList<>();
        summary.get("blacklistFacts").forEach(f -> facts.add(f.get("code").asString() + "|"
                + f.get("label").asString() + "|" + strings(f.get("caseIds"))));
        return facts;
    }

    /** The amount as written in the JSON, so a lost or extra decimal shows. */
    private static String money(JsonNode summary, String field) {
        return summary.get(field).decimalValue().toPlainString();
    }
}
