package cn.procuratorate.wages.outreach.detection;

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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeasonalSurgeTest {

    /** March 2025 to February 2026: the season of the 2026 New Year (17 February) is January and February 2026. */
    private static final DetectionPeriod PERIOD = new DetectionPeriod(LocalDate.parse("2025-03-01"),
            LocalDate.parse("2026-02-28"));

    private final SeasonalSurge rule = new SeasonalSurge(SeasonalSurge.Settings.defaults());

    @ParameterizedTest(name = "{0} and {1} in the season, 2 a month otherwise")
    @CsvSource(nullValues = "none", value = {
            // the other 10 months have 2 a month: the season needs a mean of 3 (ratio 1.5)
            "2, 3, false, none",
            "3, 3, true,  1.50",
            "4, 3, true,  1.75"})
    void aSeasonSurgesWithHalfAsManyAgainPerMonthAsTheOtherMonths(long january, long february, boolean surges,
            BigDecimal ratio) {
        List<Finding> findings = rule.find(months(Map.of("2026-01", january, "2026-02", february), 2),
                Answers.read(PERIOD, Source.CASES));

        assertThat(findings).hasSize(surges ? 1 : 0);
        if (surges) {
            SeasonalSurge.Figures figures = (SeasonalSurge.Figures) findings.get(0).evidence().figures();
            assertThat(figures.seasonMonths()).containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 2));
            assertThat(figures.otherMonths()).isEqualTo(10);
            assertThat(figures.otherArrears()).isEqualTo(20);
            assertThat(figures.ratio()).isEqualTo(ratio);
        }
    }

    @ParameterizedTest(name = "{0} in the season, none otherwise")
    @CsvSource({"4, false", "5, true", "6, true"})
    void aSeasonWithoutArrearsAroundItSurgesFromTheMinimumCount(long season, boolean surges) {
        List<Finding> findings = rule.find(months(Map.of("2026-01", season), 0), Answers.read(PERIOD, Source.CASES));

        assertThat(findings).hasSize(surges ? 1 : 0);
        if (surges) {
            assertThat(((SeasonalSurge.Figures) findings.get(0).evidence().figures()).ratio()).isNull();
        }
    }

    @ParameterizedTest(name = "New Year {0}: {1}")
    @CsvSource({
            "2026, 2026-01 2026-02",
            "2025, 2024-12 2025-01",
            "2024, 2023-12 2024-01",
            "2023, 2022-12 2023-01"})
    void theSeasonIsTheMonthsLyingAtLeastHalfInTheSixtyDaysBeforeTheNewYear(int year, String expected) {
        DetectionPeriod threeYears = new DetectionPeriod(LocalDate.of(year - 2, 3, 1), LocalDate.of(year, 2, 28));
        Map<String, Long> busy = new HashMap<>();
        for (String month : expected.split(" ")) {
            busy.put(month, 10L);
        }

        List<Finding> findings = rule.find(months(threeYears, busy, 1), Answers.read(threeYears, Source.CASES));

        assertThat(findings).filteredOn(finding -> finding.key().equals(String.valueOf(year))).singleElement()
                .satisfies(finding -> assertThat(((SeasonalSurge.Figures) finding.evidence().figures())
                        .seasonMonths()).extracting(YearMonth::toString).containsExactly(expected.split(" ")));
    }

    @Test
    void aFindingCountsBothSourcesGoesToTheDepartmentThatLeadsTheWinterCampaignAndQuotesEveryMonth() {
        List<CaseStatisticsClient.Row> caseRows = new ArrayList<>();
        List<PetitionStatisticsClient.Row> petitionRows = new ArrayList<>();
        for (YearMonth month : PERIOD.wholeMonths()) {
            boolean season = month.getYear() == 2026;
            caseRows.add(caseRow(month.toString(), season ? 4 : 1));
            petitionRows.add(petitionRow(month.toString(), season ? 3 : 1, 1));
        }
        Finding finding = rule.find(tallies(
                cases(CaseStatisticsClient.GroupBy.MONTH, PERIOD, caseRows.toArray(CaseStatisticsClient.Row[]::new)),
                petitions(PetitionStatisticsClient.GroupBy.MONTH, PERIOD,
                        petitionRows.toArray(PetitionStatisticsClient.Row[]::new))), Answers.bothRead(PERIOD)).get(0);

        SeasonalSurge.Figures figures = (SeasonalSurge.Figures) finding.evidence().figures();
        // each season month: 3 petitions + (4 cases - 1 routed); each other month: 1 + (1 - 1)
        assertThat(figures.seasonArrears()).isEqualTo(12);
        assertThat(figures.seasonMonthlyMean()).isEqualByComparingTo("6.00");
        assertThat(figures.otherMonthlyMean()).isEqualByComparingTo("1.00");
        assertThat(figures.newYearDay()).isEqualTo(LocalDate.parse("2026-02-17"));
        assertThat(finding.key()).isEqualTo("2026");
        assertThat(finding.label()).isEqualTo("2026年春节前（2026-01、2026-02）");
        assertThat(finding.supervisingDepartment().code())
                .isEqualTo(SupervisingDepartment.HUMAN_RESOURCES_SOCIAL_SECURITY);
        assertThat(finding.countedFrom()).containsExactly(Source.CASES, Source.PETITIONS);
        assertThat(finding.evidence().rows()).hasSize(24);
    }

    @Test
    void monthsCutByThePeriodCountNeitherAsSeasonNorAsBaseline() {
        // 2025-03-15 to 2026-02-27: March 2025 and February 2026 are cut, so the 2026 season is incomplete.
        DetectionPeriod cut = new DetectionPeriod(LocalDate.parse("2025-03-15"), LocalDate.parse("2026-02-27"));

        assertThat(rule.find(months(cut, Map.of("2026-01", 50L), 0), Answers.read(cut, Source.CASES))).isEmpty();
    }

    @Test
    void tooFewOtherMonthsMakeNoBaseline() {
        // October 2025 to February 2026: 3 other months (Oct, Nov, Dec) for the 2026 season.
        DetectionPeriod fiveMonths = new DetectionPeriod(LocalDate.parse("2025-10-01"), LocalDate.parse("2026-02-28"));

        assertThat(rule.find(months(fiveMonths, Map.of("2026-01", 50L), 0), Answers.read(fiveMonths, Source.CASES)))
                .isEmpty();
        assertThat(new SeasonalSurge(new SeasonalSurge.Settings(60, new BigDecimal("1.5"), 5, 3))
                .find(months(fiveMonths, Map.of("2026-01", 50L), 0), Answers.read(fiveMonths, Source.CASES)))
                .hasSize(1);
    }

    @Test
    void yearsOutsideTheTableOfNewYearDaysAreNotGuessed() {
        DetectionPeriod before = new DetectionPeriod(LocalDate.parse("2017-03-01"), LocalDate.parse("2019-02-28"));

        assertThat(rule.find(months(before, Map.of("2019-01", 50L), 0), Answers.read(before, Source.CASES)))
                .isEmpty();
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThatThrownBy(() -> new SeasonalSurge.Settings(0, new BigDecimal("1.5"), 5, 6))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SeasonalSurge.Settings(301, new BigDecimal("1.5"), 5, 6))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SeasonalSurge.Settings(60, new BigDecimal("0.9"), 5, 6))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Tallies months(Map<String, Long> season, long otherwise) {
        return months(PERIOD, season, otherwise);
    }

    /** Case figures of every month the period touches: {@code otherwise} cases, or the number given for it. */
    private static Tallies months(DetectionPeriod period, Map<String, Long> given, long otherwise) {
        List<CaseStatisticsClient.Row> rows = new ArrayList<>();
        for (YearMonth month = YearMonth.from(period.from()); !month.isAfter(YearMonth.from(period.to()));
                month = month.plusMonths(1)) {
            rows.add(caseRow(month.toString(), given.getOrDefault(month.toString(), otherwise)));
        }
        return tallies(cases(CaseStatisticsClient.GroupBy.MONTH, period, rows.toArray(CaseStatisticsClient.Row[]::new)),
                null);
    }
}
