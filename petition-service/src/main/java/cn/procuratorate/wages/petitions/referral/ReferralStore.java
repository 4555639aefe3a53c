package cn.procuratorate.wages.petitions.referral;

import cn.procuratorate.wages.petitions.petition.Channel;
import cn.procuratorate.wages.petitions.petition.Petition;
import java.util.List;
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

/** The referred petitions, found by their clue; the unique index that makes one petition per clue is declared here. */
@Repository
class ReferralStore {

    private static final Logger log = LoggerFactory.getLogger(ReferralStore.class);

    private final MongoTemplate mongo;

    ReferralStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** After start-up, so a database that is down delays the index instead of killing the service. */
    @EventListener(ApplicationReadyEvent.class)
    void createIndexes() {
        try {
            // Unique, so two deliveries of one clue at the same moment cannot both insert; sparse, because only
            // referred petitions have the field.
            mongo.indexOps(Petition.class).createIndex(new Index().on(Petition.REFERRAL_KEY, Sort.Direction.ASC)
                    .unique().sparse().named("referral_key"));
        } catch (RuntimeException e) {
            log.warn("Could not create the referral index yet: {}", e.getClass().getSimpleName());
        }
    }

    Optional<Petition> findByReferralKey(String referralKey) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where(Petition.REFERRAL_KEY).is(referralKey)),
                Petition.class));
    }

    /** The referred petitions among these ids (others are left out), without their timelines. */
    List<Petition> referred(List<String> petitionIds) {
        Query query = Query.query(Criteria.where("_id").in(petitionIds.stream().map(ObjectId::new).toList())
                .and("channel").is(Channel.PARTNER_REFERRAL));
        query.fields().exclude("timeline");
        return mongo.find(query, Petition.class);
    }
}
