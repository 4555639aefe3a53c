package cn.procuratorate.wages.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.wages.common.web.ReportingPeriod.PeriodRefused;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void defaultsToTwelveMonthsUpToToday() {
        assertThat(ReportingPeriod.of(null, null, TODAY)).isEqualTo(new ReportingPeriod(LocalDate.of(2025, 11, 26), TODAY));
        assertThat(ReportingPeriod.of(null, LocalDate.of(2026, 3, 31), TODAY))
                .isEqualTo(new ReportingPeriod(LocalDate.of(2025, 3, 31), LocalDate.of(2026, 3, 31)));
    }

    @Test
    void coversWholeChinaDays() {
        ReportingPeriod day = ReportingPeriod.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1), TODAY);

        assertThat(day.start()).isEqualTo(Instant.parse("2026-02-28T16:00:00Z"));
        assertThat(day.end()).isEqualTo(Instant.parse("2026-03-01T16:00:00Z"));
    }

    @Test
    void aSingleDayIsAPeriodButAnInvertedOneIsNot() {
        assertThat(ReportingPeriod.of(TODAY, TODAY, TODAY).months()).containsExactly(YearMonth.of(2026, 11));
        assertThatThrownBy(() -> ReportingPeriod.of(TODAY.plusDays(1), TODAY, TODAY)).isInstanceOfSatisfying(
                PeriodRefused.class, refused -> {
                    assertThat(refused.parameter()).isEqualTo("from");
                    assertThat(refused.messageCode()).isEqualTo("statistics.period.from-after-to");
                });
    }

    @Test
    void fiveYearsAtMost() {
        assertThat(ReportingPeriod.of(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31), TODAY).months()).hasSize(60);
        assertThatThrownBy(() -> ReportingPeriod.of(LocalDate.of(2021, 1, 1), LocalDate.of(2026, 1, 1), TODAY))
                .isInstanceOfSatisfying(PeriodRefused.class,
                        refused -> assertThat(refused.messageCode()).isEqualTo("statistics.period.too-long"));
    }

    @Test
    void listsEveryMonthItTouches() {
        assertThat(ReportingPeriod.of(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 2, 1), TODAY).months())
                .containsExactly(YearMonth.of(2025, 12), YearMonth.of(2026, 1), YearMonth.of(2026, 2));
    }
}
