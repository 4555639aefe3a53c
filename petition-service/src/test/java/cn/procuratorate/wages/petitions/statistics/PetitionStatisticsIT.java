package cn.procuratorate.wages.petitions.statistics;

import static cn.procuratorate.wages.petitions.statistics.UnitDesk.TODAY;
import static cn.procuratorate.wages.petitions.statistics.UnitDesk.against;
import static cn.procuratorate.wages.petitions.statistics.UnitDesk.letter;
import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.petitions.statistics.UnitDesk.Tokens;
import cn.procuratorate.wages.testing.CaseServiceCallerIT;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
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

/** Each test registers in a unit of its own (its clerk's token names it), so its figures are exact. */
class PetitionStatisticsIT extends CaseServiceCallerIT {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final String STATISTICS = "/api/petitions/statistics";

    @Autowired
    private MongoTemplate mongo;

    private UnitDesk desk;

    @BeforeEach
    void aUnitOfItsOwn() {
        desk = new UnitDesk(this::http, mongo);
    }

    @Test
    void countsPetitionsWorkersAndAmountsPerIndustryToTheFen() {
        Map<String, Object> a = against("某建筑劳务有限公司", null, "0.10", 3);
        a.put("industryCode", "E4710");
        Map<String, Object> b = against("某建筑劳务有限公司", null, "1000.01", null);
        b.put("industryCode", "e4710");
        b.put("channel", "VISIT");
        Map<String, Object> c = against("某服装厂", null, "0.33", 2);
        c.put("industryCode", "C1810");
        desk.register(a);
        Map<?, ?> routed = desk.register(b);
        Map<?, ?> closed = desk.register(c);
        desk.register(letter());
        desk.answerAndClose(closed);
        desk.act(routed, "routing", Map.of("caseType", "WAGE_CRIME", "industryCode", "E4710",
                "employerKind", "UNLICENSED_CONTRACTOR"));

        String answer = get(service(), STATISTICS + "?groupBy=INDUSTRY&unit=" + desk.unit);
        JsonNode statistics = JSON.readTree(answer);

        assertThat(statistics.get("groupBy").asString()).isEqualTo("INDUSTRY");
        assertThat(statistics.get("unit").asString()).isEqualTo(desk.unit);
        assertThat(statistics.get("asOf").asString()).isEqualTo(TODAY.toString());
        // key|label|petitions|workersAffected|amountClaimed|openPetitions|overdueReplies|routedToCases
        assertThat(rows(statistics)).containsExactly(
                "null|null|1|1|0.00|1|0|0",
                "C1810|null|1|2|0.33|0|0|0",
                "E4710|null|2|4|1000.11|2|0|1");
        assertThat(totals(statistics)).isEqualTo("4|7|1000.44|3|0|1");
        // Money is a JSON number with exactly 2 decimals, never a binary float's 1000.1100000000001.
        assertThat(answer).contains("\"amountClaimed\":1000.11,").contains("\"amountClaimed\":0.00,");
        // The unit's own staff count the same without naming it; the desk's clerk too.
        assertThat(totals(read(desk.supervisor, STATISTICS + "?groupBy=INDUSTRY"))).isEqualTo("4|7|1000.44|3|0|1");
        assertThat(totals(read(desk.clerk, STATISTICS + "?groupBy=INDUSTRY"))).isEqualTo("4|7|1000.44|3|0|1");
    }

    @Test
    void sumsManySmallAmountsWithoutRoundingError() {
        for (int i = 0; i < 10; i++) {
            desk.register(against("某餐饮管理有限公司", null, "0.10", null));
            desk.register(against("某餐饮管理有限公司", null, "0.20", null));
        }

        JsonNode statistics = read(service(), STATISTICS + "?groupBy=REGION&unit=" + desk.unit);

        // In binary floating point 0.1 + 0.2 is 0.30000000000000004, and ten of them are not 3.
        assertThat(rows(statistics)).containsExactly("650102|null|20|20|3.00|20|0|0");
        assertThat(statistics.get("totals").get("amountClaimed").decimalValue())
                .isEqualByComparingTo(new BigDecimal("3.00"));
    }

