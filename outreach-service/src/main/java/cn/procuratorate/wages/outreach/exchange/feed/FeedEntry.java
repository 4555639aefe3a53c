package cn.procuratorate.wages.outreach.exchange.feed;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A feed event as stored: numbered per agency ({@code seq} 1, 2, 3 ... with no gaps, see {@link ExchangeFeed}), which
 * is what the agency's cursor counts.
 */
@Document(FeedEntry.COLLECTION)
record FeedEntry(@Id String id, String agency, long seq, FeedEventType type, Instant at, String clue, String clueId,
        String petitionId, String unit, String caseNumber, String outcome, String detail) {

    static final String COLLECTION = "exchange_feed";

    static FeedEntry numbered(FeedEvent event, long seq) {
        return new FeedEntry(null, event.agency(), seq, event.type(), event.at(), event.clue(), event.clueId(),
                event.petitionId(), event.unit(), event.caseNumber(), event.outcome(), event.detail());
    }
}
