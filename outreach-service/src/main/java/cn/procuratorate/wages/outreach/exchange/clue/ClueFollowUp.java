package cn.procuratorate.wages.outreach.exchange.clue;

import cn.procuratorate.wages.common.remote.ServiceTokens;
import cn.procuratorate.wages.outreach.clients.PetitionReferralClient;
import cn.procuratorate.wages.outreach.clients.PetitionReferralClient.ReferralStatus;
import cn.procuratorate.wages.outreach.exchange.feed.ExchangeFeed;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Follows the petitions of registered clues (petition-service never calls this service: calls go down the DAG
 * only) until each is routed into a case or handled otherwise, and tells the agency's feed. A batch at a time, in
 * one call; each clue is looked at every {@code outreach.exchange.follow-up-every}.
 */
@Component
class ClueFollowUp {

    private final ClueQueue queue;
    private final PetitionReferralClient petitions;
    private final ServiceTokens tokens;
    private final ExchangeFeed feed;
    private final ExchangeProperties properties;
    private final Clock clock;

    ClueFollowUp(ClueQueue queue, PetitionReferralClient petitions, ServiceTokens tokens, ExchangeFeed feed,
            ExchangeProperties properties, Clock clock) {
        this.queue = queue;
        this.petitions = petitions;
        this.tokens = tokens;
        this.feed = feed;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Looks at the petitions of the clues due for a look; how many it looked at (0: none was due). When
     * petition-service does not answer, the call fails and those clues are looked at again after their interval.
     */
    int followUp() {
        Instant now = now();
        List<Clue> due = new ArrayList<>();
        while (due.size() < properties.followUpBatch()) {
            Optional<Clue> next = queue.claimFollowUp(now, now.plus(properties.followUpEvery()));
            if (next.isEmpty()) {
                break;
            }
            due.add(next.get());
        }
        if (due.isEmpty()) {
            return 0;
        }
        // One petition per clue; should two clues ever name one, the second waits for the next look rather than
        // stopping every run here.
        Map<String, Clue> byPetition = due.stream().collect(Collectors.toMap(clue -> clue.referral().petitionId(),
                clue -> clue, (first, second) -> first));
        for (ReferralStatus status : petitions.statuses("Bearer " + tokens.accessToken(),
                List.copyOf(byPetition.keySet()))) {
            Clue clue = byPetition.get(status.petitionId());
            if (clue != null) {
                record(clue, status);
            }
        }
        return due.size();
    }

    /** The event first, as the sender does: a follow-up that stops in between repeats it, recorded once. */
    private void record(Clue clue, ReferralStatus petition) {
        if ("DELIVERED".equals(petition.routingState()) && petition.caseNumber() != null) {
            feed.append(ClueEvents.caseOpened(clue, petition.caseNumber(), now()));
            queue.caseOpened(clue.id(), petition.caseNumber());
        } else if (handledWithoutCase(petition)) {
            feed.append(ClueEvents.handledWithoutCase(clue, petition.outcome(), now()));
            queue.handledWithoutCase(clue.id(), petition.outcome());
        }
    }

    /** Transferred, answered or merged; or routed, but case-service refused the case (never retried there). */
    private static boolean handledWithoutCase(ReferralStatus petition) {
        return petition.outcome() != null
                && (!"ROUTED_TO_CASE".equals(petition.outcome()) || "REFUSED".equals(petition.routingState()));
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
