package cn.procuratorate.wages.outreach.exchange.feed;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Each agency's feed of changes, numbered 1, 2, 3 ... An event takes the number after the agency's highest, and a
 * unique index on (agency, number) refuses a number taken meanwhile, so the writer counts again. A number therefore
 * becomes visible only after every lower one is, from any instance: a reader that has seen number n has missed
 * nothing below it and never will, which is what makes a cursor ("after n") safe without a clock. Another unique
 * index, on (clue, type), records each change of a clue once, so a sender that repeats a step repeats no event.
 */
@Repository
public class ExchangeFeed {

    private static final Logger log = LoggerFactory.getLogger(ExchangeFeed.class);
    /** Writers racing for one agency's next number; beyond this the database is in trouble, not busy. */
    private static final int MAX_TRIES = 50;

    private final MongoTemplate mongo;

    ExchangeFeed(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** After start-up, so a database that is down delays the indexes instead of killing the service. */
    @EventListener(ApplicationReadyEvent.class)
    void createIndexes() {
        try {
            mongo.indexOps(FeedEntry.class).createIndex(new Index().on("agency", Sort.Direction.ASC)
                    .on("seq", Sort.Direction.ASC).unique().named("agency_seq"));
            mongo.indexOps(FeedEntry.class).createIndex(new Index().on("clue", Sort.Direction.ASC)
                    .on("type", Sort.Direction.ASC).unique().named("clue_type"));
        } catch (RuntimeException e) {
            log.warn("Could not create the exchange feed indexes yet: {}", e.getClass().getSimpleName());
        }
    }

    /** Appends the event unless this change of this clue is in the feed already. */
    public void append(FeedEvent event) {
        for (int i = 0; i < MAX_TRIES; i++) {
            if (recorded(event)) {
                return;
            }
            try {
                mongo.insert(FeedEntry.numbered(event, lastNumber(event.agency()) + 1));
                return;
            } catch (DuplicateKeyException taken) {
                // Another writer took the number, or recorded this very change: look again.
            }
        }
        throw new IllegalStateException("No feed number for an event of " + event.agency() + " after " + MAX_TRIES
                + " tries");
    }

    /** Up to {@code limit} events of the agency numbered after {@code after}, in order. */
    List<FeedEntry> after(String agency, long after, int limit) {
        Query query = Query.query(Criteria.where("agency").is(agency).and("seq").gt(after))
                .with(Sort.by(Sort.Direction.ASC, "seq")).limit(limit);
        return mongo.find(query, FeedEntry.class);
    }

    private boolean recorded(FeedEvent event) {
        return mongo.exists(Query.query(Criteria.where("clue").is(event.clue()).and("type").is(event.type())),
                FeedEntry.class);
    }

    private long lastNumber(String agency) {
        Query last = Query.query(Criteria.where("agency").is(agency)).with(Sort.by(Sort.Direction.DESC, "seq"))
                .limit(1);
        last.fields().include("seq");
        FeedEntry entry = mongo.findOne(last, FeedEntry.class);
        return entry == null ? 0 : entry.seq();
    }
}
