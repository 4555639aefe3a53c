package cn.procuratorate.wages.petitions.petition;

import cn.procuratorate.wages.common.data.MongoPages;
import java.time.LocalDate;
import java.util.List;
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
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Persistence of petitions; indexes are declared here, next to the queries that need them. */
@Repository
public class PetitionStore {

    private static final Logger log = LoggerFactory.getLogger(PetitionStore.class);

    private final MongoTemplate mongo;

    PetitionStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** After start-up, so a database that is down delays the indexes instead of killing the service. */
    @EventListener(ApplicationReadyEvent.class)
    void createIndexes() {
        try {
            mongo.indexOps(Petition.class).createIndex(new Index()
                    .on("unit", Sort.Direction.ASC).on("channel", Sort.Direction.ASC)
                    .on("receivedAt", Sort.Direction.DESC).named("unit_channel_received"));
            // Duplicates and groups: a unit's petitions of the last month.
            mongo.indexOps(Petition.class).createIndex(new Index().on("unit", Sort.Direction.ASC)
                    .on("receivedAt", Sort.Direction.DESC).named("unit_received"));
            // The desk's lists: most urgent first, then by the reply falling due first; overdue replies.
            mongo.indexOps(Petition.class).createIndex(new Index().on("unit", Sort.Direction.ASC)
                    .on("priorityRank", Sort.Direction.ASC).on("receivedAt", Sort.Direction.DESC)
                    .named("unit_priority_received"));
            mongo.indexOps(Petition.class).createIndex(new Index().on("unit", Sort.Direction.ASC)
                    .on("proceduralReplySentOn", Sort.Direction.ASC).on("proceduralReplyDue", Sort.Direction.ASC)
                    .named("unit_procedural_reply_owed"));
            mongo.indexOps(Petition.class).createIndex(new Index().on("unit", Sort.Direction.ASC)
                    .on("resultReplySentOn", Sort.Direction.ASC).on("resultReplyDue", Sort.Direction.ASC)
                    .named("unit_result_reply_owed"));
            // The routing sender's queue: pending deliveries by next attempt.
            mongo.indexOps(Petition.class).createIndex(new Index().on("routing.state", Sort.Direction.ASC)
                    .on("routing.nextAttemptAt", Sort.Direction.ASC).sparse().named("routing_queue"));
            // A person's petitions, found by the hash of their ID number.
            mongo.indexOps(Petition.class).createIndex(new Index()
                    .on("unit", Sort.Direction.ASC).on(Petition.RESIDENT_ID_HASH, Sort.Direction.ASC)
                    .named("unit_resident_id_hash"));
        } catch (RuntimeException e) {
            log.warn("Could not create petitions indexes yet: {}", e.getClass().getSimpleName());
        }
        try {
            // Unique, so two codes never open one petition and a retried submission cannot create a second one; sparse,
            // because petitions registered by staff have neither field.
            mongo.indexOps(Petition.class).createIndex(new Index().on(Petition.QUERY_CODE_HASH, Sort.Direction.ASC)
                    .unique().sparse().named("query_code_hash"));
            mongo.indexOps(Petition.class).createIndex(new Index()
                    .on(Petition.IDEMPOTENCY_KEY_HASH, Sort.Direction.ASC).unique().sparse()
                    .named("idempotency_key_hash"));
        } catch (RuntimeException e) {
            log.warn("Could not create the public desk's petitions indexes yet: {}", e.getClass().getSimpleName());
        }
    }

    public Petition insert(Petition petition) {
        return mongo.insert(petition);
    }

    /** The online petition whose query code has this hash. */
    public Optional<Petition> findByQueryCodeHash(String queryCodeHash) {
        return Optional.ofNullable(mongo.findOne(
                Query.query(Criteria.where(Petition.QUERY_CODE_HASH).is(queryCodeHash)), Petition.class));
    }

    /** The online petition a submission with an Idempotency-Key of this hash created. */
    public Optional<Petition> findByIdempotencyKeyHash(String idempotencyKeyHash) {
        return Optional.ofNullable(mongo.findOne(
                Query.query(Criteria.where(Petition.IDEMPOTENCY_KEY_HASH).is(idempotencyKeyHash)), Petition.class));
    }

    /** The petition, if it exists and belongs to {@code unit} (empty: any unit). */
    Optional<Petition> find(String id, Optional<String> unit) {
        if (!ObjectId.isValid(id)) {
            return Optional.empty();
        }
        Query query = inUnit(unit).addCriteria(Criteria.where("_id").is(new ObjectId(id)));
        return Optional.ofNullable(mongo.findOne(query, Petition.class));
    }

