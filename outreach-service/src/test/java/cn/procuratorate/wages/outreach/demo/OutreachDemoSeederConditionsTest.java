package cn.procuratorate.wages.outreach.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import cn.procuratorate.wages.outreach.campaign.Campaigns;
import cn.procuratorate.wages.outreach.materials.Materials;
import cn.procuratorate.wages.outreach.suggestions.Suggestions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Demo records exist only where a developer runs the system: under the dev profile, unless switched off. */
class OutreachDemoSeederConditionsTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(OutreachDemoSeeder.class)
            .withBean(MongoTemplate.class, () -> mock(MongoTemplate.class))
            .withBean(Materials.class, () -> mock(Materials.class))
            .withBean(Campaigns.class, () -> mock(Campaigns.class))
            .withBean(Suggestions.class, () -> mock(Suggestions.class))
            .withBean(JsonMapper.class, JsonMapper::new);

    @Test
    void seedsUnderTheDevProfile() {
        context.withInitializer(c -> c.getEnvironment().setActiveProfiles("dev"))
                .run(c -> assertThat(c).hasSingleBean(OutreachDemoSeeder.class));
    }

    @Test
    void neverWithoutIt() {
        context.withPropertyValues("outreach.demo.enabled=true")
                .run(c -> assertThat(c).doesNotHaveBean(OutreachDemoSeeder.class));
    }

    @Test
    void notWhenSwitchedOff() {
        context.withInitializer(c -> c.getEnvironment().setActiveProfiles("dev"))
                .withPropertyValues("outreach.demo.enabled=false")
                .run(c -> assertThat(c).doesNotHaveBean(OutreachDemoSeeder.class));
    }
}
