package cn.procuratorate.wages.cases.statistics;

import cn.procuratorate.wages.cases.casefile.Cases;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The calendar days a statistic covers, both ends included, as days of China (Asia/Shanghai) whatever the server's
 * zone: a case counts in the period when its registration ({@code createdAt}) falls on one of them.
 */
record Period(LocalDate from, LocalDate to) {

    static final int DEFAULT_MONTHS = 12;
    /** Longer periods are refused: months stay a short series, and one query never sweeps the whole collection. */
    static final int MAX_YEARS = 5;

    /**
     * The period asked for: {@code to} defaults to today, {@code from} to {@value #DEFAULT_MONTHS} months before
     * {@code to}.
     *
     * @throws PeriodRefused if {@code from} is after {@code to} or the period is longer than {@value #MAX_YEARS} years
     */
    static Period of(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate last = to == null ? today : to;
        LocalDate first = from == null ? last.minusMonths(DEFAULT_MONTHS) : from;
        if (first.isAfter(last)) {
            throw new PeriodRefused("from", "statistics.period.from-after-to", first, last);
        }
        if (!last.isBefore(first.plusYears(MAX_YEARS))) {
            throw new PeriodRefused("from", "statistics.period.too-long", MAX_YEARS);
        }
        return new Period(first, last);
    }

    /** The first instant of the period. */
    Instant start() {
        return from.atStartOfDay(Cases.CHINA).toInstant();
    }

    /** The first instant after the period. */
    Instant end() {
        return to.plusDays(1).atStartOfDay(Cases.CHINA).toInstant();
    }

    /** The calendar months the period touches, oldest first. */
    List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** A period the rules refuse, naming the query parameter at fault and the message saying why. */
    static final class PeriodRefused extends RuntimeException {

        private final String parameter;
        private final String messageCode;
        private final Object[] messageArgs;

        PeriodRefused(String parameter, String messageCode, Object... messageArgs) {
            super(messageCode);
            this.parameter = parameter;
            this.messageCode = messageCode;
            this.messageArgs = messageArgs;
        }

        String parameter() {
            return parameter;
        }

        String messageCode() {
            return messageCode;
        }

        Object[] messageArgs() {
            return messageArgs;
        }
    }
}
