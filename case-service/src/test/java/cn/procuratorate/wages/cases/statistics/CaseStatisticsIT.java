package cn.procuratorate.wages.cases.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.cases.casefile.CaseApi;
import cn.procuratorate.wages.cases.casefile.CaseBodies;
import cn.procuratorate.wages.cases.casefile.Cases;
import cn.procuratorate.wages.cases.casefile.TestIdentifiers;
import cn.procuratorate.wages.testing.ServiceIT;
import cn.procuratorate.wages.testing.TestTokens;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each test counts in a unit of its own (registered by a service), so its figures are exact. */
class CaseStatisticsIT extends ServiceIT {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    @Autowired
    private MongoTemplate mongo;

    @Test
    void countsCasesWorkersAndWagesPerIndustryToTheFen() {
        String unit = TestIdentifiers.unit();
        String a = register(unit, "WAGE_CRIME", "320102", "E4710", worker(3, "0.10"), worker(1, "0.20"));
        register(unit, "WAGE_CRIME", "320583", "E4710", worker(4, "1000.01"));
        String c = register(unit, "LAWSUIT_SUPPORT", "110105", "C1810", worker(2, "0.33"));
        RestTestClient supervisor = supervisorOf(unit);
        CaseApi.pay(supervisor, a, "w1", "0.10");
        CaseApi.transition(supervisor, c, Map.of("action", "WITHDRAW", "reason", "劳动者撤回申请"));

        String answer = get(service(), "/api/cases/statistics?groupBy=INDUSTRY&unit=" + unit);
        JsonNode statistics = read(answer);

        assertThat(statistics.get("groupBy").asString()).isEqualTo("INDUSTRY");
        assertThat(statistics.get("unit").asString()).isEqualTo(unit);
        assertThat(rows(statistics)).containsExactly(
                "C1810|null|1|0|1|0.33|0.00|0.0000",
                "E4710|null|2|2|3|1000.31|0.10|0.0001");
        assertThat(totals(statistics)).isEqualTo("3|2|4|1000.64|0.10|0.0001");
        // Money is a JSON number with exactly 2 decimals, never a binary float's 1000.3100000000001.
        assertThat(answer).contains("\"owed\":1000.31,").contains("\"recovered\":0.00,");
        // A supervisor of the unit counts the same, without naming it.
        assertThat(totals(read(get(supervisor, "/api/cases/statistics?groupBy=INDUSTRY"))))
                .isEqualTo("3|2|4|1000.64|0.10|0.0001");
    }

    @Test
    void sumsManySmallAmountsWithoutRoundingError() {
        String unit = TestIdentifiers.unit();
        RestTestClient supervisor = supervisorOf(unit);
        for (int i = 0; i < 10; i++) {
            String id = register(unit, "WAGE_CRIME", "320102", "E4710", worker(1, "0.10"), worker(1, "0.20"));
            if (i < 3) {
                CaseApi.pay(supervisor, id, "w2", "0.10");
            }
        }

        JsonNode statistics = read(get(service(), "/api/cases/statistics?groupBy=REGION&unit=" + unit));

        // In binary floating point 0.1 + 0.2 is 0.30000000000000004, and ten of them are not 3.
        assertThat(rows(statistics)).containsExactly("320102|null|10|10|20|3.00|0.30|0.1000");
        assertThat(statistics.get("totals").get("owed").decimalValue()).isEqualByComparingTo(new BigDecimal("3.00"));
    }

