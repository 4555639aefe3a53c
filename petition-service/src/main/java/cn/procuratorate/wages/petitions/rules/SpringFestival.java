package cn.procuratorate.wages.petitions.rules;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Spring Festival (春节) and the wage-arrears surge before it. Arrears complaints peak in the weeks before the
 * Chinese New Year, when migrant workers go home and expect the year's pay; every winter the State Council's wage
 * office runs a campaign up to the festival (根治欠薪冬季专项行动, since 2025 治理欠薪冬季行动: e.g. "自2025年11月1日至
 * 2026年春节前", Xinhua 2025-11-05; earlier years from mid-November). The surge period used here is a design choice
 * shaped on that campaign: from {@link Settings#daysBeforeNewYear()} days before 正月初一 until the Lantern Festival
 * (正月十五), both days included.
 *
 * <p>The dates of 正月初一 come from {@link #NEW_YEAR_DAYS}, a table (China Standard Time, UTC+8). Outside it nothing
 * is guessed: {@link #statusOn(LocalDate)} answers {@link SurgeStatus#UNKNOWN} for a day that could lie in a period of
 * a year the table lacks, and {@link SurgeStatus#OUTSIDE} only where the calendar's fixed bounds rule that out (正月初一
 * always falls between 21 January and 20 February).
 */
public final class SpringFestival {

    /**
     * 正月初一 (Gregorian, China time) for 2020–2040. Checked three ways: the commonly published dates; the
     * lunar-javascript library (6tail, 寿星万年历 algorithms); and for each date the new moon computed with Meeus,
     * Astronomical Algorithms ch. 49, falls on that day in UTC+8 (closest to midnight: 2027-02-06 23:56 and
     * 2030-02-03 00:07, which is why simpler calendar code, ICU4J 76 among it, gets 2027 and 2030 wrong by a day).
     */
    private static final NavigableMap<Integer, LocalDate> NEW_YEAR_DAYS = table(
            "2020-01-25", "2021-02-12", "2022-02-01", "2023-01-22", "2024-02-10",
            "2025-01-29", "2026-02-17", "2027-02-06", "2028-01-26", "2029-02-13",
            "2030-02-03", "2031-01-23", "2032-02-11", "2033-01-31", "2034-02-19",
            "2035-02-08", "2036-01-28", "2037-02-15", "2038-02-04", "2039-01-24",
            "2040-02-12");

    /** The first year of the table (2020). */
    public static final int FIRST_TABLE_YEAR = NEW_YEAR_DAYS.firstKey();
    /** The last year of the table (2040). */
    public static final int LAST_TABLE_YEAR = NEW_YEAR_DAYS.lastKey();

    /** Calendar fact: 正月十五 is 14 days after 正月初一 (the first month has 29 or 30 days). */
    public static final int LANTERN_FESTIVAL_DAYS_AFTER_NEW_YEAR = 14;
    /** Calendar fact: 正月初一 is never earlier than 21 January (checked against lunar-javascript for 1901–2099). */
    public static final MonthDay EARLIEST_NEW_YEAR_DAY = MonthDay.of(1, 21);
    /** Calendar fact: 正月初一 is never later than 20 February (checked against lunar-javascript for 1901–2099). */
    public static final MonthDay LATEST_NEW_YEAR_DAY = MonthDay.of(2, 20);

    /**
     * Design choice: the surge period starts 60 days before 正月初一, i.e. late November to late December; the winter
     * campaign it follows starts earlier (1 November to mid-November), so this is its core rather than all of it.
     */
    public static final int DEFAULT_DAYS_BEFORE_NEW_YEAR = 60;
    /** Design bound: keeps every period within the Gregorian year before its New Year (then only two years matter). */
    public static final int MAX_DAYS_BEFORE_NEW_YEAR = 300;

    /** Whether a day lies in the surge period; {@link #UNKNOWN} where the table does not reach. */
    public enum SurgeStatus {
        IN_PERIOD, OUTSIDE, UNKNOWN
    }

    /** @param daysBeforeNewYear how many days before 正月初一 the period starts, 0 to {@link #MAX_DAYS_BEFORE_NEW_YEAR} */
    public record Settings(int daysBeforeNewYear) {
        public Settings {
            if (daysBeforeNewYear < 0 || daysBeforeNewYear > MAX_DAYS_BEFORE_NEW_YEAR) {
                throw new IllegalArgumentException(
                        "daysBeforeNewYear must be between 0 and " + MAX_DAYS_BEFORE_NEW_YEAR + ": " + daysBeforeNewYear);
            }
        }

        public static Settings defaults() {
            return new Settings(DEFAULT_DAYS_BEFORE_NEW_YEAR);
        }
    }

    /** One year's surge period, both ends included. */
    public record SurgePeriod(LocalDate firstDay, LocalDate newYearDay, LocalDate lanternFestival) {
        public boolean contains(LocalDate day) {
            return !day.isBefore(firstDay) && !day.isAfter(lanternFestival);
        }
    }

    private final Settings settings;

    public SpringFestival(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public static SpringFestival defaults() {
        return new SpringFestival(Settings.defaults());
    }

    /** 正月初一 of the Chinese year that starts in Gregorian {@code year}; empty outside the table. */
    public static Optional<LocalDate> newYearDay(int year) {
        return Optional.ofNullable(NEW_YEAR_DAYS.get(year));
    }

    /** The whole table, year to 正月初一, in year order. */
    public static Map<Integer, LocalDate> newYearDays() {
        return NEW_YEAR_DAYS;
    }

    /** 正月十五 of the Chinese year that starts in Gregorian {@code year}; empty outside the table. */
    public static Optional<LocalDate> lanternFestival(int year) {
        return newYearDay(year).map(day -> day.plusDays(LANTERN_FESTIVAL_DAYS_AFTER_NEW_YEAR));
    }

    /** The surge period that ends at the Lantern Festival of Gregorian {@code year}; empty outside the table. */
    public Optional<SurgePeriod> surgePeriod(int year) {
        return newYearDay(year).map(newYear -> new SurgePeriod(newYear.minusDays(settings.daysBeforeNewYear()),
                newYear, newYear.plusDays(LANTERN_FESTIVAL_DAYS_AFTER_NEW_YEAR)));
    }

    /** Whether {@code day} lies in a surge period, or {@link SurgeStatus#UNKNOWN} if the table cannot tell. */
    public SurgeStatus statusOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        boolean unknown = false;
        // A period ends by early March and starts at most MAX_DAYS_BEFORE_NEW_YEAR earlier, so only the periods of
        // this year and of the next one can contain the day.
        for (int year = day.getYear(); year <= day.getYear() + 1; year++) {
            Optional<SurgePeriod> period = surgePeriod(year);
            if (period.isPresent()) {
                if (period.get().contains(day)) {
                    return SurgeStatus.IN_PERIOD;
                }
            } else if (widestPossiblePeriod(year).contains(day)) {
                unknown = true;
            }
        }
        return unknown ? SurgeStatus.UNKNOWN : SurgeStatus.OUTSIDE;
    }

    /** True only when {@code day} is known to lie in a surge period (false also when unknown: see {@link #statusOn}). */
    public boolean isInSurgePeriod(LocalDate day) {
        return statusOn(day) == SurgeStatus.IN_PERIOD;
    }

    /** From the earliest possible start to the latest possible Lantern Festival of a year the table lacks. */
    private SurgePeriod widestPossiblePeriod(int year) {
        LocalDate earliest = EARLIEST_NEW_YEAR_DAY.atYear(year);
        LocalDate latest = LATEST_NEW_YEAR_DAY.atYear(year);
        return new SurgePeriod(earliest.minusDays(settings.daysBeforeNewYear()), earliest,
                latest.plusDays(LANTERN_FESTIVAL_DAYS_AFTER_NEW_YEAR));
    }

    public Settings settings() {
        return settings;
    }

    private static NavigableMap<Integer, LocalDate> table(String... isoDates) {
        NavigableMap<Integer, LocalDate> days = new TreeMap<>();
        for (String iso : isoDates) {
            LocalDate day = LocalDate.parse(iso);
            if (days.put(day.getYear(), day) != null) {
                throw new IllegalStateException("Two New Year days in " + day.getYear());
            }
        }
        return Collections.unmodifiableNavigableMap(days);
    }
}
