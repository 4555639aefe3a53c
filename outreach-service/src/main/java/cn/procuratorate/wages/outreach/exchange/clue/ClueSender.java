package cn.procuratorate.wages.outreach.exchange.clue;

import cn.procuratorate.wages.common.remote.RemoteCallFailures;
import cn.procuratorate.wages.common.remote.ServiceTokens;
import cn.procuratorate.wages.outreach.clients.PetitionReferralClient;
import cn.procuratorate.wages.outreach.clients.PetitionReferralClient.ReferralReceipt;
import cn.procuratorate.wages.outreach.clients.ReferralRefused;
import cn.procuratorate.wages.outreach.exchange.clue.ClueQueue.Claim;
import cn.procuratorate.wages.outreach.exchange.feed.ExchangeFeed;
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
import org.springframework.stereotype.Component;

/**
 * Delivers clues to petition-service, one claimed clue at a time: right after the agency pushed it (in its request)
 * and from the scheduled sender. Both claim through {@link ClueQueue}, so a delivery is attempted by one sender at a
 * time, and petition-service's idempotency by agency and clue id makes a repeated attempt (after a lost lease)
 * register no second petition. Each change goes into the agency's feed before the clue records it: a sender that
 * stops in between repeats the step later, and the feed records each change once.
 */
@Component
class ClueSender {

    /** What one attempt came to. */
    enum Outcome {
        /** Nothing was due, or another sender holds it. */
        NOTHING_CLAIMED,
        DELIVERED,
        REFUSED,
        /** petition-service did not answer; pending again, after a backoff. */
        RETRY_LATER
    }

    private static final Logger log = LoggerFactory.getLogger(ClueSender.class);

    private final String owner;
    private final ClueQueue queue;
    private final PetitionReferralClient petitions;
    private final ReferralRequests requests;
    private final ServiceTokens tokens;
    private final ExchangeFeed feed;
    private final ExchangeProperties properties;
    private final Clock clock;

    @Autowired
    ClueSender(ClueQueue queue, PetitionReferralClient petitions, ReferralRequests requests, ServiceTokens tokens,
            ExchangeFeed feed, ExchangeProperties properties, Clock clock) {
        this(instanceId(), queue, petitions, requests, tokens, feed, properties, clock);
    }

    ClueSender(String owner, ClueQueue queue, PetitionReferralClient petitions, ReferralRequests requests,
            ServiceTokens tokens, ExchangeFeed feed, ExchangeProperties properties, Clock clock) {
        this.owner = owner;
        this.queue = queue;
        this.petitions = petitions;
        this.requests = requests;
        this.tokens = tokens;
        this.feed = feed;
        this.properties = properties;
        this.clock = clock;
    }

    /** Claims the delivery that has waited longest among those due, and attempts it. */
    Outcome deliverNext() {
        return attempt(queue.claimNext(owner, now(), properties.lease()));
    }

    /** Attempts this clue's delivery if it is due and no other sender holds it. */
    Outcome deliver(String clueId) {
        return attempt(queue.claim(clueId, owner, now(), properties.lease()));
    }

    /** Right after the agency pushed the clue. It is stored already, so a failure here loses nothing. */
    void deliverNow(String clueId) {
        try {
            deliver(clueId);
        } catch (RuntimeException e) {
            log.warn("Clue {} not delivered at once ({}); the scheduled sender will", clueId,
                    e.getClass().getSimpleName());
        }
    }

    private Outcome attempt(Optional<Clue> claimed) {
        if (claimed.isEmpty()) {
            return Outcome.NOTHING_CLAIMED;
        }
        Clue clue = claimed.get();
        Claim claim = new Claim(clue.id(), owner, clue.delivery().attempts());
        try {
            ReferralReceipt petition = petitions.refer(serviceToken(), requests.forClue(clue));
            // The intake records RECEIVED before any attempt; this covers an intake that stopped before it could.
            feed.append(ClueEvents.received(clue));
            feed.append(ClueEvents.petitionRegistered(clue, petition, now()));
            recorded(claim, queue.delivered(claim, petition.petitionId(), petition.unit(),
                    now().plus(properties.followUpEvery())), "registered as petition " + petition.petitionId());
            return Outcome.DELIVERED;
        } catch (ReferralRefused refused) {
            feed.append(ClueEvents.refused(clue, refused.detail(), now()));
            recorded(claim, queue.refused(claim, refused.status(), refused.detail()),
                    "refused by petition-service (HTTP " + refused.status() + ")");
            return Outcome.REFUSED;
        } catch (RuntimeException failure) {
            // Unavailable, no token, or something unforeseen: kept and retried either way, never dropped.
            String reason = RemoteCallFailures.reason(failure);
            Duration wait = properties.backoff().after(claim.attempt());
            recorded(claim, queue.retryLater(claim, now().plus(wait), reason),
                    "not delivered (" + reason + "), next attempt in " + wait.toString().substring(2).toLowerCase());
            return Outcome.RETRY_LATER;
        }
    }

    /** petition-service takes referrals from the platform's services only, in or out of an agency's request. */
    private String serviceToken() {
        return "Bearer " + tokens.accessToken();
    }

    private void recorded(Claim claim, boolean held, String outcome) {
        if (held) {
            log.info("Clue {}, attempt {}: {}", claim.clueId(), claim.attempt(), outcome);
        } else {
            log.warn("Clue {}, attempt {}: {}, but its lease had passed to another sender, whose result stands",
                    claim.clueId(), claim.attempt(), outcome);
        }
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
