package cn.procuratorate.wages.petitions.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.wages.petitions.rules.SpringFestival.SurgeStatus;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpringFestivalTest {

    private final SpringFestival festival = SpringFestival.defaults();

    @ParameterizedTest(name = "正月初一 {0} = {1}")
    @CsvSource({
        "2020, 2020-01-25", "2021, 2021-02-12", "2022, 2022-02-01", "2023, 2023-01-22", "2024, 2024-02-10",
        "2025, 2025-01-29", "2026, 2026-02-17", "2027, 2027-02-06", "2028, 2028-01-26", "2029, 2029-02-13",
        "2030, 2030-02-03", "2031, 2031-01-23", "2032, 2032-02-11", "2033, 2033-01-31", "2034, 2034-02-19",
        "2035, 2035-02-08", "2036, 2036-01-28", "2037, 2037-02-15", "2038, 2038-02-04", "2039, 2039-01-24",
        "2040, 2040-02-12"})
    void everyTableYearsNewYearDayIsInTheSurgePeriod(int year, LocalDate newYearDay) {
        assertThat(SpringFestival.newYearDay(year)).contains(newYearDay);
        assertThat(festival.statusOn(newYearDay)).isEqualTo(SurgeStatus.IN_PERIOD);
        assertThat(SpringFestival.lanternFestival(year)).contains(newYearDay.plusDays(14));
    }

    @ParameterizedTest(name = "{0} is not in the table")
    @CsvSource({"1900", "2018", "2019", "2041", "2100"})
    void yearsOutsideTheTableHaveNoNewYearDay(int year) {
        assertThat(SpringFestival.newYearDay(year)).isEmpty();
        assertThat(SpringFestival.lanternFestival(year)).isEmpty();
        assertThat(festival.surgePeriod(year)).isEmpty();
    }

    @Test
    void theTableCoversItsYearsWithoutGapsAndEachDateIsAPossibleNewYearDay() {
        Map<Integer, LocalDate> table = SpringFestival.newYearDays();
        assertThat(table.keySet()).containsExactlyElementsOf(
                IntStream.rangeClosed(SpringFestival.FIRST_TABLE_YEAR, SpringFestival.LAST_TABLE_YEAR)
                        .boxed().toList());
        List<Long> lunarYearLengths = new ArrayList<>();
        LocalDate previous = null;
        for (Map.Entry<Integer, LocalDate> row : table.entrySet()) {
            LocalDate day = row.getValue();
            assertThat(day.getYear()).isEqualTo(row.getKey());
            assertThat(MonthDay.from(day)).isBetween(SpringFestival.EARLIEST_NEW_YEAR_DAY,
                    SpringFestival.LATEST_NEW_YEAR_DAY);
            if (previous != null) {
                lunarYearLengths.add(ChronoUnit.DAYS.between(previous, day));
            }
            previous = day;
        }
        // A Chinese year has 12 months of 29 or 30 days (353–355 days) or 13 (383–385 days).
        assertThat(lunarYearLengths).allMatch(Set.of(353L, 354L, 355L, 383L, 384L, 385L)::contains);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        // 2026: 正月初一 2026-02-17, period 2025-12-19 .. 2026-03-03 (正月十五)
        "2025-12-18, OUTSIDE", "2025-12-19, IN_PERIOD", "2026-02-17, IN_PERIOD", "2026-03-03, IN_PERIOD",
        "2026-03-04, OUTSIDE",
        // 2025: 正月初一 2025-01-29, period 2024-11-30 .. 2025-02-12
        "2024-11-29, OUTSIDE", "2024-11-30, IN_PERIOD", "2025-02-12, IN_PERIOD", "2025-02-13, OUTSIDE",
        // 2024: 正月初一 2024-02-10, period 2023-12-12 .. 2024-02-24
        "2023-12-11, OUTSIDE", "2023-12-12, IN_PERIOD", "2024-02-24, IN_PERIOD", "2024-02-25, OUTSIDE",
        // 2027: 正月初一 2027-02-06 (not the 7th), period 2026-12-08 .. 2027-02-20
        "2026-12-07, OUTSIDE", "2026-12-08, IN_PERIOD", "2027-02-20, IN_PERIOD", "2027-02-21, OUTSIDE",
        // first table year: its period starts in 2019, a year the table lacks
        "2019-11-25, OUTSIDE", "2019-11-26, IN_PERIOD", "2020-02-08, IN_PERIOD", "2020-02-09, OUTSIDE",
        // last table year
        "2039-12-13, OUTSIDE", "2039-12-14, IN_PERIOD", "2040-02-26, IN_PERIOD", "2040-02-27, OUTSIDE",
        "2026-07-01, OUTSIDE"})
    void theSurgePeriodRunsFromSixtyDaysBeforeNewYearToTheLanternFestival(LocalDate day, SurgeStatus expected) {
        assertThat(festival.statusOn(day)).isEqualTo(expected);
        assertThat(festival.isInSurgePeriod(day)).isEqualTo(expected == SurgeStatus.IN_PERIOD);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        // 2041 is not in the table: its 正月初一 lies between 2041-01-21 and 2041-02-20, so its period may start
        // as early as 2040-11-22 and end as late as 2041-03-06.
        "2040-11-21, OUTSIDE", "2040-11-22, UNKNOWN", "2041-01-01, UNKNOWN", "2041-02-01, UNKNOWN",
        "2041-03-06, UNKNOWN", "2041-03-07, OUTSIDE",
        // 2019 likewise, before the table
        "2019-01-30, UNKNOWN", "2019-03-06, UNKNOWN", "2019-03-07, OUTSIDE",
        // far outside the table yet certainly outside any period
        "2045-07-01, OUTSIDE", "1999-08-01, OUTSIDE",
        // far outside the table in the season: unknown
        "2099-01-25, UNKNOWN"})
    void outsideTheTableNothingIsGuessed(LocalDate day, SurgeStatus expected) {
        assertThat(festival.statusOn(day)).isEqualTo(expected);
        assertThat(festival.isInSurgePeriod(day)).isFalse();
    }

    @ParameterizedTest(name = "{0} days before: period of 2026 starts {1}")
    @CsvSource({"0, 2026-02-17", "1, 2026-02-16", "60, 2025-12-19", "90, 2025-11-19", "300, 2025-04-23"})
    void theLeadTimeIsConfigurable(int daysBefore, LocalDate firstDay) {
        SpringFestival custom = new SpringFestival(new SpringFestival.Settings(daysBefore));
        assertThat(custom.surgePeriod(2026)).hasValueSatisfying(period -> {
            assertThat(period.firstDay()).isEqualTo(firstDay);
            assertThat(period.newYearDay()).isEqualTo("2026-02-17");
            assertThat(period.lanternFestival()).isEqualTo("2026-03-03");
        });
        assertThat(custom.statusOn(firstDay)).isEqualTo(SurgeStatus.IN_PERIOD);
        assertThat(custom.statusOn(firstDay.minusDays(1))).isEqualTo(SurgeStatus.OUTSIDE);
    }

    @Test
    void theDefaultLeadTimeIsSixtyDays() {
        assertThat(SpringFestival.Settings.defaults().daysBeforeNewYear()).isEqualTo(60);
    }

    @ParameterizedTest
    @CsvSource({"-1", "301"})
    void anImpossibleLeadTimeIsRefused(int daysBefore) {
        assertThatThrownBy(() -> new SpringFestival.Settings(daysBefore))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