    /** A unit's petitions received since the day, without timelines: candidates for duplicates and groups. */
    List<Petition> receivedSince(String unit, LocalDate since) {
        Query query = Query.query(Criteria.where("unit").is(unit).and("receivedAt")
                .gte(since.atStartOfDay(Petitions.CHINA).toInstant()));
        query.fields().exclude("timeline");
        return mongo.find(query.limit(MAX_CANDIDATES), Petition.class);
    }

    /** Derived from the petitions themselves, so it neither bumps their versions nor conflicts with an edit. */
    void setGroupKey(List<String> ids, String groupKey) {
        if (ids.isEmpty()) {
            return;
        }
        mongo.updateMulti(Query.query(Criteria.where("_id").in(ids.stream().map(ObjectId::new).toList())),
                new org.springframework.data.mongodb.core.query.Update().set("groupKey", groupKey),
                Petition.COLLECTION);
    }

    /** Version-checked: a concurrent change in between fails with an optimistic locking error (409). */
    public Petition save(Petition petition) {
        return mongo.save(petition);
    }

    /**
     * The filters of a petition list, each optional ({@code null}); {@code unit} empty means every unit (services).
     * {@code residentIdHashes}: the hashes one number may be stored under (the plain number is never a query field).
     * {@code overdueOn}: a reply still owed whose due date is before that day; {@code dueFrom}/{@code dueTo}: a reply
     * still owed that falls due within those days.
     */
    record PetitionQuery(Optional<String> unit, Channel channel, PetitionStage stage, String handlerClerk,
            List<String> residentIdHashes, String routingState, Boolean priority, LocalDate overdueOn,
            LocalDate dueFrom, LocalDate dueTo) {
    }

    /** Without the timeline, which a list does not show. */
    Page<Petition> list(PetitionQuery filters, Pageable pageable) {
        Query query = inUnit(filters.unit());
        if (filters.channel() != null) {
            query.addCriteria(Criteria.where("channel").is(filters.channel()));
        }
        if (filters.stage() != null) {
            query.addCriteria(Criteria.where("stage").is(filters.stage()));
        }
        if (filters.handlerClerk() != null) {
            query.addCriteria(Criteria.where("handlerClerk").is(filters.handlerClerk()));
        }
        if (filters.residentIdHashes() != null) {
            query.addCriteria(Criteria.where(Petition.RESIDENT_ID_HASH).in(filters.residentIdHashes()));
        }
        if (filters.routingState() != null) {
            query.addCriteria(Criteria.where("routing.state").is(filters.routingState()));
        }
        if (filters.priority() != null) {
            query.addCriteria(filters.priority() ? Criteria.where("priorityRank").lt(PRIORITY_NORMAL_RANK)
                    : Criteria.where("priorityRank").gte(PRIORITY_NORMAL_RANK));
        }
        if (filters.overdueOn() != null) {
            query.addCriteria(owed(Criteria.where("proceduralReplyDue").lt(filters.overdueOn()),
                    Criteria.where("resultReplyDue").lt(filters.overdueOn())));
        }
        if (filters.dueFrom() != null) {
            query.addCriteria(owed(Criteria.where("proceduralReplyDue").gte(filters.dueFrom()).lte(filters.dueTo()),
                    Criteria.where("resultReplyDue").gte(filters.dueFrom()).lte(filters.dueTo())));
        }
        query.fields().exclude("timeline");
        return MongoPages.find(mongo, query, pageable, Petition.class);
    }

    /** A reply that is still owed and matches its due-date condition, procedural or result. */
    private static Criteria owed(Criteria proceduralDue, Criteria resultDue) {
        return new Criteria().orOperator(
                new Criteria().andOperator(Criteria.where("proceduralReplySentOn").is(null), proceduralDue),
                new Criteria().andOperator(Criteria.where("resultReplySentOn").is(null),
                        Criteria.where("stage").ne(PetitionStage.CLOSED), resultDue));
    }

    /** Rank of a petition without priority; urgent and priority ones rank lower (sorted first). */
    static final int PRIORITY_NORMAL_RANK = cn.procuratorate.wages.petitions.rules.PriorityLevel.NORMAL.sortRank();
    /** A month of one unit's petitions; beyond it the oldest candidates are not compared (a busy desk's limit). */
    private static final int MAX_CANDIDATES = 5000;

    private static Query inUnit(Optional<String> unit) {
        Query query = new Query();
        unit.ifPresent(u -> query.addCriteria(Criteria.where("unit").is(u)));
        return query;
    }
}