    @Test
    void groupsByChinaCalendarMonthWithEmptyMonthsAsZero() {
        String unit = TestIdentifiers.unit();
        // 15:59:59Z is 23:59:59 on 28 February in China; 16:30Z is already 00:30 on 1 March.
        CaseApi.registeredAt(mongo, register(unit, "WAGE_CRIME", "320102", "E4710", worker(3, "100.00")),
                Instant.parse("2026-02-28T15:59:59Z"));
        CaseApi.registeredAt(mongo, register(unit, "WAGE_CRIME", "320102", "E4710", worker(3, "200.00")),
                Instant.parse("2026-02-28T16:30:00Z"));

        JsonNode months = read(get(service(),
                "/api/cases/statistics?groupBy=MONTH&from=2026-01-01&to=2026-03-31&unit=" + unit));
        assertThat(months.get("period").get("from").asString()).isEqualTo("2026-01-01");
        assertThat(months.get("period").get("to").asString()).isEqualTo("2026-03-31");
        assertThat(rows(months)).containsExactly(
                "2026-01|null|0|0|0|0.00|0.00|0.0000",
                "2026-02|null|1|1|1|100.00|0.00|0.0000",
                "2026-03|null|1|1|1|200.00|0.00|0.0000");

        // Both ends of a period are whole China days.
        JsonNode firstOfMarch = read(get(service(),
                "/api/cases/statistics?groupBy=REGION&from=2026-03-01&to=2026-03-01&unit=" + unit));
        assertThat(totals(firstOfMarch)).isEqualTo("1|1|1|200.00|0.00|0.0000");
        JsonNode february = read(get(service(),
                "/api/cases/statistics?groupBy=REGION&from=2026-02-01&to=2026-02-28&unit=" + unit));
        assertThat(totals(february)).isEqualTo("1|1|1|100.00|0.00|0.0000");
    }

    @Test
    void theLast12MonthsUpToTodayByDefault() {
        String unit = TestIdentifiers.unit();
        register(unit, "WAGE_CRIME", "320102", "E4710", worker(3, "100.00"));

        JsonNode statistics = read(get(service(), "/api/cases/statistics?groupBy=TYPE&unit=" + unit));

        LocalDate today = LocalDate.now(Cases.CHINA);
        assertThat(statistics.get("period").get("to").asString()).isEqualTo(today.toString());
        assertThat(statistics.get("period").get("from").asString()).isEqualTo(today.minusMonths(12).toString());
        assertThat(rows(statistics)).containsExactly("WAGE_CRIME|拒不支付劳动报酬案件|1|1|1|100.00|0.00|0.0000");
    }

    @Test
    void filtersByRegionPrefixIndustryPrefixAndType() {
        String unit = TestIdentifiers.unit();
        register(unit, "WAGE_CRIME", "320102", "E4710", worker(3, "1.00"));
        register(unit, "LAWSUIT_SUPPORT", "320583", "E4812", worker(3, "2.00"));
        register(unit, "WAGE_CRIME", "321002", "C1810", worker(3, "4.00"));
        register(unit, "WAGE_CRIME", "330106", "E4710", worker(3, "8.00"));
        String base = "/api/cases/statistics?groupBy=REGION&unit=" + unit;

        assertThat(keys(read(get(service(), base + "&regionCode=32")))).containsExactly("320102", "320583", "321002");
        assertThat(keys(read(get(service(), base + "&regionCode=3205")))).containsExactly("320583");
        assertThat(keys(read(get(service(), base + "&regionCode=330106")))).containsExactly("330106");
        assertThat(keys(read(get(service(), base + "&industryCode=E48")))).containsExactly("320583");
        assertThat(keys(read(get(service(), base + "&industryCode=e47")))).containsExactly("320102", "330106");
        assertThat(keys(read(get(service(), base + "&type=LAWSUIT_SUPPORT")))).containsExactly("320583");
        assertThat(totals(read(get(service(), base + "&regionCode=32&type=WAGE_CRIME"))))
                .isEqualTo("2|2|2|5.00|0.00|0.0000");
    }

