package cn.procuratorate.wages.petitions.statistics;

import cn.procuratorate.wages.common.web.ReportingPeriod;
import cn.procuratorate.wages.petitions.petition.Petitions;
import cn.procuratorate.wages.petitions.statistics.EmployerGroups.Employer;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Employers with at least {@code minPetitions} petitions received in the last {@code months} months: the input of
 * outreach-service's detection of systemic problems ("employers with repeated arrears, e.g. 3 or more petitions or
 * cases in 12 months"). Most petitions first, then the most recent.
 *
 * @param unit the unit counted; null when every unit is
 */
record RepeatEmployers(ReportingPeriod period, String unit, int minPetitions, int months, List<RepeatEmployer> employers) {

    static RepeatEmployers of(ReportingPeriod period, String unit, int minPetitions, int months, List<Employer> employers) {
        return new RepeatEmployers(period, unit, minPetitions, months, employers.stream()
                // Petitions naming no employer are no employer's.
                .filter(employer -> employer.key() != null && employer.figures().figures().petitions() >= minPetitions)
                .map(RepeatEmployer::of)
                .sorted(Comparator.comparingLong(RepeatEmployer::petitions).reversed()
                        .thenComparing(RepeatEmployer::lastReceivedOn, Comparator.reverseOrder())
                        .thenComparing(RepeatEmployer::key))
                .toList());
    }

    /**
     * @param key        the credit code when known, else the normalised name (as the EMPLOYER statistics key it)
     * @param creditCode null when no petition gave a valid one
     * @param name       as the latest petition wrote it
     * @param units      the procuratorates that received them; {@code regions} where they arose; {@code industries}
     *                   the industry codes registered (online petitions have none)
     */
    record RepeatEmployer(String key, String creditCode, String name, long petitions, long workersAffected,
            @Schema(example = "86000.50") BigDecimal amountClaimed, long openPetitions, LocalDate firstReceivedOn,
            LocalDate lastReceivedOn, List<String> units, List<String> regions, List<String> industries) {

        static RepeatEmployer of(Employer employer) {
            EmployerFigures e = employer.figures();
            Figures figures = e.figures();
            return new RepeatEmployer(employer.key(), e.creditCode(), e.name(), figures.petitions(),
                    figures.workersAffected(), figures.amountClaimed(), figures.openPetitions(),
                    LocalDate.ofInstant(e.firstReceivedAt(), Petitions.CHINA),
                    LocalDate.ofInstant(e.lastReceivedAt(), Petitions.CHINA), sorted(e.units()), sorted(e.regions()),
                    sorted(e.industries()));
        }

        private static List<String> sorted(Set<String> values) {
            return values.stream().sorted().toList();
        }
    }
}
