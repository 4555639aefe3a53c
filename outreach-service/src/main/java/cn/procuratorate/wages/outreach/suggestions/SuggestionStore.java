package cn.procuratorate.wages.outreach.suggestions;

import cn.procuratorate.wages.common.data.MongoPages;
import java.time.LocalDate;
import java.util.Optional;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Persistence of suggestions; indexes are declared here, next to the queries that need them. */
@Repository
class SuggestionStore {

    private static final Logger log = LoggerFactory.getLogger(SuggestionStore.class);
    private static final Sort.Direction ASC = Sort.Direction.ASC;
    private static final Sort.Direction DESC = Sort.Direction.DESC;

    private final MongoTemplate mongo;

    SuggestionStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The filters of a list; every one optional ({@code null}); {@code unit} empty means every unit (services).
     * {@code overdueOn}: awaiting a reply due before that day; {@code dueFrom}/{@code dueTo}: awaiting one due
     * within those days.
     */
    record SuggestionQuery(Optional<String> unit, SuggestionKind kind, SuggestionStage stage,
            Recipient.Sector sector, String regionCode, Boolean escalated, LocalDate overdueOn, LocalDate dueFrom,
            LocalDate dueTo) {
    }

    /** After start-up, so a database that is down delays the indexes instead of killing the service. */
    @EventListener(ApplicationReadyEvent.class)
    void createIndexes() {
        try {
            IndexOperations indexes = mongo.indexOps(Suggestion.class);
            // A retried draft (same Idempotency-Key) finds the first one; two at once: one wins, one finds it.
            indexes.createIndex(new Index().on(Suggestion.CREATION_KEY, ASC).unique().sparse().named("creation_key"));
            indexes.createIndex(new Index().on("unit", ASC).on("createdAt", DESC).named("unit_created"));
            indexes.createIndex(new Index().on("unit", ASC).on("stage", ASC).on("createdAt", DESC)
                    .named("unit_stage_created"));
            // Overdue and due-soon replies of a unit, by due date.
            indexes.createIndex(new Index().on("unit", ASC).on("awaitingReply", ASC).on("replyDueOn", ASC)
                    .named("unit_awaiting_due"));
        } catch (RuntimeException e) {
            log.warn("Could not create suggestions indexes yet: {}", e.getClass().getSimpleName());
        }
    }

    Suggestion insert(Suggestion suggestion) {
        return mongo.insert(suggestion);
    }

    /** Version-checked: a concurrent change in between fails with an optimistic locking error (409). */
    Suggestion save(Suggestion suggestion) {
        return mongo.save(suggestion);
    }

    /** The suggestion, if it exists and belongs to {@code unit} (empty: any unit). */
    Optional<Suggestion> find(String id, Optional<String> unit) {
        if (!ObjectId.isValid(id)) {
            return Optional.empty();
        }
        Query query = inUnit(unit).addCriteria(Criteria.where("_id").is(new ObjectId(id)));
        return Optional.ofNullable(mongo.findOne(query, Suggestion.class));
    }

    Optional<Suggestion> findByCreationKey(String creationKey) {
        return Optional.ofNullable(mongo.findOne(
                Query.query(Criteria.where(Suggestion.CREATION_KEY).is(creationKey)), Suggestion.class));
    }

    /** Without the timeline, which a list does not show. */
    Page<Suggestion> list(SuggestionQuery filters, Pageable pageable) {
        Query query = inUnit(filters.unit());
        equal(query, "content.kind", filters.kind());
        equal(query, "stage", filters.stage());
        equal(query, "content.recipient.sector", filters.sector());
        equal(query, "content.recipient.regionCode", filters.regionCode());
        equal(query, "escalated", filters.escalated());
        if (filters.overdueOn() != null || filters.dueFrom() != null) {
            Criteria due = Criteria.where("replyDueOn");
            if (filters.overdueOn() != null) {
                due.lt(filters.overdueOn());
            }
            if (filters.dueFrom() != null) {
                due.gte(filters.dueFrom()).lte(filters.dueTo());
            }
            query.addCriteria(Criteria.where("awaitingReply").is(true)).addCriteria(due);
        }
        query.fields().exclude("timeline");
        return MongoPages.find(mongo, query, pageable, Suggestion.class);
    }

    private static void equal(Query query, String field, Object value) {
        if (value != null) {
            query.addCriteria(Criteria.where(field).is(value));
        }
    }

    private static Query inUnit(Optional<String> unit) {
        Query query = new Query();
        unit.ifPresent(u -> query.addCriteria(Criteria.where("unit").is(u)));
        return query;
    }
}
