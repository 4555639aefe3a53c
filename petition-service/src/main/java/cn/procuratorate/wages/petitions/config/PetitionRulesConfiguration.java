package cn.procuratorate.wages.petitions.config;

import cn.procuratorate.wages.petitions.rules.DuplicateRules;
import cn.procuratorate.wages.petitions.rules.GroupLinking;
import cn.procuratorate.wages.petitions.rules.PriorityRules;
import cn.procuratorate.wages.petitions.rules.SpringFestival;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The plain petition rules as beans. Their figures are design choices documented in the rule classes; the Spring
 * Festival lead time follows the local winter campaign, so it is configurable:
 * {@code petitions.spring-festival.days-before-new-year} (default 60).
 */
@Configuration(proxyBeanMethods = false)
class PetitionRulesConfiguration {

    @Bean
    PriorityRules priorityRules(Environment environment) {
        PriorityRules.Settings defaults = PriorityRules.Settings.defaults();
        int days = Binder.get(environment).bind("petitions.spring-festival.days-before-new-year", Integer.class)
                .orElse(defaults.springFestival().daysBeforeNewYear());
        return new PriorityRules(new PriorityRules.Settings(defaults.manyWorkers(), defaults.largeAmountFen(),
                new SpringFestival.Settings(days)));
    }

    @Bean
    DuplicateRules duplicateRules() {
        return DuplicateRules.defaults();
    }

    @Bean
    GroupLinking groupLinking() {
        return GroupLinking.defaults();
    }
}
