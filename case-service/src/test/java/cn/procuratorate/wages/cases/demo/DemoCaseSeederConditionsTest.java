package cn.procuratorate.wages.cases.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import cn.procuratorate.wages.cases.casefile.Cases;
import cn.procuratorate.wages.cases.workflow.Workflows;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Demo cases exist only where a developer runs the system: under the dev profile, unless switched off. */
class DemoCaseSeederConditionsTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(DemoCaseSeeder.class)
            .withBean(MongoTemplate.class, () -> mock(MongoTemplate.class))
            .withBean(Cases.class, () -> mock(Cases.class))
            .withBean(Workflows.class, Workflows::withDefaults)
            .withBean(Clock.class, Clock::systemUTC);

    @Test
    void seedsUnderTheDevProfile() {
        context.withInitializer(c -> c.getEnvironment().setActiveProfiles("dev"))
                .run(c -> assertThat(c).hasSingleBean(DemoCaseSeeder.class));
    }

    @Test
    void neverWithoutIt() {
        context.withPropertyValues("cases.demo.enabled=true")
                .run(c -> assertThat(c).doesNotHaveBean(DemoCaseSeeder.class));
    }

    @Test
    void notWhenSwitchedOff() {
        context.withInitializer(c -> c.getEnvironment().setActiveProfiles("dev"))
                .withPropertyValues("cases.demo.enabled=false")
                .run(c -> assertThat(c).doesNotHaveBean(DemoCaseSeeder.class));
    }
}
