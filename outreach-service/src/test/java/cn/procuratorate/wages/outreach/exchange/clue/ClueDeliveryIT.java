package cn.procuratorate.wages.outreach.exchange.clue;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.procuratorate.wages.outreach.exchange.ExchangeIT;
import cn.procuratorate.wages.outreach.exchange.clue.ClueSender.Outcome;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The delivery of clues to petition-service through the real client and its real configuration (timeouts, breaker,
 * fallback) against WireMock: registered, refused, not answered, too slow, and back again; then the petition followed
 * until it is a case.
 */
class ClueDeliveryIT extends ExchangeIT {

    @Autowired
    private ClueSender sender;
    @Autowired
    private ClueFollowUp followUp;
    @Autowired
    private MongoTemplate mongo;

    @Test
    void whenPetitionServiceAnswersTheClueIsRegisteredAtOnceWithTheServiceTokenAndItsIdentityIsErased() {
        Map<String, Object> clue = newClue();
        String petitionId = registersAs(clue);
        String agency = hrss();

        Map<?, ?> answer = pushed(agency, clue, 201);

        assertThat(answer.get("state")).isEqualTo("PETITION_REGISTERED");
        assertThat(answer.get("stateLabel")).isEqualTo("已登记为信访件");
        assertThat(answer.get("petitionId")).isEqualTo(petitionId);
        assertThat(answer.get("unit")).isEqualTo("110105");
        Map<?, ?> worker = (Map<?, ?>) clue.get("worker");
        // The platform's service token, never the agency's: an agency does not register petitions itself.
        PETITION_SERVICE.verify(postRequestedFor(urlPathEqualTo(REFERRALS))
                .withRequestBody(matchingJsonPath("$.agency", equalTo("hrss-agency")))
                .withRequestBody(matchingJsonPath("$.sector", equalTo("HRSS")))
                .withRequestBody(matchingJsonPath("$.clueId", equalTo((String) clue.get("clueId"))))
                .withRequestBody(matchingJsonPath("$.worker.name", equalTo("李四")))
                .withRequestBody(matchingJsonPath("$.worker.residentId", equalTo((String) worker.get("residentId"))))
                .withRequestBody(matchingJsonPath("$.worker.phone", equalTo((String) worker.get("phone"))))
                .withRequestBody(matchingJsonPath("$.employer.creditCode", equalTo(CREDIT_CODE)))
                .withRequestBody(matchingJsonPath("$.employer.address", equalTo("北京市朝阳区某路1号")))
                .withRequestBody(matchingJsonPath("$.regionCode", equalTo("110105")))
                .withRequestBody(matchingJsonPath("$.arrearsFrom", equalTo((String) clue.get("arrearsFrom"))))
                .withRequestBody(matchingJsonPath("$.amountOwed", equalTo("24000.00")))
                .withRequestBody(matchingJsonPath("$.receivedAt", matching("\\d{4}-.+Z"))));
        assertThat(referralsOf(clue)).isEqualTo(1);
        assertThat(PETITION_SERVICE.findAll(postRequestedFor(urlPathEqualTo(REFERRALS))).get(0)
                .getHeader("Authorization")).matches(ExchangeIT::isServiceToken);
        assertThat(sender.deliver((String) answer.get("id"))).isEqualTo(Outcome.NOTHING_CLAIMED);

        // Sealed while it waited; erased once the petition holds it.
        Document stored = mongo.findOne(Query.query(Criteria.where("_id").is(new ObjectId((String) answer.get("id")))),
                Document.class, "exchange_clues");
        assertThat(stored.get("worker", Document.class)).doesNotContainKeys("residentId", "phone")
                .containsEntry("name", "李四");
        assertThat(stored.toJson()).doesNotContain((String) worker.get("residentId"))
                .doesNotContain((String) worker.get("phone"));
    }

    @Test
    void aServerErrorLeavesTheCluePendingAndSealedAndTheSenderDeliversItLater() {
        PETITION_SERVICE.stubFor(referral().willReturn(aResponse().withStatus(500)));
        Map<String, Object> clue = newClue();

        Map<?, ?> answer = pushed(hrss(), clue, 201);
        assertThat(answer.get("state")).isEqualTo("PENDING");
        assertThat(answer.get("petitionId")).isNull();
        Document stored = mongo.findOne(Query.query(Criteria.where("_id").is(new ObjectId((String) answer.get("id")))),
                Document.class, "exchange_clues");
        Document worker = stored.get("worker", Document.class);
        assertThat(worker.get("residentId", Document.class)).containsKeys("ciphertext", "hash");
        assertThat(stored.toJson()).doesNotContain((String) ((Map<?, ?>) clue.get("worker")).get("residentId"));
        assertThat(stored.get("delivery", Document.class)).containsEntry("lastError", "HTTP 500")
                .containsEntry("attempts", 1);

        String petitionId = registersAs(clue);
        // The scheduled sender's way: on a thread with no user.
        await().atMost(Duration.ofSeconds(5)).until(() -> sender.deliver((String) answer.get("id"))
                .equals(Outcome.DELIVERED));

        Map<?, ?> delivered = clue(hrss(), answer.get("id"));
        assertThat(delivered.get("state")).isEqualTo("PETITION_REGISTERED");
        assertThat(delivered.get("petitionId")).isEqualTo(petitionId);
        assertThat(referralsOf(clue)).isEqualTo(2);
        assertThat(PETITION_SERVICE.findAll(postRequestedFor(urlPathEqualTo(REFERRALS))))
                .allSatisfy(request -> assertThat(request.getHeader("Authorization")).matches(ExchangeIT::isServiceToken));
    }

