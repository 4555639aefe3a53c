package cn.procuratorate.wages.outreach.campaign;

import cn.procuratorate.wages.common.data.MongoPages;
import cn.procuratorate.wages.outreach.materials.Audience;
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
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Persistence of campaigns. */
@Repository
class CampaignStore {

    private static final Logger log = LoggerFactory.getLogger(CampaignStore.class);

    private final MongoTemplate mongo;

    CampaignStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Filters of a list, each optional ({@code null}); {@code from}/{@code to}: the days the campaign started. */
    record CampaignQuery(Optional<String> unit, String regionCode, Audience audience, String industryCode,
            LocalDate from, LocalDate to) {
    }

    /** After start-up, so a database that is down delays the index instead of killing the service. */
    @EventListener(ApplicationReadyEvent.class)
    void createIndexes() {
        try {
            mongo.indexOps(Campaign.class).createIndex(new Index().on("unit", Sort.Direction.ASC)
                    .on("details.startsOn", Sort.Direction.DESC).named("unit_starts"));
        } catch (RuntimeException e) {
            log.warn("Could not create campaigns indexes yet: {}", e.getClass().getSimpleName());
        }
    }

    Campaign insert(Campaign campaign) {
        return mongo.insert(campaign);
    }

    /** Version-checked: a concurrent change in between fails with an optimistic locking error (409). */
    Campaign save(Campaign campaign) {
        return mongo.save(campaign);
    }

    /** The campaign, if it exists and belongs to {@code unit} (empty: any unit). */
    Optional<Campaign> find(String id, Optional<String> unit) {
        if (!ObjectId.isValid(id)) {
            return Optional.empty();
        }
        Query query = Query.query(Criteria.where("_id").is(new ObjectId(id)));
        unit.ifPresent(u -> query.addCriteria(Criteria.where("unit").is(u)));
        return Optional.ofNullable(mongo.findOne(query, Campaign.class));
    }

    Page<Campaign> list(CampaignQuery filters, Pageable pageable) {
        Query query = new Query();
        filters.unit().ifPresent(u -> query.addCriteria(Criteria.where("unit").is(u)));
        equal(query, "details.regionCode", filters.regionCode());
        equal(query, "details.audience", filters.audience());
        equal(query, "details.industryCode", filters.industryCode());
        if (filters.from() != null || filters.to() != null) {
            Criteria starts = Criteria.where("details.startsOn");
            if (filters.from() != null) {
                starts.gte(filters.from());
            }
            if (filters.to() != null) {
                starts.lte(filters.to());
            }
            query.addCriteria(starts);
        }
        return MongoPages.find(mongo, query, pageable, Campaign.class);
    }

    private static void equal(Query query, String field, Object value) {
        if (value != null) {
            query.addCriteria(Criteria.where(field).is(value));
        }
    }
}
