package cn.procuratorate.wages.petitions.statistics;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * The petitions against one employer: as the aggregation answers them per stored credit code and name, or merged
 * by {@link EmployerGroups} into one employer.
 *
 * @param creditCode a valid unified social credit code, or null
 * @param name       the employer's name as the latest petition wrote it, or null
 */
record EmployerFigures(String creditCode, String name, Instant firstReceivedAt, Instant lastReceivedAt,
        Set<String> units, Set<String> regions, Set<String> industries, Figures figures) {

    EmployerFigures {
        units = Set.copyOf(units);
        regions = Set.copyOf(regions);
        industries = Set.copyOf(industries);
    }

    EmployerFigures withCreditCode(String code) {
        return new EmployerFigures(code, name, firstReceivedAt, lastReceivedAt, units, regions, industries, figures);
    }

    /** Both together, named as the later of the two names it (a company's new name replaces its old one). */
    EmployerFigures plus(EmployerFigures other) {
        EmployerFigures later = other.lastReceivedAt.isAfter(lastReceivedAt) ? other : this;
        EmployerFigures earlier = later == this ? other : this;
        return new EmployerFigures(creditCode != null ? creditCode : other.creditCode,
                later.name != null ? later.name : earlier.name,
                firstReceivedAt.isBefore(other.firstReceivedAt) ? firstReceivedAt : other.firstReceivedAt,
                later.lastReceivedAt, union(units, other.units), union(regions, other.regions),
                union(industries, other.industries), figures.plus(other.figures));
    }

    private static Set<String> union(Set<String> one, Set<String> other) {
        Set<String> all = new TreeSet<>(one);
        all.addAll(other);
        return all;
    }
}