    @Test
    void groupsByChinaCalendarMonthWithEmptyMonthsAsZero() {
        // 15:59:59Z is 23:59:59 on 28 February in China; 16:30Z is already 00:30 on 1 March.
        Map<?, ?> february = desk.register(against("某物流有限公司", null, "100.00", null));
        desk.receivedAt(february, Instant.parse("2026-02-28T15:59:59Z"));
        Map<?, ?> march = desk.register(against("某物流有限公司", null, "200.00", null));
        desk.receivedAt(march, Instant.parse("2026-02-28T16:30:00Z"));

        JsonNode months = read(service(), STATISTICS + "?groupBy=MONTH&from=2026-01-01&to=2026-03-31&unit=" + desk.unit);
        assertThat(months.get("period").get("from").asString()).isEqualTo("2026-01-01");
        assertThat(months.get("period").get("to").asString()).isEqualTo("2026-03-31");
        // Long past both due dates and never answered: two replies overdue each.
        assertThat(rows(months)).containsExactly(
                "2026-01|null|0|0|0.00|0|0|0",
                "2026-02|null|1|1|100.00|1|2|0",
                "2026-03|null|1|1|200.00|1|2|0");

        // Both ends of a period are whole China days.
        assertThat(totals(read(service(), STATISTICS + "?groupBy=REGION&from=2026-03-01&to=2026-03-01&unit="
                + desk.unit))).isEqualTo("1|1|200.00|1|2|0");
        assertThat(totals(read(service(), STATISTICS + "?groupBy=REGION&from=2026-02-01&to=2026-02-28&unit="
                + desk.unit))).isEqualTo("1|1|100.00|1|2|0");
    }

    @Test
    void theLast12MonthsUpToTodayByDefaultLabelledByChannel() {
        desk.register(letter());
        Map<String, Object> visit = letter();
        visit.put("channel", "VISIT");
        desk.register(visit);
        desk.receivedAt(desk.register(letter()), Instant.now().minusSeconds(400L * 86_400));

        JsonNode statistics = read(service(), STATISTICS + "?groupBy=CHANNEL&unit=" + desk.unit);

        assertThat(statistics.get("period").get("to").asString()).isEqualTo(TODAY.toString());
        assertThat(statistics.get("period").get("from").asString()).isEqualTo(TODAY.minusMonths(12).toString());
        assertThat(rows(statistics)).containsExactly("LETTER|来信|1|1|0.00|1|0|0", "VISIT|来访|1|1|0.00|1|0|0");
    }

    @Test
    void overdueRepliesAreCountedTodayPerStageUnitAndClerk() {
        Map<?, ?> late = desk.register(letter());
        desk.receivedDaysAgo(late, 10);
        desk.act(late, "assignment", Map.of("clerk", "clerk-a"));
        Map<?, ?> resultLate = desk.register(letter());
        desk.receivedDaysAgo(resultLate, 100);
        desk.reply(resultLate, "PROCEDURAL", TODAY.minusDays(98));
        Map<?, ?> bothLate = desk.register(letter());
        desk.receivedDaysAgo(bothLate, 100);
        desk.act(bothLate, "assignment", Map.of("clerk", "clerk-a"));
        // Merged and closed without a procedural reply: a closed petition owes nothing any more.
        Map<?, ?> merged = desk.register(letter());
        desk.receivedDaysAgo(merged, 100);
        desk.act(merged, "handling", Map.of("outcome", "MERGED", "mergedInto", bothLate.get("id")));
        desk.act(merged, "close", Map.of());
        desk.register(letter());

        JsonNode stages = read(service(), STATISTICS + "?groupBy=STAGE&unit=" + desk.unit);
        assertThat(rows(stages)).containsExactly(
                "CLOSED|已办结|1|1|0.00|0|0|0",
                "PROCEDURAL_REPLY_SENT|已程序性答复|1|1|0.00|1|1|0",
                "RECEIVED|已接收|3|3|0.00|3|3|0");

        JsonNode overdue = read(desk.supervisor, STATISTICS + "/overdue-replies");
        assertThat(overdue.get("asOf").asString()).isEqualTo(TODAY.toString());
        assertThat(overdue.get("unit").asString()).isEqualTo(desk.unit);
        // unit|clerk|petitions|procedural|result
        assertThat(overdueRows(overdue.get("units"))).containsExactly(desk.unit + "|null|3|2|2");
        assertThat(overdueRows(overdue.get("clerks"))).containsExactly(
                desk.unit + "|clerk-a|2|2|1", desk.unit + "|null|1|0|1");
        assertThat(overdue.get("totals").get("petitions").asLong()).isEqualTo(3);

        // A service names the unit to see its clerks; over every unit it sees units only.
        JsonNode named = read(service(), STATISTICS + "/overdue-replies?unit=" + desk.unit);
        assertThat(overdueRows(named.get("clerks"))).hasSize(2);
        JsonNode everyUnit = read(service(), STATISTICS + "/overdue-replies");
        assertThat(everyUnit.get("unit").isNull()).isTrue();
        assertThat(everyUnit.get("clerks").isEmpty()).isTrue();
        assertThat(overdueRows(everyUnit.get("units"))).contains(desk.unit + "|null|3|2|2");
    }