    @Test
    void labelsEmployersByTheirLatestNameAndStagesByTheirChineseName() {
        String unit = TestIdentifiers.unit();
        String creditCode = TestIdentifiers.creditCode();
        String older = register(unit, body(unit, "WAGE_CRIME", "320102", "E4710", employer("旧名建筑公司", creditCode),
                worker(3, "1.00")));
        CaseApi.registeredAt(mongo, older, Instant.now().minusSeconds(86_400));
        String newer = register(unit, body(unit, "WAGE_CRIME", "320102", "E4710", employer("新名建筑公司", creditCode),
                worker(3, "2.00")));
        register(unit, body(unit, "WAGE_CRIME", "320102", "E4710",
                Map.of("name", "李某（包工头）", "kind", "UNLICENSED_CONTRACTOR"), worker(3, "4.00")));
        CaseApi.transition(supervisorOf(unit), newer, Map.of("action", "WITHDRAW", "reason", "公安机关撤回"));

        JsonNode employers = read(get(service(), "/api/cases/statistics?groupBy=EMPLOYER&unit=" + unit));
        assertThat(rows(employers)).containsExactly(
                "null|null|1|1|1|4.00|0.00|0.0000",
                creditCode + "|新名建筑公司|2|1|2|3.00|0.00|0.0000");

        JsonNode stages = read(get(service(), "/api/cases/statistics?groupBy=STAGE&unit=" + unit));
        assertThat(rows(stages)).containsExactly(
                "CLOSED|已结案|1|0|1|2.00|0.00|0.0000",
                "RECEIVED|已受理|2|2|2|5.00|0.00|0.0000");
    }

    @Test
    void staffCountTheirOwnUnitAndAServiceEveryUnitOrTheOneItNames() {
        String unit = TestIdentifiers.unit();
        String other = TestIdentifiers.unit();
        register(unit, "WAGE_CRIME", "320102", "E4710", worker(3, "1.00"));
        register(other, "WAGE_CRIME", "320102", "E4710", worker(3, "2.00"));
        String procurator = TestTokens.token().subject("p-" + unit).roles("PROCURATOR").unit(unit).sign();

        JsonNode own = read(get(http(procurator), "/api/cases/statistics?groupBy=REGION"));
        assertThat(own.get("unit").asString()).isEqualTo(unit);
        assertThat(totals(own)).isEqualTo("1|1|1|1.00|0.00|0.0000");
        read(get(http(procurator), "/api/cases/statistics?groupBy=REGION&unit=" + unit));
        Map<?, ?> refused = http(procurator).get().uri("/api/cases/statistics?groupBy=REGION&unit=" + other)
                .exchange().expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat((String) refused.get("detail")).contains(other);

        JsonNode everyUnit = read(get(service(), "/api/cases/statistics?groupBy=REGION"));
        assertThat(everyUnit.get("unit").isNull()).isTrue();
        assertThat(everyUnit.get("totals").get("cases").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(totals(read(get(service(), "/api/cases/statistics?groupBy=REGION&unit=" + other))))
                .isEqualTo("1|1|1|2.00|0.00|0.0000");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "groupBy=COUNTY                                  | groupBy",
            "groupBy=REGION&from=2026-02-30                  | from",
            "groupBy=REGION&to=tomorrow                      | to"})
    void aValueOfTheWrongFormatIsABadRequestNamingTheParameter(String query, String parameter) {
        Map<?, ?> problem = service().get().uri("/api/cases/statistics?" + query).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat((String) problem.get("detail")).contains("参数 " + parameter + " ");
    }

