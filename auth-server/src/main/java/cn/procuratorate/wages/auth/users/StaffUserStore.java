package cn.procuratorate.wages.auth.users;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** Persistence of staff users; the unique user name is enforced by the database, not by a read before a write. */
@Repository
public class StaffUserStore {

    private static final Logger log = LoggerFactory.getLogger(StaffUserStore.class);

    private final MongoTemplate mongo;

    StaffUserStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** After start-up, so a database that is down delays the index instead of keeping the issuer down. */
    @EventListener(ApplicationReadyEvent.class)
    void createIndexesWhenReady() {
        try {
            createIndexes();
        } catch (RuntimeException e) {
            log.warn("Could not create users indexes yet: {}", e.getClass().getSimpleName());
        }
    }

    public void createIndexes() {
        mongo.indexOps(StaffUser.class).createIndex(
                new Index().on("username", Sort.Direction.ASC).unique().named("username_unique"));
    }

    public Optional<StaffUser> find(String username) {
        return Optional.ofNullable(mongo.findOne(byName(username), StaffUser.class));
    }

    /** Adds the user unless one of that name exists; true when it was added. */
    public boolean insertIfAbsent(StaffUser user) {
        if (mongo.exists(byName(user.username()), StaffUser.class)) {
            return false;
        }
        try {
            mongo.insert(user);
            return true;
        } catch (DuplicateKeyException raceLostToAnotherInstance) {
            return false;
        }
    }

    void updatePasswordHash(String username, String passwordHash) {
        mongo.updateFirst(byName(username), Update.update("passwordHash", passwordHash), StaffUser.class);
    }

    private static Query byName(String username) {
        return Query.query(Criteria.where("username").is(username));
    }
}
