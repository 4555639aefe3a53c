package cn.procuratorate.wages.petitions.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import cn.procuratorate.wages.petitions.petition.PetitionIntake;
import cn.procuratorate.wages.petitions.petition.PetitionerIdentity;
import cn.procuratorate.wages.petitions.petition.Petitions;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Demo petitions exist only where a developer runs the system: under the dev profile, unless switched off. */
class DemoPetitionSeederConditionsTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(DemoPetitionSeeder.class)
            .withBean(MongoTemplate.class, () -> mock(MongoTemplate.class))
            .withBean(PetitionIntake.class, () -> mock(PetitionIntake.class))
            .withBean(Petitions.class, () -> mock(Petitions.class))
            .withBean(PetitionerIdentity.class, () -> mock(PetitionerIdentity.class))
            .withBean(Clock.class, Clock::systemUTC);

    @Test
    void seedsUnderTheDevProfile() {
        context.withInitializer(c -> c.getEnvironment().setActiveProfiles("dev"))
                .run(c -> assertThat(c).hasSingleBean(DemoPetitionSeeder.class));
    }

    @Test
    void neverWithoutIt() {
        context.withPropertyValues("petitions.demo.enabled=true")
                .run(c -> assertThat(c).doesNotHaveBean(DemoPetitionSeeder.class));
    }

    @Test
    void notWhenSwitchedOff() {
        context.withInitializer(c -> c.getEnvironment().setActiveProfiles("dev"))
                .withPropertyValues("petitions.demo.enabled=false")
                .run(c -> assertThat(c).doesNotHaveBean(DemoPetitionSeeder.class));
    }
}
