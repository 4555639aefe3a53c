package cn.procuratorate.wages.outreach.exchange.feed;

import java.time.Instant;

/**
 * A change of one clue, for the feed of the agency that pushed it. Never personal data: ids, states, a case number,
 * and petition-service's reason for a refusal.
 *
 * @param clue    this service's id of the clue
 * @param clueId  the agency's own id of it
 * @param outcome how the petition was handled, for {@link FeedEventType#HANDLED_WITHOUT_CASE}
 * @param detail  petition-service's reason, for {@link FeedEventType#REFUSED}
 */
public record FeedEvent(String agency, String clue, String clueId, FeedEventType type, Instant at, String petitionId,
        String unit, String caseNumber, String outcome, String detail) {
}
