package cn.procuratorate.wages.common.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The calendar days a statistic covers, both ends included, as days of China (Asia/Shanghai) whatever the server's
 * zone: a record counts when its date (a case's registration, a petition's receipt) falls on one of them. One
 * definition for every service's statistics, so that outreach-service compares like with like.
 */
public record ReportingPeriod(LocalDate from, LocalDate to) {

    /** Statistics count calendar days of China, whatever the server's zone. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public static final int DEFAULT_MONTHS = 12;
    /** Longer periods are refused: months stay a short series, and one query never sweeps the whole collection. */
    public static final int MAX_YEARS = 5;

    /**
     * The period asked for: {@code to} defaults to today, {@code from} to {@value #DEFAULT_MONTHS} months before
     * {@code to}.
     *
     * @throws PeriodRefused if {@code from} is after {@code to} or the period is longer than {@value #MAX_YEARS} years
     */
    public static ReportingPeriod of(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate last = to == null ? today : to;
        LocalDate first = from == null ? last.minusMonths(DEFAULT_MONTHS) : from;
        if (first.isAfter(last)) {
            throw new PeriodRefused("from", "statistics.period.from-after-to", first, last);
        }
        if (!last.isBefore(first.plusYears(MAX_YEARS))) {
            throw new PeriodRefused("from", "statistics.period.too-long", MAX_YEARS);
        }
        return new ReportingPeriod(first, last);
    }

    /** The first instant of the period. */
    public Instant start() {
        return from.atStartOfDay(CHINA).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(CHINA).toInstant();
    }

    /** The calendar months the period touches, oldest first. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /**
     * A period the rules refuse, naming the query parameter at fault and the message saying why: codes
     * {@code statistics.period.from-after-to} and {@code statistics.period.too-long}, which each service's own messages
     * hold, since its controller reports the refusal as a field error in its words.
     */
    public static final class PeriodRefused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String parameter;
        private final String messageCode;
        private final transient Object[] messageArgs;

        PeriodRefused(String parameter, String messageCode, Object... messageArgs) {
            super(messageCode);
            this.parameter = parameter;
            this.messageCode = messageCode;
            this.messageArgs = messageArgs;
        }

        public String parameter() {
            return parameter;
        }

        public String messageCode() {
            return messageCode;
        }

        public Object[] messageArgs() {
            return messageArgs;
        }
    }
}