    @Test
    void employersAreTheirCreditCodeOrElseTheirNormalisedNameLabelledWithTheLatestName() {
        String code = UnitDesk.newCreditCode();
        desk.receivedDaysAgo(desk.register(against("旧名建筑公司", code, "1.00", null)), 2);
        // Without a code, but the name (blanks aside) is that of the only company of the period with it.
        desk.receivedDaysAgo(desk.register(against("新名 建筑公司", null, "2.00", null)), 1);
        desk.register(against("新名建筑公司", code, "4.00", 5));
        desk.receivedDaysAgo(desk.register(against("李某（包工头）", null, "8.00", null)), 1);
        desk.register(against("李某(包工头)", null, "16.00", null));
        desk.register(letter());

        JsonNode employers = read(service(), STATISTICS + "?groupBy=EMPLOYER&unit=" + desk.unit);

        assertThat(rows(employers)).containsExactly(
                "null|null|1|1|0.00|1|0|0",
                code + "|新名建筑公司|3|7|7.00|3|0|0",
                "李某(包工头)|李某(包工头)|2|2|24.00|2|0|0");
    }

    @Test
    void repeatEmployersHaveAtLeastSoManyPetitionsInTheLastMonths() {
        String often = UnitDesk.newCreditCode();
        String twice = UnitDesk.newCreditCode();
        String longAgo = UnitDesk.newCreditCode();
        desk.receivedDaysAgo(desk.register(against("甲建筑劳务有限公司", often, "100.00", 10)), 200);
        desk.receivedDaysAgo(desk.register(against("甲建筑劳务有限公司", often, "200.00", null)), 30);
        Map<String, Object> elsewhere = against("甲建筑劳务有限公司", often, "300.50", 2);
        elsewhere.put("regionCode", "650104");
        elsewhere.put("industryCode", "E4710");
        desk.register(elsewhere);
        desk.register(against("乙餐饮有限公司", twice, "1.00", null));
        desk.register(against("乙餐饮有限公司", twice, "1.00", null));
        desk.receivedDaysAgo(desk.register(against("丙物流有限公司", longAgo, "1.00", null)), 400);
        desk.receivedDaysAgo(desk.register(against("丙物流有限公司", longAgo, "1.00", null)), 20);
        desk.receivedDaysAgo(desk.register(against("丙物流有限公司", longAgo, "1.00", null)), 10);
        for (int i = 0; i < 3; i++) {
            desk.register(against("王某某（包工头）", null, "5.00", null));
        }

        JsonNode repeat = read(service(), STATISTICS + "/repeat-employers?unit=" + desk.unit);
        assertThat(repeat.get("minPetitions").asInt()).isEqualTo(3);
        assertThat(repeat.get("months").asInt()).isEqualTo(12);
        assertThat(repeat.get("period").get("from").asString()).isEqualTo(TODAY.minusMonths(12).toString());
        assertThat(keys(repeat.get("employers"))).containsExactly(often, "王某某(包工头)");
        JsonNode first = repeat.get("employers").get(0);
        assertThat(first.get("creditCode").asString()).isEqualTo(often);
        assertThat(first.get("name").asString()).isEqualTo("甲建筑劳务有限公司");
        assertThat(first.get("petitions").asLong()).isEqualTo(3);
        assertThat(first.get("workersAffected").asLong()).isEqualTo(13);
        assertThat(first.get("amountClaimed").decimalValue()).isEqualByComparingTo("600.50");
        assertThat(first.get("openPetitions").asLong()).isEqualTo(3);
        assertThat(first.get("firstReceivedOn").asString()).isEqualTo(TODAY.minusDays(200).toString());
        assertThat(first.get("lastReceivedOn").asString()).isEqualTo(TODAY.toString());
        assertThat(strings(first.get("units"))).containsExactly(desk.unit);
        assertThat(strings(first.get("regions"))).containsExactly("650102", "650104");
        assertThat(strings(first.get("industries"))).containsExactly("E4710");
        JsonNode gangBoss = repeat.get("employers").get(1);
        assertThat(gangBoss.get("creditCode").isNull()).isTrue();
        assertThat(gangBoss.get("name").asString()).isEqualTo("王某某（包工头）");

        assertThat(keys(read(service(), STATISTICS + "/repeat-employers?minPetitions=2&unit=" + desk.unit)
                .get("employers"))).containsExactly(often, "王某某(包工头)", twice, longAgo);
        assertThat(keys(read(desk.clerk, STATISTICS + "/repeat-employers?months=24").get("employers")))
                .containsExactly(often, "王某某(包工头)", longAgo);
    }

