package cn.procuratorate.wages.outreach.detection;

import static cn.procuratorate.wages.outreach.detection.Answers.YEAR;
import static cn.procuratorate.wages.outreach.detection.Answers.caseRow;
import static cn.procuratorate.wages.outreach.detection.Answers.cases;
import static cn.procuratorate.wages.outreach.detection.Answers.company;
import static cn.procuratorate.wages.outreach.detection.Answers.petitionRow;
import static cn.procuratorate.wages.outreach.detection.Answers.petitions;
import static cn.procuratorate.wages.outreach.detection.Answers.tallies;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.wages.common.identifiers.SupervisingDepartment;
import cn.procuratorate.wages.outreach.clients.CaseStatisticsClient;
import cn.procuratorate.wages.outreach.clients.PetitionStatisticsClient;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RepeatEmployersTest {

    private static final String CODE = "91110108551385082Q";

    private final RepeatEmployers rule = new RepeatEmployers(RepeatEmployers.Settings.defaults());

    @ParameterizedTest(name = "{0} cases, {1} petitions, {2} routed: {3} occurrences")
    @CsvSource({
            // below, at and above the issue's 3, from cases, petitions or both; a routed petition counts once
            "2, 0, 0, 2, false",
            "3, 0, 0, 3, true",
            "4, 0, 0, 4, true",
            "0, 2, 0, 2, false",
            "0, 3, 0, 3, true",
            "1, 2, 0, 3, true",
            "2, 2, 1, 3, true",
            "1, 2, 1, 2, false",
            "2, 2, 2, 2, false",
            // a routed petition whose case lies outside the period still counts
            "0, 3, 1, 3, true"})
    void anEmployerWithAtLeastThreeOccurrencesInThePeriodRepeats(long caseCount, long petitionCount, long routed,
            long occurrences, boolean repeats) {
        List<Finding> findings = rule.find(tallies(
                cases(CaseStatisticsClient.GroupBy.EMPLOYER, YEAR, caseRow(CODE, caseCount)),
                petitions(PetitionStatisticsClient.GroupBy.EMPLOYER, YEAR, petitionRow(CODE, petitionCount, routed))),
                Answers.bothRead(YEAR));

        assertThat(findings).hasSize(repeats ? 1 : 0);
        if (repeats) {
            RepeatEmployers.Figures figures = (RepeatEmployers.Figures) findings.get(0).evidence().figures();
            assertThat(figures.occurrences()).isEqualTo(occurrences);
            assertThat(figures.minOccurrences()).isEqualTo(3);
            assertThat(findings.get(0).countedFrom()).containsExactly(Source.CASES, Source.PETITIONS);
        }
    }

    @Test
    void aFindingNamesTheEmployerAsItsLatestCaseAndHasTheRowsOfBothSources() {
        Finding finding = rule.find(tallies(
                cases(CaseStatisticsClient.GroupBy.EMPLOYER, YEAR, company(CODE, "某建筑劳务有限公司", "E4710", 2)),
                petitions(PetitionStatisticsClient.GroupBy.EMPLOYER, YEAR,
                        petitionRow(CODE, "某建筑劳务公司", 1, 0))), Answers.bothRead(YEAR)).get(0);

        assertThat(finding.kind()).isEqualTo(FindingKind.REPEAT_EMPLOYER);
        assertThat(finding.key()).isEqualTo(CODE);
        assertThat(finding.label()).isEqualTo("某建筑劳务有限公司");
        assertThat(finding.id()).startsWith("repeat-employer-20251127-20261126-");
        assertThat(finding.evidence().rows()).extracting(Finding.SourceRow::source)
                .containsExactly(Source.CASES, Source.PETITIONS);
        assertThat(finding.evidence().rows()).allSatisfy(row -> {
            assertThat(row.groupBy()).isEqualTo("EMPLOYER");
            assertThat(row.from()).isEqualTo(YEAR.from());
        });
    }

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
            "E4710, HOUSING_CONSTRUCTION",
            "E4812, TRANSPORT",
            "E4822, WATER_RESOURCES",
            "H6210, HUMAN_RESOURCES_SOCIAL_SECURITY",
            "none,  HUMAN_RESOURCES_SOCIAL_SECURITY"})
    void theDepartmentSupervisesTheIndustryOfTheEmployersLatestCase(String industry, SupervisingDepartment department) {
        Finding finding = rule.find(tallies(cases(CaseStatisticsClient.GroupBy.EMPLOYER, YEAR,
                company(CODE, "某公司", industry, 3)), null), Answers.read(YEAR, Source.CASES)).get(0);

        assertThat(finding.supervisingDepartment().code()).isEqualTo(department);
        assertThat(finding.supervisingDepartment().name()).isEqualTo(department.shortLabel());
    }

    @Test
    void employersWithoutACreditCodeRepeatByNameAndRowsWithoutAnEmployerAreNoOnes() {
        List<Finding> findings = rule.find(tallies(
                cases(CaseStatisticsClient.GroupBy.EMPLOYER, YEAR, caseRow(null, 9)),
                petitions(PetitionStatisticsClient.GroupBy.EMPLOYER, YEAR, petitionRow(null, 9, 0),
                        petitionRow("李某某(包工头)", "李某某（包工头）", 3, 0))), Answers.bothRead(YEAR));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.key()).isEqualTo("李某某(包工头)");
            assertThat(finding.label()).isEqualTo("李某某（包工头）");
            assertThat(finding.supervisingDepartment().code())
                    .isEqualTo(SupervisingDepartment.HUMAN_RESOURCES_SOCIAL_SECURITY);
        });
    }

    @Test
    void withoutCaseFiguresThePetitionsCountAloneAndTheFindingSaysSo() {
        Finding finding = rule.find(tallies(null, petitions(PetitionStatisticsClient.GroupBy.EMPLOYER, YEAR,
                petitionRow(CODE, 3, 2))), Answers.read(YEAR, Source.PETITIONS)).get(0);

        assertThat(finding.countedFrom()).containsExactly(Source.PETITIONS);
        assertThat(((RepeatEmployers.Figures) finding.evidence().figures()).occurrences()).isEqualTo(3);
    }

    @Test
    void mostOccurrencesFirst() {
        List<Finding> findings = rule.find(tallies(cases(CaseStatisticsClient.GroupBy.EMPLOYER, YEAR,
                caseRow("91110000600037341L", 3), caseRow(CODE, 5), caseRow("91110105MA01C8QX3P", 3)), null),
                Answers.read(YEAR, Source.CASES));

        assertThat(findings).extracting(Finding::key).containsExactly(CODE, "91110000600037341L",
                "91110105MA01C8QX3P");
    }

    @Test
    void aConfiguredThresholdReplacesTheIssues() {
        RepeatEmployers stricter = new RepeatEmployers(new RepeatEmployers.Settings(5));
        Tallies employers = tallies(cases(CaseStatisticsClient.GroupBy.EMPLOYER, YEAR, caseRow(CODE, 4)), null);

        assertThat(stricter.find(employers, Answers.read(YEAR, Source.CASES))).isEmpty();
        assertThatThrownBy(() -> new RepeatEmployers.Settings(1)).isInstanceOf(IllegalArgumentException.class);
    }
}
