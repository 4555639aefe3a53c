package cn.procuratorate.wages.common.config;

import cn.procuratorate.wages.common.health.DatabaseHealthIndicator;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;

/** How the services use their database: short timeouts when it is down, and its health as readiness. */
@AutoConfiguration(after = DataMongoAutoConfiguration.class)
// Both Spring Data MongoDB and Boot's MongoDB module: a classpath with only the former (a test library) has no
// client to customize.
@ConditionalOnClass(name = {"org.springframework.data.mongodb.core.MongoTemplate",
        "org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer"})
public class DatabaseAutoConfiguration {

    /**
     * The driver waits 30 s for a server by default, so a request would hang that long while the database is down.
     * Applied before the connection string, so options given in {@code MONGODB_URI} still win.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    MongoClientSettingsBuilderCustomizer platformMongoTimeouts(
            @Value("${platform.mongodb.server-selection-timeout:3s}") Duration serverSelection,
            @Value("${platform.mongodb.connect-timeout:2s}") Duration connect,
            @Value("${platform.mongodb.heartbeat-frequency:2s}") Duration heartbeat) {
        // The heartbeat is how soon the driver sees a database that is back (or gone) when nothing else asks;
        // readiness reads the driver's view (DatabaseHealthIndicator), so it follows within this time.
        return settings -> settings
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(serverSelection.toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(connect.toMillis(), TimeUnit.MILLISECONDS))
                .applyToServerSettings(server -> server.heartbeatFrequency(heartbeat.toMillis(), TimeUnit.MILLISECONDS));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    static class Health {

        /** Bean name "databaseHealthIndicator" makes the component "database" (see platform-defaults.properties). */
        @Bean
        @ConditionalOnBean(MongoTemplate.class)
        DatabaseHealthIndicator databaseHealthIndicator(MongoTemplate mongo,
                org.springframework.beans.factory.ObjectProvider<com.mongodb.client.MongoClient> client) {
            return new DatabaseHealthIndicator(mongo, client.getIfAvailable());
        }
    }
}
