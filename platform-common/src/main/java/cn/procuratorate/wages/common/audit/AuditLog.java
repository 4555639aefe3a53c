package cn.procuratorate.wages.common.audit;

import cn.procuratorate.wages.common.data.MongoPages;
import java.time.Instant;
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

/** Persistence of the audit trail in the service's own database; indexes are declared here, next to the query. */
class AuditLog {

    static final String COLLECTION = "audit_log";

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

    private final MongoTemplate mongo;

    AuditLog(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** After start-up, so a database that is down delays the indexes instead of killing the service. */
    @EventListener(ApplicationReadyEvent.class)
    void createIndexes() {
        try {
            mongo.indexOps(AuditRecord.class).createIndex(new Index().on("time", Sort.Direction.DESC).named("time"));
            mongo.indexOps(AuditRecord.class).createIndex(new Index().on("unit", Sort.Direction.ASC)
                    .on("time", Sort.Direction.DESC).named("unit_time"));
        } catch (RuntimeException e) {
            log.warn("Could not create audit_log indexes yet: {}", e.getClass().getSimpleName());
        }
    }

    void insert(AuditEntry entry) {
        mongo.insert(AuditRecord.of(entry));
    }

    /** One unit's entries, optionally of one subject or request, with {@code from <= time < to}. */
    Page<AuditRecord> find(String unit, String subject, String requestId, Instant from, Instant to, Pageable pageable) {
        Query query = new Query(Criteria.where("unit").is(unit));
        if (subject != null) {
            query.addCriteria(Criteria.where("subject").is(subject));
        }
        if (requestId != null) {
            query.addCriteria(Criteria.where("requestId").is(requestId));
        }
        if (from != null || to != null) {
            Criteria time = Criteria.where("time");
            if (from != null) {
                time.gte(from);
            }
            if (to != null) {
                time.lt(to);
            }
            query.addCriteria(time);
        }
        return MongoPages.find(mongo, query, pageable, AuditRecord.class);
    }
}
