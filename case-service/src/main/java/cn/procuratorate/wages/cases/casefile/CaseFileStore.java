package cn.procuratorate.wages.cases.casefile;

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
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Persistence of case files; indexes are declared here, next to the queries that need them. */
@Repository
class CaseFileStore {

    private static final Logger log = LoggerFactory.getLogger(CaseFileStore.class);

    private final MongoTemplate mongo;

    CaseFileStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** After start-up, so a database that is down delays the indexes instead of killing the service. */
    @EventListener(ApplicationReadyEvent.class)
    void createIndexes() {
        try {
            mongo.indexOps(CaseFile.class).createIndex(new Index().on("unit", Sort.Direction.ASC)
                    .on("regionCode", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC).named("unit_region_created"));
        } catch (RuntimeException e) {
            log.warn("Could not create case_files indexes yet: {}", e.getClass().getSimpleName());
        }
    }

    CaseFile insert(CaseFile caseFile) {
        return mongo.insert(caseFile);
    }

    /** The case, if it exists and belongs to {@code unit} (empty: any unit). */
    Optional<CaseFile> find(String id, Optional<String> unit) {
        if (!ObjectId.isValid(id)) {
            return Optional.empty();
        }
        Query query = inUnit(unit).addCriteria(Criteria.where("_id").is(new ObjectId(id)));
        return Optional.ofNullable(mongo.findOne(query, CaseFile.class));
    }

    Page<CaseFile> list(Optional<String> unit, String regionCode, Pageable pageable) {
        Query query = inUnit(unit);
        if (regionCode != null) {
            query.addCriteria(Criteria.where("regionCode").is(regionCode));
        }
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

    private static Query inUnit(Optional<String> unit) {
        Query query = new Query();
        unit.ifPresent(u -> query.addCriteria(Criteria.where("unit").is(u)));
        return query;
    }

    /** Cases registered in one region (6-digit administrative division code). */
    record RegionCount(String regionCode, long cases) {
    }
}
