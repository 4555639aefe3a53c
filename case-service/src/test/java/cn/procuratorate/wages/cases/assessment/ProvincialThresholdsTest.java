package cn.procuratorate.wages.cases.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.wages.cases.assessment.ProvincialThresholds.Figures;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProvincialThresholdsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "21,     10000.00, 50000.00",
            "52,     10000.00, 50000.00",
            "41,     8000.00,  40000.00",
            "50,     10000.00, 60000.00",
            "500103, 10000.00, 60000.00"})   // a district of Chongqing: the province's figures
    void theDefaultTable(String region, String perWorker, String total) {
        assertThat(ProvincialThresholds.defaults().figuresFor(region))
                .contains(new Figures(new BigDecimal(perWorker), new BigDecimal(total)));
    }

    @Test
    void provincesWithoutFiguresUseTheNationalRange() {
        ProvincialThresholds defaults = ProvincialThresholds.defaults();
        assertThat(defaults.figuresFor("11")).isEmpty();
        AppliedFigures applied = defaults.applicableTo("110105");
        assertThat(applied.isRange()).isTrue();
        assertThat(applied.lowest()).isEqualTo(Figures.of("5000", "30000"));
        assertThat(applied.highest()).isEqualTo(Figures.of("20000", "100000"));
    }

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({"5000.00, 30000.00", "20000.00, 100000.00", "5000, 100000", "12345.67, 45678.90"})
    void overridesWithinTheNationalRangeAreAccepted(String perWorker, String total) {
        ProvincialThresholds thresholds = ProvincialThresholds.defaults()
                .withOverrides(Map.of("21", Figures.of(perWorker, total)));
        assertThat(thresholds.figuresFor("210102")).contains(Figures.of(perWorker, total));
        assertThat(thresholds.figuresFor("52")).contains(Figures.of("10000", "50000"));
    }

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({"4999.99, 30000.00", "20000.01, 100000.00", "5000.00, 29999.99", "20000.00, 100000.01"})
    void overridesOutsideTheNationalRangeAreRefused(String perWorker, String total) {
        assertThatThrownBy(() -> ProvincialThresholds.defaults().withOverrides(Map.of("33", Figures.of(perWorker,
                total)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Threshold figures of 33").hasMessageContaining("outside the national range");
    }

    @ParameterizedTest
    @CsvSource({"2", "211", "99", "9900", "2101021", "2a"})
    void overrideKeysArePrefixesOfProvinceCodes(String key) {
        assertThatThrownBy(() -> new ProvincialThresholds(ProvincialThresholds.NATIONAL_RANGE,
                Map.of(key, Figures.of("10000", "50000")))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(key);
    }

    @Test
    void theLongestPrefixApplies() {
        ProvincialThresholds thresholds = new ProvincialThresholds(ProvincialThresholds.NATIONAL_RANGE, Map.of(
                "42", Figures.of("10000", "50000"), "4211", Figures.of("5000", "30000"),
                "421102", Figures.of("6000", "35000")));
        assertThat(thresholds.keyFor("421102")).contains("421102");
        assertThat(thresholds.keyFor("421103")).contains("4211");
        assertThat(thresholds.keyFor("420102")).contains("42");
        assertThat(thresholds.keyFor("4211")).contains("4211");
        assertThat(thresholds.keyFor("43")).isEmpty();
    }

    @Test
    void figuresArePositiveFen() {
        assertThatThrownBy(() -> Figures.of("0", "30000")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Figures.of("5000.001", "30000")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Figures.of("5000", "30000").perWorker()).hasToString("5000.00");
    }

    @Test
    void theNationalRangeItselfIsOverridable() {
        ProvincialThresholds.NationalRange wider = new ProvincialThresholds.NationalRange(
                Figures.of("4000", "20000"), Figures.of("25000", "120000"));
        ProvincialThresholds thresholds = new ProvincialThresholds(wider, Map.of("11", Figures.of("25000", "120000")));
        assertThat(thresholds.figuresFor("11")).contains(Figures.of("25000", "120000"));
        assertThatThrownBy(() -> new ProvincialThresholds.NationalRange(Figures.of("20000", "100000"),
                Figures.of("5000", "30000"))).isInstanceOf(IllegalArgumentException.class);
    }
}