    @Test
    void withoutAGroupingNothingIsCounted() {
        Map<?, ?> problem = service().get().uri("/api/cases/statistics").exchange()
                .expectStatus().isBadRequest().expectBody(Map.class).returnResult().getResponseBody();
        assertThat((String) problem.get("detail")).contains("参数 groupBy");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "groupBy=REGION&from=2026-03-02&to=2026-03-01   | from        | 不能晚于",
            "groupBy=REGION&from=2020-01-01&to=2025-01-01   | from        | 5 年",
            "groupBy=REGION&regionCode=321                  | regionCode  | ",
            "groupBy=REGION&industryCode=Z9                 | industryCode| ",
            "groupBy=REGION&unit=1101                       | unit        | "})
    void anInvalidParameterIsAValidationProblemNamingIt(String query, String field, String message) {
        Map<?, ?> problem = service().get().uri("/api/cases/statistics?" + query).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(problem.get("type")).isEqualTo("urn:problem-type:validation");
        List<Map<String, Object>> errors = (List<Map<String, Object>>) problem.get("errors");
        assertThat(errors).extracting(e -> e.get("field")).containsExactly(field);
        if (message != null) {
            assertThat((String) errors.get(0).get("message")).contains(message);
        }
    }

    @Test
    void aPeriodOfExactlyFiveYearsIsAllowed() {
        service().get().uri("/api/cases/statistics?groupBy=REGION&from=2020-01-02&to=2025-01-01").exchange()
                .expectStatus().isOk();
    }

    @Test
    void clerksAndPartnerAgenciesAreRefused() {
        for (String token : List.of(TestTokens.staff("CLERK"),
                TestTokens.token().subject("hrss").roles("PARTNER_AGENCY").sector("HRSS").sign())) {
            http(token).get().uri("/api/cases/statistics?groupBy=REGION").exchange()
                    .expectStatus().isForbidden()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.type").isEqualTo("urn:problem-type:forbidden");
        }
    }

    @Test
    void theOperationIsPublishedInTheOpenApiDocument() {
        http().get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody(String.class)
                .value(docs -> assertThat(docs).contains("\"/api/cases/statistics\""));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private RestTestClient service() {
        return http(TestTokens.token().subject("outreach-service").roles("SERVICE").sign());
    }

    private RestTestClient supervisorOf(String unit) {
        return http(TestTokens.token().subject("s-" + unit).roles("SUPERVISOR").unit(unit).sign());
    }

    @SafeVarargs
    private String register(String unit, String type, String region, String industry, Map<String, Object>... workers) {
        return register(unit, body(unit, type, region, industry,
                employer("某建筑劳务有限公司", CaseBodies.CREDIT_CODE), workers));
    }

    private String register(String unit, Map<String, Object> body) {
        return CaseApi.register(service(), body);
    }

    @SafeVarargs
    private static Map<String, Object> body(String unit, String type, String region, String industry,
            Map<String, Object> employer, Map<String, Object>... workers) {
        Map<String, Object> body = CaseBodies.newCase("统计案件", region);
        body.put("unit", unit);
        body.put("type", type);
        body.put("industryCode", industry);
        body.put("employer", employer);
        body.put("workers", new ArrayList<>(List.of(workers)));
        return body;
    }

    private static Map<String, Object> employer(String name, String creditCode) {
        return new HashMap<>(Map.of("name", name, "creditCode", creditCode, "kind", "COMPANY"));
    }

    private static Map<String, Object> worker(int months, String amount) {
        return CaseBodies.worker("王五", CaseBodies.RESIDENT_ID, "13812345678", months, amount);
    }

    private static String get(RestTestClient client, String uri) {
        return client.get().uri(uri).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    private static JsonNode read(String json) {
        return JSON.readTree(json);
    }

    /** Each row as key|label|cases|openCases|workers|owed|recovered|recoveryRate, decimals as written. */
    private static List<String> rows(JsonNode statistics) {
        List<String> rows = new ArrayList<>();
        for (JsonNode row : statistics.get("rows")) {
            rows.add(text(row.get("key")) + "|" + text(row.get("label")) + "|" + figures(row));
        }
        return rows;
    }

    private static String totals(JsonNode statistics) {
        return figures(statistics.get("totals"));
    }

    private static List<String> keys(JsonNode statistics) {
        List<String> keys = new ArrayList<>();
        statistics.get("rows").forEach(row -> keys.add(row.get("key").asString()));
        return keys;
    }

    private static String figures(JsonNode node) {
        return node.get("cases").asLong() + "|" + node.get("openCases").asLong() + "|" + node.get("workers").asLong()
                + "|" + node.get("owed").decimalValue().toPlainString() + "|"
                + node.get("recovered").decimalValue().toPlainString() + "|"
                + node.get("recoveryRate").decimalValue().toPlainString();
    }

    private static String text(JsonNode node) {
        return node.isNull() ? "null" : node.asString();
    }
}
