package cn.procuratorate.wages.cases.casefile;

import cn.procuratorate.wages.common.data.MongoPages;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import cn.procuratorate.wages.cases.risk.RiskAssessment;
import org.springframework.stereotype.Repository;

/** Persistence of case files; indexes are declared here, next to the queries that need them. */
@Repository
class CaseFileStore {

    private static final Logger log = LoggerFactory.getLogger(CaseFileStore.class);
    private static final Sort.Direction ASC = Sort.Direction.ASC;
    private static final Sort.Direction DESC = Sort.Direction.DESC;

    private final MongoTemplate mongo;
    private final CaseNumbering numbering;

    CaseFileStore(MongoTemplate mongo, CaseNumbering numbering) {
        this.mongo = mongo;
        this.numbering = numbering;
    }

    /** After start-up, so a database that is down delays the indexes instead of killing the service. */
    @EventListener(ApplicationReadyEvent.class)
    void createIndexes() {
        try {
            IndexOperations indexes = mongo.indexOps(CaseFile.class);
            indexes.createIndex(new Index().on(CaseFile.CASE_NUMBER, ASC).unique().named(CaseNumbering.NUMBER_INDEX));
            indexes.createIndex(new Index().on(CaseFile.SOURCE_KEY, ASC).unique().sparse().named("source_unique"));
            // Serves the next number of a unit and year.
            indexes.createIndex(new Index().on("unit", ASC).on("numberYear", ASC).on("numberSequence", DESC)
                    .named("unit_year_sequence"));
            // The default list, newest first, and the filters a unit's list combines with it.
            indexes.createIndex(new Index().on("unit", ASC).on("createdAt", DESC).named("unit_created"));
            indexes.createIndex(new Index().on("unit", ASC).on("regionCode", ASC).on("createdAt", DESC)
                    .named("unit_region_created"));
            indexes.createIndex(new Index().on("unit", ASC).on("type", ASC).on("stage", ASC).on("createdAt", DESC)
                    .named("unit_type_stage_created"));
            // Overdue and due-soon lists: open cases of a unit (or of one handler) by due date.
            indexes.createIndex(new Index().on("unit", ASC).on("open", ASC).on("dueOn", ASC).named("unit_open_due"));
            indexes.createIndex(new Index().on("unit", ASC).on("handlerId", ASC).on("dueOn", ASC)
                    .named("unit_handler_due"));
            // An employer's cases in every unit (the employer summary, partner agencies), and a worker's.
            indexes.createIndex(new Index().on("employer.creditCode", ASC).on("createdAt", DESC)
                    .named("employer_created"));
            indexes.createIndex(new Index().on("workers.residentId.hash", ASC).named("worker_resident_id"));
            indexes.createIndex(new Index().on("unit", ASC).on("industryCode", ASC).on("createdAt", DESC)
                    .named("unit_industry_created"));
            indexes.createIndex(new Index().on("unit", ASC).on("riskScore", DESC).named("unit_risk"));
            // Statistics over every unit (the outreach service): a period of registration, no unit to lead with.
            indexes.createIndex(new Index().on("createdAt", DESC).named("created"));
        } catch (RuntimeException e) {
            log.warn("Could not create case_files indexes yet: {}", e.getClass().getSimpleName());
        }
    }

    CaseFile insert(String unit, int year, Function<CaseNumber, CaseFile> numbered) {
        return numbering.insert(unit, year, numbered);
    }

    /** Version-checked: a concurrent change in between fails with an optimistic locking error (409). */
    CaseFile save(CaseFile caseFile) {
        return mongo.save(caseFile);
    }

    /** The case, if it exists and belongs to {@code unit} (empty: any unit). */
    Optional<CaseFile> find(String id, Optional<String> unit) {
        if (!ObjectId.isValid(id)) {
            return Optional.empty();
        }
        Query query = inUnit(unit).addCriteria(Criteria.where("_id").is(new ObjectId(id)));
        return Optional.ofNullable(mongo.findOne(query, CaseFile.class));
    }

