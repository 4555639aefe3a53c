package cn.procuratorate.wages.petitions.referral;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.petitions.petition.Petition;
import cn.procuratorate.wages.petitions.petition.PetitionerIds;
import cn.procuratorate.wages.testing.CaseServiceCallerIT;
import cn.procuratorate.wages.testing.Downstream;
import cn.procuratorate.wages.testing.TestTokens;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** outreach-service delivers partner agencies' clues here: one petition per clue, and where each one stands. */
class ReferralIT extends CaseServiceCallerIT {

    private static final AtomicInteger CLUES = new AtomicInteger();
    private static final String CREDIT_CODE = "91110108551385082Q";

    @Autowired
    private MongoTemplate mongo;

    private final JsonMapper json = JsonMapper.builder().build();

    /** A clue no other test uses (tests share the database), with a worker born on a day of its own. */
    static Map<String, Object> referral() {
        int n = CLUES.incrementAndGet();
        Map<String, Object> body = new HashMap<>();
        body.put("agency", "hrss-agency");
        body.put("sector", "HRSS");
        body.put("clueId", "RS-IT-" + n + "-" + System.nanoTime());
        body.put("worker", Map.of("name", "李四", "residentId",
                PetitionerIds.born(String.format("1975%02d%02d", 1 + n / 28 % 12, 1 + n % 28)), "phone",
                "13900001111"));
        body.put("employer", Map.of("name", "某市政工程有限公司", "creditCode", CREDIT_CODE, "address", "朝阳区某路1号"));
        body.put("projectName", "某道路改造工程");
        body.put("regionCode", "110105");
        body.put("industryCode", "E4812");
        body.put("arrearsFrom", "2026-03");
        body.put("arrearsTo", "2026-06");
        body.put("amountOwed", "24000.00");
        body.put("workersAffected", 1);
        body.put("workDescription", "在道路改造工程做钢筋工，四个月工资未发");
        body.put("receivedAt", Instant.now().minusSeconds(60).toString());
        return body;
    }

    private RestTestClient.ResponseSpec refer(String token, Map<String, Object> body) {
        return http(token).post().uri("/api/petitions/referrals").contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange();
    }

    private Map<?, ?> referred(Map<String, Object> body, int status) {
        return refer(TestTokens.service(), body).expectStatus().isEqualTo(status).expectBody(Map.class)
                .returnResult().getResponseBody();
    }

