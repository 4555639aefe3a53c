package cn.procuratorate.wages.outreach.detection;

import static cn.procuratorate.wages.outreach.detection.Answers.YEAR;
import static cn.procuratorate.wages.outreach.detection.Answers.caseRow;
import static cn.procuratorate.wages.outreach.detection.Answers.cases;
import static cn.procuratorate.wages.outreach.detection.Answers.petitionRow;
import static cn.procuratorate.wages.outreach.detection.Answers.petitions;
import static cn.procuratorate.wages.outreach.detection.Answers.tallies;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.wages.common.identifiers.SupervisingDepartment;
import cn.procuratorate.wages.outreach.clients.CaseStatisticsClient;
import cn.procuratorate.wages.outreach.clients.PetitionStatisticsClient;
import cn.procuratorate.wages.outreach.detection.RisingArrears.Dimension;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RisingArrearsTest {

    private static final DetectionPeriod QUARTER = YEAR.lastQuarter();
    private static final DetectionPeriod BEFORE = YEAR.quartersBefore();

    private final RisingArrears rule = new RisingArrears(RisingArrears.Settings.defaults());

    @ParameterizedTest(name = "{0} in the quarter after {1} in the year before")
    @CsvSource(nullValues = "none", value = {
            // the minimum count of 5: below, at, above (a rise from nothing has no ratio)
            "4,  0, false, none",
            "5,  0, true,  none",
            "6,  0, true,  none",
            // the ratio of 1.5 against the quarterly mean: below, at, above
            "6, 17, false, none",
            "6, 16, true,  1.50",
            "7, 16, true,  1.75",
            "5, 14, false, none",
            "5, 13, true,  1.54",
            // many before: no rise however many now
            "40, 160, false, none"})
    void aQuarterRisesWithEnoughArrearsAndHalfAsManyAgainAsTheMeanOfTheFourBefore(long quarter, long before,
            boolean rises, BigDecimal ratio) {
        List<Finding> findings = rule.find(Dimension.INDUSTRY,
                tallies(cases(CaseStatisticsClient.GroupBy.INDUSTRY, QUARTER, caseRow("E4710", quarter)), null),
                tallies(cases(CaseStatisticsClient.GroupBy.INDUSTRY, BEFORE, caseRow("E4710", before)), null),
                Answers.read(YEAR, Source.CASES));

        assertThat(findings).hasSize(rises ? 1 : 0);
        if (rises) {
            RisingArrears.Figures figures = (RisingArrears.Figures) findings.get(0).evidence().figures();
            assertThat(figures.quarterArrears()).isEqualTo(quarter);
            assertThat(figures.quartersBeforeArrears()).isEqualTo(before);
            assertThat(figures.ratio()).isEqualTo(ratio);
            assertThat(figures.baselineQuarterlyMean())
                    .isEqualTo(BigDecimal.valueOf(before).divide(BigDecimal.valueOf(4)).setScale(2));
        }
    }

    @Test
    void aFindingHasTheQuarterItsBaselineAndTheRowsOfBothSourcesInBoth() {
        Finding finding = rule.find(Dimension.INDUSTRY,
                tallies(cases(CaseStatisticsClient.GroupBy.INDUSTRY, QUARTER, caseRow("E4812", 4)),
                        petitions(PetitionStatisticsClient.GroupBy.INDUSTRY, QUARTER, petitionRow("E4812", 3, 1))),
                tallies(cases(CaseStatisticsClient.GroupBy.INDUSTRY, BEFORE, caseRow("E4812", 8)),
                        petitions(PetitionStatisticsClient.GroupBy.INDUSTRY, BEFORE, petitionRow("E4812", 2, 0))),
                Answers.bothRead(YEAR)).get(0);

        RisingArrears.Figures figures = (RisingArrears.Figures) finding.evidence().figures();
        // 3 petitions + (4 cases - 1 routed) = 6 after 2 + 8 = 10: mean 2.50, ratio 2.40
        assertThat(figures.quarterArrears()).isEqualTo(6);
        assertThat(figures.quartersBeforeArrears()).isEqualTo(10);
        assertThat(figures.ratio()).isEqualByComparingTo("2.40");
        assertThat(figures.quarter()).isEqualTo(QUARTER);
        assertThat(figures.quartersBefore()).isEqualTo(BEFORE);
        assertThat(finding.key()).isEqualTo("INDUSTRY:E4812");
        assertThat(finding.label()).isEqualTo("行业 E4812");
        assertThat(finding.supervisingDepartment().code()).isEqualTo(SupervisingDepartment.TRANSPORT);
        assertThat(finding.evidence().rows()).extracting(row -> row.source() + " " + row.from())
                .containsExactly("CASES " + QUARTER.from(), "PETITIONS " + QUARTER.from(), "CASES " + BEFORE.from(),
                        "PETITIONS " + BEFORE.from());
    }

    @Test
    void aRegionGoesToTheDepartmentThatCoordinatesEveryIndustry() {
        Finding finding = rule.find(Dimension.REGION,
                tallies(cases(CaseStatisticsClient.GroupBy.REGION, QUARTER, caseRow("110105", 9)), null),
                tallies(cases(CaseStatisticsClient.GroupBy.REGION, BEFORE, caseRow("110105", 4)), null),
                Answers.read(YEAR, Source.CASES)).get(0);

        assertThat(finding.key()).isEqualTo("REGION:110105");
        assertThat(finding.supervisingDepartment().code())
                .isEqualTo(SupervisingDepartment.HUMAN_RESOURCES_SOCIAL_SECURITY);
    }

    @Test
    void aRiseFromNothingComesFirstThenTheSteepest() {
        List<Finding> findings = rule.find(Dimension.INDUSTRY,
                tallies(cases(CaseStatisticsClient.GroupBy.INDUSTRY, QUARTER, caseRow("C1810", 6), caseRow("E4710", 9),
                        caseRow("H6210", 5)), null),
                tallies(cases(CaseStatisticsClient.GroupBy.INDUSTRY, BEFORE, caseRow("C1810", 8), caseRow("E4710", 8)),
                        null),
                Answers.read(YEAR, Source.CASES));

        assertThat(findings).extracting(Finding::key).containsExactly("INDUSTRY:H6210", "INDUSTRY:E4710",
                "INDUSTRY:C1810");
    }

    @Test
    void configuredThresholdsReplaceTheDesignChoicesAndNonsenseIsRefused() {
        RisingArrears stricter = new RisingArrears(new RisingArrears.Settings(10, new BigDecimal("2")));
        List<Finding> findings = stricter.find(Dimension.INDUSTRY,
                tallies(cases(CaseStatisticsClient.GroupBy.INDUSTRY, QUARTER, caseRow("E4710", 9),
                        caseRow("E4790", 10)), null),
                tallies(cases(CaseStatisticsClient.GroupBy.INDUSTRY, BEFORE, caseRow("E4790", 20)), null),
                Answers.read(YEAR, Source.CASES));

        assertThat(findings).extracting(Finding::key).containsExactly("INDUSTRY:E4790");
        assertThatThrownBy(() -> new RisingArrears.Settings(5, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RisingArrears.Settings(0, new BigDecimal("1.5")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
