package cn.procuratorate.wages.outreach.detection;

import cn.procuratorate.wages.common.web.ReportingPeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Calendar days of China, both ends included: the period findings cover, or a window a rule compares it with. The
 * same rules as the sources' statistics, so that both count the same days.
 */
public record DetectionPeriod(LocalDate from, LocalDate to) {

    /** A quarter, and the four quarters before it that make its baseline. */
    static final int QUARTER_MONTHS = 3;
    static final int BASELINE_QUARTERS = 4;

    public DetectionPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("A period ends on or after its first day: " + from + " to " + to);
        }
    }

    /**
     * The period asked for: {@code to} defaults to today, {@code from} to 12 months ({@code ReportingPeriod.DEFAULT_MONTHS}) before
     * {@code to}.
     *
     * @throws ReportingPeriod.PeriodRefused as the sources' statistics refuse it: {@code from} after {@code to}, or a
     *                                        period longer than {@code ReportingPeriod.MAX_YEARS}
     */
    static DetectionPeriod asked(LocalDate from, LocalDate to, LocalDate today) {
        ReportingPeriod period = ReportingPeriod.of(from, to, today);
        return new DetectionPeriod(period.from(), period.to());
    }

    /** The quarter that ends on the last day: the 3 months up to {@code to}. */
    DetectionPeriod lastQuarter() {
        return new DetectionPeriod(to.minusMonths(QUARTER_MONTHS).plusDays(1), to);
    }

    /** The four quarters before {@link #lastQuarter()}: the 12 months that end the day before it starts. */
    DetectionPeriod quartersBefore() {
        LocalDate end = to.minusMonths(QUARTER_MONTHS);
        return new DetectionPeriod(end.minusMonths(QUARTER_MONTHS * BASELINE_QUARTERS).plusDays(1), end);
    }

    /** The calendar months that lie wholly in the period, oldest first. */
    List<YearMonth> wholeMonths() {
        List<YearMonth> months = new ArrayList<>();
        YearMonth first = from.getDayOfMonth() == 1 ? YearMonth.from(from) : YearMonth.from(from).plusMonths(1);
        YearMonth last = to.equals(YearMonth.from(to).atEndOfMonth()) ? YearMonth.from(to)
                : YearMonth.from(to).minusMonths(1);
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }
}
