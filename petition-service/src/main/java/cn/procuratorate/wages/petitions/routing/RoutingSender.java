package cn.procuratorate.wages.petitions.routing;

import cn.procuratorate.wages.common.remote.RemoteCallFailures;
import cn.procuratorate.wages.petitions.clients.CaseRefused;
import cn.procuratorate.wages.petitions.clients.CaseServiceClient;
import cn.procuratorate.wages.petitions.clients.CaseServiceClient.CreatedCase;
import cn.procuratorate.wages.petitions.petition.Petition;
import cn.procuratorate.wages.petitions.petition.RoutingRequested;
import cn.procuratorate.wages.petitions.petition.TimelineEntry;
import cn.procuratorate.wages.petitions.routing.RoutingQueue.Claim;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Delivers routed petitions to case-service, one claimed petition at a time: right after the clerk routes one (in
 * the clerk's request, so with the clerk's token) and from the scheduled sender (without a user, so with the
 * service token). Both claim through {@link RoutingQueue}, so a delivery is attempted by one of them at a time, and
 * case-service's idempotency by petition id makes a repeated attempt (after a lost lease) open no second case.
 */
@Component
class RoutingSender {

    /** What one attempt came to. */
    enum Outcome {
        /** Nothing was due, or another sender holds it. */
        NOTHING_CLAIMED,
        DELIVERED,
        REFUSED,
        /** case-service did not answer; pending again, after a backoff. */
        RETRY_LATER
    }

    private static final Logger log = LoggerFactory.getLogger(RoutingSender.class);

    private final String owner;
    private final RoutingQueue queue;
    private final CaseServiceClient cases;
    private final NewCaseRequests requests;
    private final RoutingProperties properties;
    private final Clock clock;

    @Autowired
    RoutingSender(RoutingQueue queue, CaseServiceClient cases, NewCaseRequests requests,
            RoutingProperties properties, Clock clock) {
        this(instanceId(), queue, cases, requests, properties, clock);
    }

    RoutingSender(String owner, RoutingQueue queue, CaseServiceClient cases, NewCaseRequests requests,
            RoutingProperties properties, Clock clock) {
        this.owner = owner;
        this.queue = queue;
        this.cases = cases;
        this.requests = requests;
        this.properties = properties;
        this.clock = clock;
    }

    /** Claims the delivery that has waited longest among those due, and attempts it. */
    Outcome deliverNext() {
        return attempt(queue.claimNext(owner, now(), properties.lease()));
    }

    /** Attempts this petition's delivery if it is due and no other sender holds it. */
    Outcome deliver(String petitionId) {
        return attempt(queue.claim(petitionId, owner, now(), properties.lease()));
    }

    /** Right after the clerk routed a petition. The routing is already recorded, so a failure here loses nothing. */
    @EventListener
    void onRoutingRequested(RoutingRequested routed) {
        try {
            deliver(routed.petitionId());
        } catch (RuntimeException e) {
            log.warn("Routing of petition {} not attempted at once ({}); the scheduled sender will",
                    routed.petitionId(), e.getClass().getSimpleName());
        }
    }

    private Outcome attempt(Optional<Petition> claimed) {
        if (claimed.isEmpty()) {
            return Outcome.NOTHING_CLAIMED;
        }
        Petition petition = claimed.get();
        Claim claim = new Claim(petition.id(), owner, petition.routing().attempts());
        try {
            CreatedCase created = cases.createFromPetition(petition.id(), requests.forPetition(petition));
            recorded(claim, queue.delivered(claim, created.id(), created.caseNumber(),
                    entry("ROUTING_DELIVERED", "案件系统已受理，案号 " + created.caseNumber())),
                    "delivered: case " + created.caseNumber());
            return Outcome.DELIVERED;
        } catch (CaseRefused refused) {
            recorded(claim, queue.refused(claim, refused.status(), refused.detail(),
                    entry("ROUTING_REFUSED", "案件系统未受理（HTTP " + refused.status() + "）：" + refused.detail())),
                    "refused by case-service (HTTP " + refused.status() + ")");
            return Outcome.REFUSED;
        } catch (RuntimeException failure) {
            // Unavailable, or something unforeseen: kept and retried either way, never dropped.
            String reason = RemoteCallFailures.reason(failure);
            Duration wait = properties.backoff().after(claim.attempt());
            recorded(claim, queue.retryLater(claim, now().plus(wait), reason),
                    "not delivered (" + reason + "), next attempt in " + wait.toString().substring(2).toLowerCase());
            return Outcome.RETRY_LATER;
        }
    }

    private void recorded(Claim claim, boolean held, String outcome) {
        if (held) {
            log.info("Routing of petition {}, attempt {}: {}", claim.petitionId(), claim.attempt(), outcome);
        } else {
            log.warn("Routing of petition {}, attempt {}: {}, but its lease had passed to another sender, whose "
                    + "result stands", claim.petitionId(), claim.attempt(), outcome);
        }
    }

    private TimelineEntry entry(String action, String summary) {
        return new TimelineEntry(now(), CaseServiceClient.SERVICE, "SERVICE", action, summary);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    /** Unique per process, also for two containers with the same host name and pid. */
    private static String instanceId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + ":" + ProcessHandle.current().pid() + ":" + UUID.randomUUID().toString().substring(0, 8);
    }
}
