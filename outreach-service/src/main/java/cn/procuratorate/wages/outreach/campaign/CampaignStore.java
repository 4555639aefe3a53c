package cn.procuratorate.wages.outreach.campaign;

import cn.procuratorate.wages.common.data.MongoPages;
import java.util.Optional;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Page;
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
        return MongoPages.find(mongo, query, pageable, Campaign.class);
    }
}
