package cn.procuratorate.wages.outreach.detection;

import static cn.procuratorate.wages.outreach.detection.Answers.YEAR;
import static cn.procuratorate.wages.outreach.detection.Answers.cases;
import static cn.procuratorate.wages.outreach.detection.Answers.company;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.wages.common.identifiers.SupervisingDepartment;
import cn.procuratorate.wages.outreach.clients.CaseStatisticsClient;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContractorConcentrationTest {

    private static final String CONTRACTOR = "91110000600037341L";

    private final ContractorConcentration rule = new ContractorConcentration(
            ContractorConcentration.Settings.defaults());

    @ParameterizedTest(name = "{0} cases")
    @CsvSource({"4, false", "5, true", "6, true"})
    void aContractorBehindAtLeastFiveCasesIsAConcentration(long caseCount, boolean concentrated) {
        List<Finding> findings = rule.find(cases(CaseStatisticsClient.GroupBy.GENERAL_CONTRACTOR, YEAR,
                company(CONTRACTOR, "某建工集团", "E4710", caseCount)), Answers.bothRead(YEAR));

        assertThat(findings).hasSize(concentrated ? 1 : 0);
    }

    @Test
    void aFindingNamesTheContractorCountsOnlyCasesAndQuotesItsRow() {
        Finding finding = rule.find(cases(CaseStatisticsClient.GroupBy.GENERAL_CONTRACTOR, YEAR,
                company(CONTRACTOR, "某建工集团", "E4710", 7)), Answers.bothRead(YEAR)).get(0);

        assertThat(finding.kind()).isEqualTo(FindingKind.CONTRACTOR_CONCENTRATION);
        assertThat(finding.label()).isEqualTo("某建工集团");
        assertThat(finding.countedFrom()).containsExactly(Source.CASES);
        ContractorConcentration.Figures figures = (ContractorConcentration.Figures) finding.evidence().figures();
        assertThat(figures.cases()).isEqualTo(7);
        assertThat(figures.workers()).isEqualTo(14);
        assertThat(figures.owed()).isEqualByComparingTo("7000.00");
        assertThat(figures.minCases()).isEqualTo(5);
        assertThat(finding.evidence().rows()).singleElement()
                .satisfies(row -> assertThat(row.groupBy()).isEqualTo("GENERAL_CONTRACTOR"));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
            "E4710, HOUSING_CONSTRUCTION",
            "E4812, TRANSPORT",
            "E4821, WATER_RESOURCES",
            "none,  HOUSING_CONSTRUCTION"})
    void theDepartmentSupervisesTheContractorsIndustryAndConstructionWhenUnknown(String industry,
            SupervisingDepartment department) {
        Finding finding = rule.find(cases(CaseStatisticsClient.GroupBy.GENERAL_CONTRACTOR, YEAR,
                company(CONTRACTOR, "某建工集团", industry, 5)), Answers.bothRead(YEAR)).get(0);

        assertThat(finding.supervisingDepartment().code()).isEqualTo(department);
    }

    @Test
    void casesWithoutAContractorAreNoOnesAndTheMostCasesComeFirst() {
        List<Finding> findings = rule.find(cases(CaseStatisticsClient.GroupBy.GENERAL_CONTRACTOR, YEAR,
                company(null, null, null, 50), company("91110108551385082Q", "乙建工", "E4710", 5),
                company(CONTRACTOR, "甲建工", "E4710", 8)), Answers.bothRead(YEAR));

        assertThat(findings).extracting(Finding::label).containsExactly("甲建工", "乙建工");
    }

    @Test
    void aConfiguredThresholdReplacesTheDesignChoice() {
        assertThat(new ContractorConcentration(new ContractorConcentration.Settings(3)).find(
                cases(CaseStatisticsClient.GroupBy.GENERAL_CONTRACTOR, YEAR, company(CONTRACTOR, "甲建工", "E4710", 3)),
                Answers.bothRead(YEAR))).hasSize(1);
        assertThatThrownBy(() -> new ContractorConcentration.Settings(1)).isInstanceOf(IllegalArgumentException.class);
    }
}
