package cn.procuratorate.wages.petitions.routing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.procuratorate.wages.petitions.clients.CaseServiceClient;
import cn.procuratorate.wages.petitions.petition.TimelineEntry;
import cn.procuratorate.wages.petitions.routing.RoutingQueue.Claim;
import cn.procuratorate.wages.petitions.routing.RoutingSender.Outcome;
import cn.procuratorate.wages.testing.TestTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Two instances' senders on one database: each delivery goes out once, and a crashed sender's claim is taken over. */
class RoutingLeaseIT extends RoutingIT {


    /** After injection: the port is known only then. */
    private RestTestClient clerk() {
        return http(TestTokens.staff("CLERK"));
    }

    @Autowired
    private RoutingQueue queue;
    @Autowired
    private CaseServiceClient cases;
    @Autowired
    private NewCaseRequests requests;
    @Autowired
    private RoutingProperties properties;
    @Autowired
    private Clock clock;

    private RoutingSender senderOf(String instance) {
        return new RoutingSender(instance, queue, cases, requests, properties, clock);
    }

    /** Routed while case-service answered 503: pending, due 100 ms later. */
    private List<String> pendingRoutings(int count) {
        CASE_SERVICE.stubFor(fromPetition().willReturn(aResponse().withStatus(503)));
        List<String> petitions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String petition = register(clerk(), residentId());
            route(clerk(), petition).expectStatus().isAccepted();
            petitions.add(petition);
        }
        // The breaker opened on the way; the outage is over now.
        breakers.circuitBreaker(CASE_SERVICE_NAME).reset();
        CASE_SERVICE.resetAll();
        return petitions;
    }

    @Test
    void twoSendersRacingOverTheSameRoutingsDeliverEachExactlyOnce() throws Exception {
        List<String> petitions = pendingRoutings(20);
        // A little latency, so that the two senders' calls overlap.
        CASE_SERVICE.stubFor(fromPetition().willReturn(createdCase().withFixedDelay(20)));
        Thread.sleep(150);

        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> senders = new ArrayList<>();
            for (RoutingSender sender : List.of(senderOf("instance-a"), senderOf("instance-b"))) {
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
            // Both took part (the race was real), and together they sent every routing once.
            assertThat(deliveredBy).allSatisfy(count -> assertThat(count).isPositive());
        } finally {
            instances.shutdownNow();
        }
        for (String petition : petitions) {
            assertThat(postsFor(petition)).as("POSTs for petition %s", petition).isEqualTo(1);
            Map<?, ?> routing = routingOf(clerk(), petition);
            assertThat(routing.get("state")).isEqualTo("DELIVERED");
            assertThat(routing.get("attempts")).isEqualTo(2);
        }
    }

    @Test
    void aCrashedSendersClaimIsTakenOverWhenItsLeaseEndsAndItsLateResultIsNotRecorded() throws Exception {
        String petition = pendingRoutings(1).get(0);
        CASE_SERVICE.stubFor(fromPetition().willReturn(createdCase()));
        Thread.sleep(150);
        // An instance claims the delivery and dies before it records anything.
        Instant claimedAt = Instant.now(clock);
        int crashedAttempt = queue.claim(petition, "crashed-instance", claimedAt, Duration.ofMillis(500))
                .orElseThrow().routing().attempts();

        RoutingSender survivor = senderOf("surviving-instance");
        assertThat(survivor.deliver(petition)).isEqualTo(Outcome.NOTHING_CLAIMED);
        assertThat(survivor.deliverNext()).isNotEqualTo(Outcome.DELIVERED);
        await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(100))
                .until(() -> survivor.deliver(petition) == Outcome.DELIVERED);
        assertThat(Duration.between(claimedAt, Instant.now(clock))).isGreaterThanOrEqualTo(Duration.ofMillis(500));

        // The crashed instance comes back with an outcome of its own: refused, as its lease is gone.
        boolean recorded = queue.refused(new Claim(petition, "crashed-instance", crashedAttempt), 422, "late",
                new TimelineEntry(Instant.now(clock), "case-service", "SERVICE", "ROUTING_REFUSED", "late"));
        assertThat(recorded).isFalse();
        Map<?, ?> routing = routingOf(clerk(), petition);
        assertThat(routing.get("state")).isEqualTo("DELIVERED");
        assertThat(routing.get("caseNumber")).isEqualTo("110105-2026-00012");
        assertThat(routing.get("attempts")).isEqualTo(crashedAttempt + 1);
        assertThat(postsFor(petition)).isEqualTo(1);
    }
}
