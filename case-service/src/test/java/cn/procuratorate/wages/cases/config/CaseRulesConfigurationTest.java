package cn.procuratorate.wages.cases.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.wages.cases.assessment.ProvincialThresholds;
import cn.procuratorate.wages.cases.workflow.StatutoryTimeLimits;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class CaseRulesConfigurationTest {

    private final CaseRulesConfiguration configuration = new CaseRulesConfiguration();

    @Test
    void withoutConfigurationTheLawsFiguresApply() {
        assertThat(configuration.workflows(new MockEnvironment()).limits()).isEqualTo(StatutoryTimeLimits.defaults());
    }

    @Test
    void aConfiguredTimeLimitReplacesOnlyItself() {
        MockEnvironment environment = new MockEnvironment().withProperty("cases.time-limits.arrest-review-not-detained",
                "10d");
        StatutoryTimeLimits limits = configuration.workflows(environment).limits();
        assertThat(limits.arrestReviewNotDetained()).isEqualTo(Period.ofDays(10));
        assertThat(limits.prosecutionReview()).isEqualTo(StatutoryTimeLimits.PROSECUTION_REVIEW);
    }

    @Test
    void aProvinceFigureOutsideTheNationalRangeStopsTheStart() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("cases.assessment.figures.[44].per-worker", "1000")
                .withProperty("cases.assessment.figures.[44].total", "50000");
        assertThatThrownBy(() -> configuration.thresholdAssessment(environment))
                .hasStackTraceContaining("range");
    }

    @Test
    void aProvinceFigureWithinTheRangeIsUsed() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("cases.assessment.figures.[44].per-worker", "12000")
                .withProperty("cases.assessment.figures.[44].total", "60000");
        ProvincialThresholds thresholds = configuration.thresholdAssessment(environment).rules().thresholds();
        assertThat(thresholds.figuresFor("440105")).contains(ProvincialThresholds.Figures.of("12000", "60000"));
        // The built-in table stays for the other provinces.
        assertThat(thresholds.figuresFor("210102")).isEqualTo(ProvincialThresholds.defaults().figuresFor("210102"));
    }
}