    Optional<CaseFile> findBySource(CaseSource source) {
        return Optional.ofNullable(mongo.findOne(
                Query.query(Criteria.where(CaseFile.SOURCE_KEY).is(source.kind() + ":" + source.id())),
                CaseFile.class));
    }

    /** Without the timeline, which a list does not show and which is the bulk of an old case. */
    Page<CaseFile> list(CaseQuery filters, Pageable pageable) {
        Query query = inUnit(filters.unit());
        equal(query, "type", filters.type());
        equal(query, "stage", filters.stage());
        equal(query, "regionCode", filters.regionCode());
        equal(query, "industryCode", filters.industryCode());
        equal(query, "handlerId", filters.handlerId());
        equal(query, "employer.creditCode", filters.employerCreditCode());
        if (filters.employerName() != null) {
            // Quoted: a name is matched as text, never as a pattern someone typed.
            query.addCriteria(Criteria.where("employer.name")
                    .regex(Pattern.compile(Pattern.quote(filters.employerName()), Pattern.CASE_INSENSITIVE)));
        }
        if (filters.residentIdHashes() != null) {
            query.addCriteria(Criteria.where("workers.residentId.hash").in(filters.residentIdHashes()));
        }
        if (filters.overdueOn() != null || filters.dueFrom() != null) {
            Criteria due = Criteria.where("dueOn");
            if (filters.overdueOn() != null) {
                due.lt(filters.overdueOn());
            }
            if (filters.dueFrom() != null) {
                due.gte(filters.dueFrom()).lte(filters.dueTo());
            }
            query.addCriteria(Criteria.where("open").is(true)).addCriteria(due);
        }
        query.fields().exclude("timeline");
        return MongoPages.find(mongo, query, pageable, CaseFile.class);
    }

    /** The other cases in which any worker of this case claims (by resident-ID hash), without their timelines. */
    List<CaseFile> sharingWorkers(CaseFile caseFile) {
        List<String> hashes = caseFile.workers().stream().filter(w -> w.residentId() != null)
                .map(w -> w.residentId().hash()).distinct().toList();
        if (hashes.isEmpty()) {
            return List.of();
        }
        Query query = Query.query(Criteria.where("workers.residentId.hash").in(hashes)
                .and("_id").ne(new ObjectId(caseFile.id())));
        query.fields().exclude("timeline");
        return mongo.find(query.limit(500), CaseFile.class);
    }

    /**
     * The stored score only: it is derived, so it neither bumps the version nor conflicts with an edit (hence by
     * collection name: an update by entity class would increment the version).
     */
    void setRisk(String id, RiskAssessment assessment) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(new ObjectId(id))),
                new Update().set("riskScore", assessment.score()).set("riskLevel", assessment.level().name())
                        .set("riskCodes", assessment.codes()), CaseFile.COLLECTION);
    }

    /** Cases flagged at or above {@code minimumScore}, highest first, for review. */
    Page<CaseFile> flagged(Optional<String> unit, int minimumScore, Pageable pageable) {
        Query query = inUnit(unit).addCriteria(Criteria.where("riskScore").gte(minimumScore));
        query.fields().exclude("timeline");
        return MongoPages.find(mongo, query, pageable, CaseFile.class);
    }

    List<RegionCount> countByRegion(Optional<String> unit) {
        Aggregation aggregation = Aggregation.newAggregation(
                Aggregation.match(unit.map(u -> Criteria.where("unit").is(u)).orElseGet(Criteria::new)),
                Aggregation.group("regionCode").count().as("cases"),
                Aggregation.project("cases").and("_id").as("regionCode"),
                Aggregation.sort(Sort.Direction.ASC, "regionCode"));
        return mongo.aggregate(aggregation, CaseFile.class, RegionCount.class).getMappedResults();
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

    /** Cases registered in one region (6-digit administrative division code). */
    record RegionCount(String regionCode, long cases) {
    }
}