    @Test
    void aClueBecomesAReferralPetitionOfItsRegionsUnitWithWhatTheAgencySaid() {
        Map<String, Object> clue = referral();
        Map<?, ?> receipt = referred(clue, 201);

        assertThat(receipt.get("unit")).isEqualTo("110105");
        assertThat(Instant.parse((String) receipt.get("receivedAt")))
                .isEqualTo(Instant.parse((String) clue.get("receivedAt")).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        Map<?, ?> petition = http(TestTokens.staff("CLERK")).get().uri("/api/petitions/{id}", receipt.get("petitionId"))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(petition.get("channel")).isEqualTo("PARTNER_REFERRAL");
        assertThat(petition.get("petitionerName")).isEqualTo("李四");
        assertThat((String) petition.get("petitionerResidentId")).startsWith("110105").contains("*");
        assertThat(petition.get("employerName")).isEqualTo("某市政工程有限公司");
        assertThat(petition.get("employerCreditCode")).isEqualTo(CREDIT_CODE);
        assertThat(petition.get("industryCode")).isEqualTo("E4812");
        assertThat(petition.get("monthsOwed")).isEqualTo(4);
        assertThat(petition.get("amountOwed")).isEqualTo(24000.0);
        assertThat((String) petition.get("summary")).contains("钢筋工", "hrss-agency", (String) clue.get("clueId"),
                "2026-03 至 2026-06", "朝阳区某路1号");
        assertThat(petition.get("priority")).isNotNull();
        assertThat(((Map<?, ?>) petition.get("proceduralReply")).get("due"))
                .isEqualTo(receipt.get("proceduralReplyDue"));
    }

    @Test
    void theSameClueDeliveredAgainIsTheSamePetition() {
        Map<String, Object> clue = referral();
        Object first = referred(clue, 201).get("petitionId");

        assertThat(referred(clue, 200).get("petitionId")).isEqualTo(first);
        assertThat(referred(clue, 200).get("petitionId")).isEqualTo(first);
        assertThat(petitionsOf(clue)).isEqualTo(1);
    }

    @Test
    void deliveriesOfOneClueAtTheSameMomentMakeOnePetition() throws Exception {
        Map<String, Object> clue = referral();
        ExecutorService senders = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Object>> deliveries = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                deliveries.add(() -> refer(TestTokens.service(), clue).expectBody(Map.class).returnResult()
                        .getResponseBody().get("petitionId"));
            }
            Set<Object> petitionIds = new HashSet<>();
            for (Future<Object> delivery : senders.invokeAll(deliveries)) {
                petitionIds.add(delivery.get());
            }
            assertThat(petitionIds).hasSize(1).doesNotContainNull();
        } finally {
            senders.shutdownNow();
        }
        assertThat(petitionsOf(clue)).isEqualTo(1);
    }

    @Test
    void onlyThePlatformsServicesReferClues() {
        Map<String, Object> clue = referral();
        refer(TestTokens.staff("CLERK"), clue).expectStatus().isForbidden();
        refer(TestTokens.token().subject("hrss-agency").roles("PARTNER_AGENCY").sector("HRSS").sign(), clue)
                .expectStatus().isForbidden();
        http(TestTokens.staff("SUPERVISOR")).get().uri("/api/petitions/referrals?ids=6560a1f2c3d4e5f6012345a1")
                .exchange().expectStatus().isForbidden();
        assertThat(petitionsOf(clue)).isZero();
    }

    @Test
    void anInvalidClueIs400NamingTheFieldAndNoPetition() {
        Map<String, Object> clue = referral();
        clue.put("worker", Map.of("name", "李四", "residentId", PetitionerIds.withWrongCheckCharacter(
                PetitionerIds.born("19750101")), "phone", "13900001111"));
        clue.put("arrearsFrom", "2026-07");

        refer(TestTokens.service(), clue).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field == 'worker.residentId')]").exists()
                .jsonPath("$.errors[?(@.field == 'arrearsPeriodInOrder')]").exists();
        assertThat(petitionsOf(clue)).isZero();
    }

    @Test
    void theStatusOfReferredPetitionsShowsTheCaseTheyWereRoutedIntoAndLeavesOtherPetitionsOut() throws Exception {
        String referredId = (String) referred(referral(), 201).get("petitionId");
        String waiting = (String) referred(referral(), 201).get("petitionId");
        CASE_SERVICE.stubFor(post(urlPathMatching("/api/cases/from-petition/.*")).willReturn(aResponse()
                .withStatus(201).withHeader("Content-Type", "application/json")
                .withBody(Downstream.contract("case-service", "case-from-petition.json"))));
        http(TestTokens.staff("CLERK")).post().uri("/api/petitions/{id}/routing", referredId).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("caseType", "WAGE_CRIME", "industryCode", "E4812", "employerKind", "COMPANY",
                        "employerCreditCode", CREDIT_CODE))
                .exchange().expectStatus().isOk();
        String letter = (String) http(TestTokens.staff("CLERK")).post().uri("/api/petitions")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("channel", "LETTER", "petitionerName", "王五",
                        "summary", "工资未发", "regionCode", "110105"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id");

        String answer = http(TestTokens.service()).get()
                .uri("/api/petitions/referrals?ids={a},{b},{c}", referredId, waiting, letter)
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        JsonNode statuses = json.readTree(answer);
        assertThat(statuses).hasSize(2);
        for (JsonNode status : statuses) {
            if (status.get("petitionId").asString().equals(referredId)) {
                assertThat(status.get("stage").asString()).isEqualTo("HANDLED");
                assertThat(status.get("outcome").asString()).isEqualTo("ROUTED_TO_CASE");
                assertThat(status.get("routingState").asString()).isEqualTo("DELIVERED");
                assertThat(status.get("caseNumber").asString()).isEqualTo("110105-2026-00012");
                // outreach-service's stubs answer with this example: the real answer has its every field and type.
                assertSameShape(json.readTree(Downstream.contract("petition-service", "referral-statuses.json")).get(0),
                        status, "$[0]");
            } else {
                assertThat(status.get("petitionId").asString()).isEqualTo(waiting);
                assertThat(status.get("stage").asString()).isEqualTo("RECEIVED");
                assertThat(status.get("caseNumber").isNull()).isTrue();
            }
        }
    }

    @Test
    void theReceiptHasEveryFieldOutreachServiceReads() throws Exception {
        String answer = refer(TestTokens.service(), referral()).expectStatus().isCreated().expectBody(String.class)
                .returnResult().getResponseBody();

        assertSameShape(json.readTree(Downstream.contract("petition-service", "referral.json")), json.readTree(answer),
                "$");
    }

    private long petitionsOf(Map<String, Object> clue) {
        return mongo.count(Query.query(Criteria.where(Petition.REFERRAL_KEY).is("hrss-agency/" + clue.get("clueId"))),
                Petition.class);
    }

    private static void assertSameShape(JsonNode example, JsonNode actual, String path) {
        assertThat(actual.getNodeType()).as("JSON type at %s", path).isEqualTo(example.getNodeType());
        for (String field : example.propertyNames()) {
            assertThat(actual.has(field)).as("field %s.%s", path, field).isTrue();
            assertSameShape(example.get(field), actual.get(field), path + "." + field);
        }
    }
}
