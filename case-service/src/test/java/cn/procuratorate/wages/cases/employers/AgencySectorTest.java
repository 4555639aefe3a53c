package cn.procuratorate.wages.cases.employers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgencySectorTest {

    /** The departments of IndustrySupervision's default table; 人社 sees every industry. */
    @ParameterizedTest
    @CsvSource({
            "E4710, true,  true,  false, false",
            "E48,   true,  true,  false, false",
            "E4813, true,  false, true,  false",
            "E4823, true,  false, true,  false",
            "E4821, true,  false, false, true",
            "E4822, true,  false, false, true",
            "E5010, true,  true,  false, false",
            "C1810, true,  false, false, false",
            "G5410, true,  false, false, false"})
    void aSectorCoversTheIndustriesItsDepartmentSupervises(String industry, boolean hrss, boolean housing,
            boolean transport, boolean water) {
        assertThat(AgencySector.HRSS.covers(industry)).isEqualTo(hrss);
        assertThat(AgencySector.HOUSING.covers(industry)).isEqualTo(housing);
        assertThat(AgencySector.TRANSPORT.covers(industry)).isEqualTo(transport);
        assertThat(AgencySector.WATER.covers(industry)).isEqualTo(water);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {"HOUSING, HOUSING", "housing, none", "POLICE, none", "none, none"})
    void theClaimNamesTheSectorAsAuthServerWritesIt(String claim, AgencySector sector) {
        assertThat(AgencySector.of(claim)).isEqualTo(java.util.Optional.ofNullable(sector));
    }
}