    @Test
    void aPetitionServiceSlowerThanTheReadTimeoutLeavesCluesPendingOpensTheBreakerAndTheyGoOutWhenItRecovers() {
        PETITION_SERVICE.stubFor(referral().willReturn(petitionRegistered().withFixedDelay(1_500)));
        List<Map<String, Object>> clues = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Map<String, Object> clue = newClue();
            long started = System.nanoTime();
            Map<?, ?> answer = pushed(hrss(), clue, 201);
            // The agency waits for the read timeout (500 ms here), not for petition-service.
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1_400));
            assertThat(answer.get("state")).isEqualTo("PENDING");
            clues.add(clue);
            ids.add((String) answer.get("id"));
        }
        assertThat(breakers.circuitBreaker(PETITION_SERVICE_NAME).getState()).isEqualTo(CircuitBreaker.State.OPEN);

        // While it is open, petition-service is not even called: the clue is kept all the same.
        Map<String, Object> whileOpen = newClue();
        Map<?, ?> answer = pushed(hrss(), whileOpen, 201);
        assertThat(answer.get("state")).isEqualTo("PENDING");
        assertThat(referralsOf(whileOpen)).isZero();
        assertThat(mongo.findOne(Query.query(Criteria.where("_id").is(new ObjectId((String) answer.get("id")))),
                Document.class, "exchange_clues").get("delivery", Document.class))
                .containsEntry("lastError", "circuit breaker open");
        clues.add(whileOpen);
        ids.add((String) answer.get("id"));

        PETITION_SERVICE.resetAll();
        clues.forEach(ExchangeIT::registersAs);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            ids.forEach(sender::deliver);
            assertThat(ids).allSatisfy(id -> assertThat(clue(hrss(), id).get("state")).isEqualTo("PETITION_REGISTERED"));
        });
        assertThat(breakers.circuitBreaker(PETITION_SERVICE_NAME).getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aRefusalIsShownWithPetitionServicesReasonNeverRetriedAndDoesNotTripTheBreaker() {
        PETITION_SERVICE.stubFor(referral().willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"urn:problem-type:validation\",\"status\":400,\"detail\":\"请求中有不符合要求的字段。\","
                        + "\"errors\":[{\"field\":\"regionCode\",\"message\":\"行政区划代码无效\"}]}")));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Map<?, ?> answer = pushed(hrss(), newClue(), 201);
            assertThat(answer.get("state")).isEqualTo("REFUSED");
            assertThat(answer.get("refusalStatus")).isEqualTo(400);
            assertThat((String) answer.get("refusalDetail")).contains("请求中有不符合要求的字段", "regionCode：行政区划代码无效");
            ids.add((String) answer.get("id"));
        }

        assertThat(breakers.circuitBreaker(PETITION_SERVICE_NAME).getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        for (String id : ids) {
            assertThat(sender.deliver(id)).isEqualTo(Outcome.NOTHING_CLAIMED);
        }
        assertThat(PETITION_SERVICE.findAll(postRequestedFor(urlPathEqualTo(REFERRALS)))).hasSize(5);
    }

    @Test
    void theFollowUpRecordsTheCaseThePetitionWasRoutedIntoAndThenStopsLooking() {
        Map<String, Object> clue = newClue();
        String petitionId = registersAs(clue);
        Object id = pushed(hrss(), clue, 201).get("id");
        petitionStands(petitionId, "RECEIVED", null, null, null);
        FollowUps.allDue(followUp);
        assertThat(clue(hrss(), id).get("state")).isEqualTo("PETITION_REGISTERED");

        petitionRoutedIntoCase(petitionId);
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(150)).untilAsserted(() -> {
            FollowUps.allDue(followUp);
            assertThat(clue(hrss(), id).get("state")).isEqualTo("CASE_OPENED");
        });

        Map<?, ?> opened = clue(hrss(), id);
        assertThat(opened.get("stateLabel")).isEqualTo("已转为案件办理");
        assertThat(opened.get("caseNumber")).isEqualTo("110105-2026-00012");
        // With the service token, asking about this petition among others.
        assertThat(PETITION_SERVICE.findAll(getRequestedFor(urlPathEqualTo(REFERRALS))))
                .allSatisfy(request -> assertThat(request.getHeader("Authorization")).matches(ExchangeIT::isServiceToken))
                .anySatisfy(request -> assertThat(request.getUrl()).contains("ids=" + petitionId));
        int asked = PETITION_SERVICE.findAll(getRequestedFor(urlPathEqualTo(REFERRALS))).size();
        FollowUps.allDue(followUp);
        assertThat(PETITION_SERVICE.findAll(getRequestedFor(urlPathEqualTo(REFERRALS))).stream()
                .skip(asked).filter(request -> request.getUrl().contains(petitionId))).isEmpty();
    }

    @Test
    void aPetitionHandledWithoutACaseEndsTheFollowUpWithItsOutcome() {
        Map<String, Object> clue = newClue();
        String petitionId = registersAs(clue);
        Object id = pushed(hrss(), clue, 201).get("id");

        petitionStands(petitionId, "HANDLED", "TRANSFERRED", null, null);
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(150)).untilAsserted(() -> {
            FollowUps.allDue(followUp);
            assertThat(clue(hrss(), id).get("state")).isEqualTo("HANDLED_WITHOUT_CASE");
        });
        assertThat(clue(hrss(), id).get("outcome")).isEqualTo("TRANSFERRED");
    }
}
