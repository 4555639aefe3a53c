package cn.procuratorate.wages.outreach.exchange.clue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.outreach.exchange.ExchangeIT;
import cn.procuratorate.wages.outreach.exchange.WorkerIds;
import cn.procuratorate.wages.testing.AuditLogEntries;
import cn.procuratorate.wages.testing.TestTokens;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;

/** A partner agency pushes clues: acknowledged, once per clue id, checked field by field and against its sector. */
class ClueApiIT extends ExchangeIT {

    @Autowired
    private MongoTemplate mongo;

    private long stored(Map<String, Object> clue) {
        return mongo.count(Query.query(Criteria.where("agency").is("hrss-agency").and("clueId").is(clue.get("clueId"))),
                "exchange_clues");
    }

    @Test
    void aClueIsAcknowledgedWithItsIdAndOnlyItsAgencyReadsIt() {
        Map<String, Object> clue = newClue();
        registersAs(clue);

        Map<?, ?> answer = push(hrss(), clue).expectStatus().isCreated()
                .expectHeader().value("Location", location -> assertThat(location).startsWith("/api/outreach/exchange/clues/"))
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat((String) answer.get("id")).matches("[0-9a-f]{24}");
        assertThat(answer.get("clueId")).isEqualTo(clue.get("clueId"));
        assertThat(answer.get("receivedAt")).isNotNull();
        // Nothing of the worker comes back: the agency sent it, and answers are logged and cached in many places.
        assertThat(answer.toString()).doesNotContain((String) ((Map<?, ?>) clue.get("worker")).get("residentId"))
                .doesNotContain("李四");
        assertThat(clue(hrss(), answer.get("id")).get("clueId")).isEqualTo(clue.get("clueId"));
        http(agency("housing-agency", "HOUSING")).get().uri("/api/outreach/exchange/clues/{id}", answer.get("id"))
                .exchange().expectStatus().isNotFound();
        http(TestTokens.staff("SUPERVISOR")).get().uri("/api/outreach/exchange/clues/{id}", answer.get("id"))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void theSameClueIdTwiceIsOneClueAnsweredAgainWith200() {
        Map<String, Object> clue = newClue();
        registersAs(clue);
        Object id = pushed(hrss(), clue, 201).get("id");

        Map<?, ?> again = pushed(hrss(), clue, 200);

        assertThat(again.get("id")).isEqualTo(id);
        assertThat(again.get("state")).isEqualTo("PETITION_REGISTERED");
        assertThat(stored(clue)).isEqualTo(1);
        assertThat(referralsOf(clue)).isEqualTo(1);
    }

    @Test
    void pushesOfOneClueAtTheSameMomentAreOneClue() throws Exception {
        Map<String, Object> clue = newClue();
        registersAs(clue);
        ExecutorService agencies = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Object>> pushes = Stream.<Callable<Object>>generate(() -> () -> push(hrss(), clue)
                    .expectBody(Map.class).returnResult().getResponseBody().get("id")).limit(4).toList();
            Set<Object> ids = new HashSet<>();
            for (Future<Object> pushed : agencies.invokeAll(pushes)) {
                ids.add(pushed.get());
            }
            assertThat(ids).hasSize(1).doesNotContainNull();
        } finally {
            agencies.shutdownNow();
        }
        assertThat(stored(clue)).isEqualTo(1);
    }

    @Test
    void theSameClueIdWithOtherContentIs422AndChangesNothing() {
        Map<String, Object> clue = newClue();
        registersAs(clue);
        Object id = pushed(hrss(), clue, 201).get("id");
        clue.put("amountOwed", "99999.00");

        push(hrss(), clue).expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:problem-type:rule-violation")
                .jsonPath("$.field").isEqualTo("clueId");
        assertThat(stored(clue)).isEqualTo(1);
        assertThat(clue(hrss(), id).get("state")).isEqualTo("PETITION_REGISTERED");
    }

