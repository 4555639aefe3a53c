package cn.procuratorate.wages.cases.config;

import cn.procuratorate.wages.cases.assessment.ThresholdAssessment;
import cn.procuratorate.wages.cases.workflow.StatutoryTimeLimits;
import cn.procuratorate.wages.cases.workflow.Workflows;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plain rule classes as beans, fed with the limits from configuration where it overrides the law's defaults. */
@Configuration(proxyBeanMethods = false)
class CaseRulesConfiguration {

    @Bean
    Workflows workflows() {
        return new Workflows(StatutoryTimeLimits.defaults());
    }

    @Bean
    ThresholdAssessment thresholdAssessment() {
        return ThresholdAssessment.defaults();
    }
}
