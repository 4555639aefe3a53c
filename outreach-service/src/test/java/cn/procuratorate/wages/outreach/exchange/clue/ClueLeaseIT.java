package cn.procuratorate.wages.outreach.exchange.clue;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.procuratorate.wages.common.remote.ServiceTokens;
import cn.procuratorate.wages.outreach.clients.PetitionReferralClient;
import cn.procuratorate.wages.outreach.exchange.ExchangeIT;
import cn.procuratorate.wages.outreach.exchange.clue.ClueQueue.Claim;
import cn.procuratorate.wages.outreach.exchange.clue.ClueSender.Outcome;
import cn.procuratorate.wages.outreach.exchange.feed.ExchangeFeed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two instances' senders on one database: each clue is delivered once, and a crashed sender's claim is taken over. */
class ClueLeaseIT extends ExchangeIT {

    @Autowired
    private ClueQueue queue;
    @Autowired
    private PetitionReferralClient petitions;
    @Autowired
    private ReferralRequests requests;
    @Autowired
    private ServiceTokens tokens;
    @Autowired
    private ExchangeFeed feed;
    @Autowired
    private ExchangeProperties properties;
    @Autowired
    private Clock clock;

    private ClueSender senderOf(String instance) {
        return new ClueSender(instance, queue, petitions, requests, tokens, feed, properties, clock);
    }

    /** Pushed while petition-service answered 503: pending, due 100 ms later; then it answers again. */
    private Map<Map<String, Object>, String> pendingClues(int count) {
        PETITION_SERVICE.stubFor(referral().willReturn(aResponse().withStatus(503)));
        Map<Map<String, Object>, String> ids = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> clue = newClue();
            ids.put(clue, (String) pushed(hrss(), clue, 201).get("id"));
        }
        // The breaker opened on the way; the outage is over now.
        breakers.circuitBreaker(PETITION_SERVICE_NAME).reset();
        PETITION_SERVICE.resetAll();
        return ids;
    }

    @Test
    void twoSendersRacingOverTheSameCluesDeliverEachExactlyOnce() throws Exception {
        Map<Map<String, Object>, String> clues = pendingClues(20);
        // A little latency, so that the two senders' calls overlap.
        PETITION_SERVICE.stubFor(referral().willReturn(petitionRegistered().withFixedDelay(20)));
        Thread.sleep(150);

        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> senders = new ArrayList<>();
            for (ClueSender sender : List.of(senderOf("instance-a"), senderOf("instance-b"))) {
                senders.add(() -> {
                    int delivered = 0;
                    for (Outcome outcome = sender.deliverNext(); outcome != Outcome.NOTHING_CLAIMED;
                            outcome = sender.deliverNext()) {
                        delivered += outcome == Outcome.DELIVERED ? 1 : 0;
                    }
                    return delivered;
                });
            }
            List<Integer> deliveredBy = new ArrayList<>();
            for (Future<Integer> sender : instances.invokeAll(senders)) {
                deliveredBy.add(sender.get());
            }
            // Both took part (the race was real), and together they sent every clue once.
            assertThat(deliveredBy).allSatisfy(count -> assertThat(count).isPositive());
        } finally {
            instances.shutdownNow();
        }
        clues.forEach((clue, id) -> {
            assertThat(referralsOf(clue)).as("referrals of clue %s", id).isEqualTo(1);
            assertThat(clue(hrss(), id).get("state")).isEqualTo("PETITION_REGISTERED");
        });
    }

    @Test
    void aCrashedSendersClaimIsTakenOverWhenItsLeaseEndsAndItsLateResultIsNotRecorded() throws Exception {
        Map.Entry<Map<String, Object>, String> pending = pendingClues(1).entrySet().iterator().next();
        String id = pending.getValue();
        PETITION_SERVICE.stubFor(referral().willReturn(petitionRegistered()));
        Thread.sleep(150);
        // An instance claims the delivery and dies before it records anything.
        Instant claimedAt = Instant.now(clock);
        int crashedAttempt = queue.claim(id, "crashed-instance", claimedAt, Duration.ofMillis(500)).orElseThrow()
                .delivery().attempts();

        ClueSender survivor = senderOf("surviving-instance");
        assertThat(survivor.deliver(id)).isEqualTo(Outcome.NOTHING_CLAIMED);
        await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(100))
                .until(() -> survivor.deliver(id) == Outcome.DELIVERED);
        assertThat(Duration.between(claimedAt, Instant.now(clock))).isGreaterThanOrEqualTo(Duration.ofMillis(500));

        // The crashed instance comes back with an outcome of its own: refused, as its lease is gone.
        assertThat(queue.refused(new Claim(id, "crashed-instance", crashedAttempt), 422, "late")).isFalse();
        assertThat(clue(hrss(), id).get("state")).isEqualTo("PETITION_REGISTERED");
        assertThat(referralsOf(pending.getKey())).isEqualTo(1);
    }
}
