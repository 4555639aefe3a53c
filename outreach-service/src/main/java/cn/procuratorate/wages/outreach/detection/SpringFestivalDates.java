package cn.procuratorate.wages.outreach.detection;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * 正月初一 (Gregorian, China time) for 2020–2040: the table of petition-service's {@code petitions.rules.SpringFestival}
 * (checked there against published dates, the lunar-javascript library and Meeus' new moons), copied because services
 * share no domain code. Outside it nothing is guessed: those years have no Spring Festival here.
 */
final class SpringFestivalDates {

    private static final Map<Integer, LocalDate> NEW_YEAR_DAYS = new TreeMap<>();

    static {
        for (String day : new String[] {
                "2020-01-25", "2021-02-12", "2022-02-01", "2023-01-22", "2024-02-10",
                "2025-01-29", "2026-02-17", "2027-02-06", "2028-01-26", "2029-02-13",
                "2030-02-03", "2031-01-23", "2032-02-11", "2033-01-31", "2034-02-19",
                "2035-02-08", "2036-01-28", "2037-02-15", "2038-02-04", "2039-01-24",
                "2040-02-12"}) {
            LocalDate newYear = LocalDate.parse(day);
            NEW_YEAR_DAYS.put(newYear.getYear(), newYear);
        }
    }

    private SpringFestivalDates() {
    }

    /** 正月初一 of the Chinese year that starts in Gregorian {@code year}; empty outside the table. */
    static Optional<LocalDate> newYearDay(int year) {
        return Optional.ofNullable(NEW_YEAR_DAYS.get(year));
    }
}
