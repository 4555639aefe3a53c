package cn.procuratorate.wages.common.health;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Readiness of a service's own database: one {@code ping} on it. Replaces Boot's MongoDB indicator, which lists
 * every database on the server and sends each a {@code hello} (slow on a shared server, and unsupported by the
 * dev database).
 */
public class DatabaseHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    public DatabaseHealthIndicator(MongoTemplate mongo) {
        super("MongoDB ping failed");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        mongo.getDb().runCommand(new Document("ping", 1));
        builder.up().withDetail("database", mongo.getDb().getName());
    }
}
