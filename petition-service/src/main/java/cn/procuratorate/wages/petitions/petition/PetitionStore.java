package cn.procuratorate.wages.petitions.petition;

import cn.procuratorate.wages.common.data.MongoPages;
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

    /**
     * The petitions of {@code unit}, of a channel if given, and of the petitioner whose ID number has one of
     * {@code residentIdHashes} if given (the plain number is never a query field).
     */
    Page<Petition> list(Optional<String> unit, Channel channel, List<String> residentIdHashes, Pageable pageable) {
        Query query = inUnit(unit);
        if (channel != null) {
            query.addCriteria(Criteria.where("channel").is(channel));
        }
        if (residentIdHashes != null) {
            query.addCriteria(Criteria.where(Petition.RESIDENT_ID_HASH).in(residentIdHashes));
        }
        return MongoPages.find(mongo, query, pageable, Petition.class);
    }

    private static Query inUnit(Optional<String> unit) {
        Query query = new Query();
        unit.ifPresent(u -> query.addCriteria(Criteria.where("unit").is(u)));
        return query;
    }
}
