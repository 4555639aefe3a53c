package cn.procuratorate.wages.outreach.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.wages.common.web.ReportingPeriod.PeriodRefused;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DetectionPeriodTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-26");

    @Test
    void theLast12MonthsUpToTodayByDefaultAsTheSourcesCount() {
        assertThat(DetectionPeriod.asked(null, null, TODAY))
                .isEqualTo(new DetectionPeriod(LocalDate.parse("2025-11-26"), TODAY));
        assertThat(DetectionPeriod.asked(null, LocalDate.parse("2026-06-30"), TODAY))
                .isEqualTo(new DetectionPeriod(LocalDate.parse("2025-06-30"), LocalDate.parse("2026-06-30")));
    }

    @ParameterizedTest
    @CsvSource({
            "2026-03-02, 2026-03-01, statistics.period.from-after-to",
            "2021-11-26, 2026-11-26, statistics.period.too-long"})
    void refusesAPeriodTheSourcesWouldRefuse(LocalDate from, LocalDate to, String messageCode) {
        assertThatThrownBy(() -> DetectionPeriod.asked(from, to, TODAY)).isInstanceOf(PeriodRefused.class)
                .extracting(refused -> ((PeriodRefused) refused).messageCode()).isEqualTo(messageCode);
    }

    @Test
    void aPeriodOfADayUnderFiveYearsIsAllowed() {
        assertThat(DetectionPeriod.asked(LocalDate.parse("2021-11-27"), TODAY, TODAY).from())
                .isEqualTo(LocalDate.parse("2021-11-27"));
    }

    @ParameterizedTest
    @CsvSource({
            // to,        last quarter,            the four quarters before it
            "2026-11-26, 2026-08-27, 2026-11-26, 2025-08-27, 2026-08-26",
            "2026-05-31, 2026-03-01, 2026-05-31, 2025-03-01, 2026-02-28",
            "2026-12-31, 2026-10-01, 2026-12-31, 2025-10-01, 2026-09-30"})
    void theLastQuarterEndsOnTheLastDayAndItsBaselineIsTheYearBeforeIt(LocalDate to, LocalDate quarterFrom,
            LocalDate quarterTo, LocalDate beforeFrom, LocalDate beforeTo) {
        DetectionPeriod period = new DetectionPeriod(to.minusYears(1), to);

        assertThat(period.lastQuarter()).isEqualTo(new DetectionPeriod(quarterFrom, quarterTo));
        assertThat(period.quartersBefore()).isEqualTo(new DetectionPeriod(beforeFrom, beforeTo));
    }

    @ParameterizedTest
    @CsvSource({
            "2025-11-26, 2026-11-26, 2025-12, 2026-10, 11",
            "2025-12-01, 2026-11-30, 2025-12, 2026-11, 12",
            "2026-02-01, 2026-02-28, 2026-02, 2026-02, 1"})
    void wholeMonthsLeaveOutTheMonthsCutByEitherEnd(LocalDate from, LocalDate to, YearMonth first, YearMonth last,
            int count) {
        assertThat(new DetectionPeriod(from, to).wholeMonths()).hasSize(count).startsWith(first).endsWith(last);
    }

    @Test
    void aPeriodWithinOneMonthHasNoWholeMonth() {
        assertThat(new DetectionPeriod(LocalDate.parse("2026-02-02"), LocalDate.parse("2026-02-28")).wholeMonths())
                .isEmpty();
    }
}
