package cn.procuratorate.wages.outreach.exchange.clue;

import java.util.Optional;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Persistence of clues; indexes are declared here and in {@link ClueQueue}'s terms. */
@Repository
class ClueStore {

    private static final Logger log = LoggerFactory.getLogger(ClueStore.class);

    private final MongoTemplate mongo;

    ClueStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** After start-up, so a database that is down delays the indexes instead of killing the service. */
    @EventListener(ApplicationReadyEvent.class)
    void createIndexes() {
        try {
            // Unique: an agency's clue id names one clue, also when it is pushed twice at the same moment.
            mongo.indexOps(Clue.class).createIndex(new Index().on("agency", Sort.Direction.ASC)
                    .on("clueId", Sort.Direction.ASC).unique().named("agency_clue_id"));
            // The sender's queue and the follow-up's: due deliveries, petitions due for a look.
            mongo.indexOps(Clue.class).createIndex(new Index().on("state", Sort.Direction.ASC)
                    .on("delivery.nextAttemptAt", Sort.Direction.ASC).named("delivery_queue"));
            mongo.indexOps(Clue.class).createIndex(new Index().on("state", Sort.Direction.ASC)
                    .on("referral.nextCheckAt", Sort.Direction.ASC).named("follow_up_queue"));
        } catch (RuntimeException e) {
            log.warn("Could not create the exchange clue indexes yet: {}", e.getClass().getSimpleName());
        }
    }

    Clue insert(Clue clue) {
        return mongo.insert(clue);
    }

    /** The agency's clue with its own id. */
    Optional<Clue> findByClueId(String agency, String clueId) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("agency").is(agency).and("clueId")
                .is(clueId)), Clue.class));
    }

    /** The clue with this service's id, if the agency pushed it (another agency's clue is not found). */
    Optional<Clue> find(String id, String agency) {
        if (!ObjectId.isValid(id)) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("_id").is(new ObjectId(id))
                .and("agency").is(agency)), Clue.class));
    }
}
