package cn.procuratorate.wages.outreach.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DetectionConfigurationTest {

    @Test
    void withoutConfigurationEveryRuleHasItsNamedDefault() {
        DetectionSettings settings = DetectionConfiguration.settings(new MockEnvironment());

        assertThat(settings).isEqualTo(DetectionSettings.defaults());
        assertThat(settings.repeatEmployers().minOccurrences()).isEqualTo(3);
        assertThat(settings.risingArrears()).isEqualTo(new RisingArrears.Settings(5, new BigDecimal("1.5")));
        assertThat(settings.contractorConcentration().minCases()).isEqualTo(5);
        assertThat(settings.seasonalSurge()).isEqualTo(new SeasonalSurge.Settings(60, new BigDecimal("1.5"), 5, 6));
    }

    @Test
    void aConfiguredThresholdReplacesOnlyItself() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("outreach.detection.repeat-employers.min-occurrences", "4")
                .withProperty("outreach.detection.rising-arrears.min-ratio", "2.0")
                .withProperty("outreach.detection.seasonal-surge.days-before-new-year", "45");

        DetectionSettings settings = DetectionConfiguration.settings(environment);

        assertThat(settings.repeatEmployers().minOccurrences()).isEqualTo(4);
        assertThat(settings.risingArrears()).isEqualTo(new RisingArrears.Settings(5, new BigDecimal("2.0")));
        assertThat(settings.contractorConcentration()).isEqualTo(ContractorConcentration.Settings.defaults());
        assertThat(settings.seasonalSurge().daysBeforeNewYear()).isEqualTo(45);
        assertThat(settings.seasonalSurge().minOtherMonths()).isEqualTo(6);
    }

    @Test
    void aThresholdARuleRefusesStopsTheStart() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("outreach.detection.rising-arrears.min-ratio", "0.8");

        assertThatThrownBy(() -> DetectionConfiguration.settings(environment))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
