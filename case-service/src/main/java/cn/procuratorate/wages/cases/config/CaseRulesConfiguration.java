package cn.procuratorate.wages.cases.config;

import cn.procuratorate.wages.cases.assessment.AssessmentRules;
import cn.procuratorate.wages.cases.assessment.ProvincialThresholds;
import cn.procuratorate.wages.cases.assessment.ProvincialThresholds.Figures;
import cn.procuratorate.wages.cases.assessment.ThresholdAssessment;
import cn.procuratorate.wages.cases.risk.FalseLitigationRisk;
import cn.procuratorate.wages.cases.risk.RiskThresholds;
import cn.procuratorate.wages.cases.workflow.StatutoryTimeLimits;
import cn.procuratorate.wages.cases.workflow.Workflows;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The plain rule classes as beans. Their figures come from law and stay in the rule classes; configuration may
 * override them where a province or a later rule differs:
 * <ul>
 * <li>{@code cases.time-limits.<limit>} — e.g. {@code arrest-review-not-detained=15d}, {@code prosecution-review=1m};
 *     an absent one keeps the statutory default ({@link StatutoryTimeLimits});</li>
 * <li>{@code cases.assessment.figures.[<2-, 4- or 6-digit region>].per-worker|total} — a province's (or a city's)
 *     figures for the amount "relatively large", checked against the national range ({@link ProvincialThresholds}).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class CaseRulesConfiguration {

    @Bean
    Workflows workflows(Environment environment) {
        return new Workflows(Binder.get(environment).bind("cases.time-limits", StatutoryTimeLimits.class)
                .orElseGet(StatutoryTimeLimits::defaults));
    }

    @Bean
    ThresholdAssessment thresholdAssessment(Environment environment) {
        Map<String, Figures> overrides = Binder.get(environment)
                .bind("cases.assessment.figures", Bindable.mapOf(String.class, Figures.class)).orElseGet(Map::of);
        return new ThresholdAssessment(AssessmentRules.defaults()
                .withThresholds(ProvincialThresholds.defaults().withOverrides(overrides)));
    }

    @Bean
    RiskThresholds riskThresholds() {
        return RiskThresholds.defaults();
    }

    @Bean
    FalseLitigationRisk falseLitigationRisk(RiskThresholds thresholds) {
        return new FalseLitigationRisk(thresholds);
    }
}