    static Stream<Arguments> invalidClues() {
        YearMonth thisMonth = YearMonth.now(java.time.ZoneId.of("Asia/Shanghai"));
        return Stream.of(
                invalid("employer.creditCode", clue -> employer(clue).put("creditCode", "91110108551385082A")),
                invalid("employer.creditCode", clue -> employer(clue).remove("creditCode")),
                invalid("employer.name", clue -> employer(clue).put("name", " ")),
                invalid("employer", clue -> clue.remove("employer")),
                invalid("worker.residentId", clue -> worker(clue).put("residentId",
                        WorkerIds.withWrongCheckCharacter((String) worker(clue).get("residentId")))),
                invalid("worker.residentId", clue -> worker(clue).remove("residentId")),
                invalid("worker.phone", clue -> worker(clue).put("phone", "12345")),
                invalid("worker.name", clue -> worker(clue).remove("name")),
                invalid("amountOwed", clue -> clue.put("amountOwed", "0")),
                invalid("amountOwed", clue -> clue.put("amountOwed", "-1200.00")),
                invalid("amountOwed", clue -> clue.put("amountOwed", "1200.005")),
                invalid("amountOwed", clue -> clue.put("amountOwed", "一万")),
                invalid("amountOwed", clue -> clue.remove("amountOwed")),
                invalid("arrearsFrom", clue -> clue.put("arrearsFrom", "2026-13")),
                invalid("arrearsTo", clue -> clue.put("arrearsTo", thisMonth.minusMonths(6).toString())),
                invalid("arrearsTo", clue -> clue.put("arrearsTo", thisMonth.plusMonths(1).toString())),
                invalid("regionCode", clue -> clue.put("regionCode", "1101")),
                invalid("industryCode", clue -> clue.put("industryCode", "Z99")),
                invalid("workDescription", clue -> clue.remove("workDescription")),
                invalid("clueId", clue -> clue.put("clueId", "线索 1")),
                invalid("sector", clue -> clue.put("sector", "POLICE")));
    }

    private static Arguments invalid(String field, Consumer<Map<String, Object>> change) {
        return Arguments.of(field, change);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> employer(Map<String, Object> clue) {
        return (Map<String, Object>) clue.get("employer");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> worker(Map<String, Object> clue) {
        return (Map<String, Object>) clue.get("worker");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidClues")
    void anInvalidFieldIs400NamingItAndNothingIsStoredOrSent(String field, Consumer<Map<String, Object>> change) {
        Map<String, Object> clue = newClue();
        change.accept(clue);

        push(hrss(), clue).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:problem-type:validation")
                .jsonPath("$.errors[*].field").value(fields -> assertThat((List<String>) fields).contains(field));
        assertThat(mongo.count(Query.query(Criteria.where("clueId").is(clue.get("clueId"))), "exchange_clues")).isZero();
        assertThat(referralsOf(clue)).isZero();
    }

    @Test
    void aClueOfAnotherSectorThanTheAgencysIs403NamingTheSectorAndNothingIsStored() {
        Map<String, Object> clue = newClue();
        clue.put("sector", "HOUSING");

        push(hrss(), clue).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:problem-type:forbidden")
                .jsonPath("$.errors[0].field").isEqualTo("sector")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("HOUSING", "HRSS"));
        assertThat(stored(clue)).isZero();
        assertThat(referralsOf(clue)).isZero();
    }

    @Test
    void onlyPartnerAgencyTokensWithASectorPushClues() {
        Map<String, Object> clue = newClue();
        push(TestTokens.staff("SUPERVISOR"), clue).expectStatus().isForbidden();
        push(TestTokens.service(), clue).expectStatus().isForbidden();
        push(TestTokens.token().subject("hrss-agency").roles("PARTNER_AGENCY").sign(), clue).expectStatus()
                .isForbidden();
        anonymous().post().uri("/api/outreach/exchange/clues").contentType(MediaType.APPLICATION_JSON).body(clue)
                .exchange().expectStatus().isUnauthorized();
        assertThat(stored(clue)).isZero();
    }

    @Test
    void aPushIsAuditedWithTheAgencyAndBothIdsOfTheClue() {
        Map<String, Object> clue = newClue();
        registersAs(clue);
        String requestId = AuditLogEntries.newRequestId();

        Object id = http(hrss()).post().uri("/api/outreach/exchange/clues").header("X-Request-Id", requestId)
                .contentType(MediaType.APPLICATION_JSON).body(clue).exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id");

        Document entry = new AuditLogEntries(mongo).awaitOne(requestId);
        assertThat(entry).containsEntry("subject", "hrss-agency").containsEntry("method", "POST")
                .containsEntry("route", "/api/outreach/exchange/clues").containsEntry("status", 201)
                .containsEntry("resourceId", id).containsEntry("action", "exchange.clue-received")
                .containsEntry("detail", "clue " + clue.get("clueId") + " as " + id);
        assertThat(entry.toJson()).doesNotContain((String) worker(clue).get("residentId"));
    }
}
