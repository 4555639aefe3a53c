package cn.procuratorate.wages.common.health;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Readiness of a service's own database: one {@code ping} on it. Replaces Boot's MongoDB indicator, which lists
 * every database on the server and sends each a {@code hello} (slow on a shared server, and unsupported by the
 * dev database).
 *
 * <p>When the driver already knows there is no server to write to (its monitor lost the connection), the answer is
 * DOWN at once: a ping would wait the whole server-selection timeout (3 s), longer than an orchestrator's probe waits
 * (Kubernetes: 1 s by default), and every probe would hold a request thread that long.
 */
public class DatabaseHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongo;
    private final MongoClient client;

    public DatabaseHealthIndicator(MongoTemplate mongo, MongoClient client) {
        super("MongoDB ping failed");
        this.mongo = mongo;
        this.client = client;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        String database = mongo.getDb().getName();
        if (client != null && !client.getClusterDescription().hasWritableServer()) {
            builder.down().withDetail("database", database).withDetail("reason", "no writable server");
            return;
        }
        mongo.getDb().runCommand(new Document("ping", 1));
        builder.up().withDetail("database", database);
    }
}
