package cn.procuratorate.wages.outreach.exchange.clue;

import cn.procuratorate.wages.outreach.clients.PetitionReferralClient.ReferralReceipt;
import cn.procuratorate.wages.outreach.exchange.feed.FeedEvent;
import cn.procuratorate.wages.outreach.exchange.feed.FeedEventType;
import java.time.Instant;

/** The feed events of a clue's changes. */
final class ClueEvents {

    private ClueEvents() {
    }

    /** At the moment it was received, whoever records it. */
    static FeedEvent received(Clue clue) {
        return event(clue, FeedEventType.RECEIVED, clue.receivedAt(), null, null, null, null, null);
    }

    static FeedEvent petitionRegistered(Clue clue, ReferralReceipt petition, Instant at) {
        return event(clue, FeedEventType.PETITION_REGISTERED, at, petition.petitionId(), petition.unit(), null, null,
                null);
    }

    static FeedEvent refused(Clue clue, String detail, Instant at) {
        return event(clue, FeedEventType.REFUSED, at, null, null, null, null, detail);
    }

    static FeedEvent caseOpened(Clue clue, String caseNumber, Instant at) {
        return event(clue, FeedEventType.CASE_OPENED, at, clue.referral().petitionId(), clue.referral().unit(),
                caseNumber, null, null);
    }

    static FeedEvent handledWithoutCase(Clue clue, String outcome, Instant at) {
        return event(clue, FeedEventType.HANDLED_WITHOUT_CASE, at, clue.referral().petitionId(),
                clue.referral().unit(), null, outcome, null);
    }

    private static FeedEvent event(Clue clue, FeedEventType type, Instant at, String petitionId, String unit,
            String caseNumber, String outcome, String detail) {
        return new FeedEvent(clue.agency(), clue.id(), clue.clueId(), type, at, petitionId, unit, caseNumber, outcome,
                detail);
    }
}