    @Test
    void staffCountTheirOwnUnitOnlyAndPartnerAgenciesNothing() {
        desk.register(letter());
        String other = UnitDesk.newUnit();
        RestTestClient procurator = http(Tokens.of("PROCURATOR", desk.unit));

        assertThat(totals(read(procurator, STATISTICS + "?groupBy=REGION"))).isEqualTo("1|1|0.00|1|0|0");
        for (String path : List.of(STATISTICS + "?groupBy=REGION&unit=", STATISTICS + "/overdue-replies?unit=",
                STATISTICS + "/repeat-employers?unit=")) {
            Map<?, ?> refused = procurator.get().uri(path + other).exchange().expectStatus().isForbidden()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody(Map.class).returnResult().getResponseBody();
            assertThat((String) refused.get("detail")).contains(other);
        }
        for (String path : List.of(STATISTICS + "?groupBy=REGION", STATISTICS + "/overdue-replies",
                STATISTICS + "/repeat-employers")) {
            http(Tokens.partnerAgency()).get().uri(path).exchange().expectStatus().isForbidden()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.type").isEqualTo("urn:problem-type:forbidden");
        }
        anonymous().get().uri(STATISTICS + "?groupBy=REGION").exchange().expectStatus().isUnauthorized();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "?groupBy=COUNTY                                   | groupBy",
            "?groupBy=REGION&from=2026-02-30                   | from",
            "?groupBy=REGION&to=tomorrow                       | to",
            "                                                  | groupBy"})
    void aValueOfTheWrongFormatOrAMissingGroupingIsABadRequestNamingIt(String query, String parameter) {
        Map<?, ?> problem = service().get().uri(STATISTICS + (query == null ? "" : query)).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat((String) problem.get("detail")).contains("参数 " + parameter);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "?groupBy=REGION&from=2026-03-02&to=2026-03-01    | from         | 不能晚于",
            "?groupBy=REGION&from=2020-01-01&to=2025-01-01    | from         | 5 年",
            "?groupBy=REGION&unit=1101                        | unit         | ",
            "/overdue-replies?unit=65A001                     | unit         | ",
            "/repeat-employers?minPetitions=1                 | minPetitions | ",
            "/repeat-employers?months=37                      | months       | "})
    void anInvalidParameterIsAValidationProblemNamingIt(String query, String field, String message) {
        Map<?, ?> problem = service().get().uri(STATISTICS + query).exchange()
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
        service().get().uri(STATISTICS + "?groupBy=REGION&from=2020-01-02&to=2025-01-01").exchange()
                .expectStatus().isOk();
    }

    @Test
    void theOperationsArePublishedInTheOpenApiDocument() {
        http().get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody(String.class)
                .value(docs -> assertThat(docs).contains("\"/api/petitions/statistics\"",
                        "\"/api/petitions/statistics/overdue-replies\"",
                        "\"/api/petitions/statistics/repeat-employers\""));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private RestTestClient service() {
        return http(Tokens.service());
    }

    private static String get(RestTestClient client, String uri) {
        return client.get().uri(uri).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    private static JsonNode read(RestTestClient client, String uri) {
        return JSON.readTree(get(client, uri));
    }

    /** Each row as key|label|petitions|workersAffected|amountClaimed|openPetitions|overdueReplies|routedToCases. */
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

    private static String figures(JsonNode node) {
        return node.get("petitions").asLong() + "|" + node.get("workersAffected").asLong() + "|"
                + node.get("amountClaimed").decimalValue().toPlainString() + "|"
                + node.get("openPetitions").asLong() + "|" + node.get("overdueReplies").asLong() + "|"
                + node.get("routedToCases").asLong();
    }

    /** unit|clerk|petitions|proceduralReplies|resultReplies. */
    private static List<String> overdueRows(JsonNode rows) {
        List<String> lines = new ArrayList<>();
        for (JsonNode row : rows) {
            lines.add(row.get("unit").asString() + "|" + (row.has("clerk") ? text(row.get("clerk")) : "null") + "|"
                    + row.get("petitions").asLong() + "|" + row.get("proceduralReplies").asLong() + "|"
                    + row.get("resultReplies").asLong());
        }
        return lines;
    }

    private static List<String> keys(JsonNode employers) {
        List<String> keys = new ArrayList<>();
        employers.forEach(employer -> keys.add(employer.get("key").asString()));
        return keys;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private static String text(JsonNode node) {
        return node.isNull() ? "null" : node.asString();
    }
}
