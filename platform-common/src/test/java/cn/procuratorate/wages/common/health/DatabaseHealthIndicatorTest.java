package cn.procuratorate.wages.common.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.data.mongodb.core.MongoTemplate;

class DatabaseHealthIndicatorTest {

    @Test
    void aDatabaseTheDriverCannotReachIsDownAtOnceNotAfterTheServerSelectionTimeout() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + closed + "/?serverSelectionTimeoutMS=3000")) {
            DatabaseHealthIndicator indicator = new DatabaseHealthIndicator(new MongoTemplate(client, "cases"), client);

            long started = System.nanoTime();
            Health health = indicator.health(true);
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("database", "cases");
            assertThat(took).as("a readiness probe's answer").isLessThan(Duration.ofMillis(500));
        }
    }
}
