package cn.procuratorate.wages.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** What the audit trail stored for a request, read raw from a service's {@code audit_log}. */
public final class AuditLogEntries {

    private final MongoTemplate mongo;

    public AuditLogEntries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A request id of its own for each request, to find exactly its entries. */
    public static String newRequestId() {
        return "audit-" + UUID.randomUUID();
    }

    public List<Document> of(String requestId) {
        return mongo.find(Query.query(Criteria.where("requestId").is(requestId)), Document.class, "audit_log");
    }

    /** The entry is written just after the answer, by a background writer. */
    public Document awaitOne(String requestId) {
        return await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                .until(() -> of(requestId), found -> !found.isEmpty()).get(0);
    }
}
