package cn.procuratorate.wages.common.config;

import cn.procuratorate.wages.common.health.DatabaseHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The service's own database as a health component, which the readiness group requires. */
@AutoConfiguration(after = DataMongoAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
@ConditionalOnBean(MongoTemplate.class)
public class DatabaseHealthAutoConfiguration {

    /** Bean name "databaseHealthIndicator" makes the component "database" (see platform-defaults.properties). */
    @Bean
    DatabaseHealthIndicator databaseHealthIndicator(MongoTemplate mongo) {
        return new DatabaseHealthIndicator(mongo);
    }
}
