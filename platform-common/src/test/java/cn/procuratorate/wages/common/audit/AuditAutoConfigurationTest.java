package cn.procuratorate.wages.common.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.data.mongodb.core.MongoTemplate;

class AuditAutoConfigurationTest {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(AuditAutoConfiguration.class))
            .withBean(Clock.class, Clock::systemUTC);

    @Test
    void aServiceWithoutDatabaseHasNoTrail() {
        runner.run(context -> assertThat(context).doesNotHaveBean(AuditTrail.class));
    }

    @Test
    void aServiceWithDatabaseRecordsAndOffersTheTrailWhereItsPropertySaysOnly() {
        runner.withBean(MongoTemplate.class, () -> mock(MongoTemplate.class)).run(context -> {
            assertThat(context).hasSingleBean(AuditTrail.class).hasBean("auditFilter");
            assertThat(context).doesNotHaveBean(AuditController.class);
        });
        runner.withBean(MongoTemplate.class, () -> mock(MongoTemplate.class))
                .withPropertyValues("platform.audit.path=/api/cases/audit")
                .run(context -> assertThat(context).hasSingleBean(AuditController.class));
    }

    @Test
    void aTrailOutsideTheApiIsRefusedAtStartUp() {
        runner.withBean(MongoTemplate.class, () -> mock(MongoTemplate.class))
                .withPropertyValues("platform.audit.path=/audit")
                .run(context -> assertThat(context).hasFailed());
    }
}
