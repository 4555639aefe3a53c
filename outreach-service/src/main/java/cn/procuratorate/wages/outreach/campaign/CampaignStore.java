package cn.procuratorate.wages.outreach.campaign;

import java.util.List;
import java.util.Optional;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Persistence of campaigns. */
@Repository
class CampaignStore {

    private final MongoTemplate mongo;

    CampaignStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Campaign insert(Campaign campaign) {
        return mongo.insert(campaign);
    }

    Optional<Campaign> find(String id) {
        return ObjectId.isValid(id) ? Optional.ofNullable(mongo.findById(id, Campaign.class)) : Optional.empty();
    }

    Page<Campaign> list(String regionCode, Pageable pageable) {
        Query query = new Query();
        if (regionCode != null) {
            query.addCriteria(Criteria.where("regionCode").is(regionCode));
        }
        long total = mongo.count(query, Campaign.class);
        List<Campaign> items = mongo.find(Query.of(query).with(pageable), Campaign.class);
        return new PageImpl<>(items, pageable, total);
    }
}
