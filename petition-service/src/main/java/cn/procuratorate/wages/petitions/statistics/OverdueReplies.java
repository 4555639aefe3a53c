package cn.procuratorate.wages.petitions.statistics;

import cn.procuratorate.wages.petitions.statistics.PetitionStatisticsStore.OverdueGroup;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Replies owed past their due date today, per unit and, within one unit, per handling clerk: what the desk and its
 * supervisor chase. {@code petitions} counts the petitions with at least one reply overdue.
 *
 * @param unit   the unit counted; null when every unit is
 * @param clerks per clerk of the unit counted ({@code clerk} null: not assigned to anyone); empty over every unit,
 *               where a service names a unit to see them
 */
record OverdueReplies(LocalDate asOf, String unit, List<UnitOverdue> units, List<ClerkOverdue> clerks,
        Counts totals) {

    static OverdueReplies of(LocalDate asOf, String unit, List<OverdueGroup> groups) {
        Map<String, Counts> perUnit = new TreeMap<>();
        groups.forEach(group -> perUnit.merge(group.unit(), Counts.of(group), Counts::plus));
        List<ClerkOverdue> clerks = unit == null ? List.of() : groups.stream()
                .map(group -> new ClerkOverdue(group.unit(), group.clerk(), group.petitions(),
                        group.proceduralReplies(), group.resultReplies()))
                .sorted(Comparator.comparing(ClerkOverdue::clerk, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        return new OverdueReplies(asOf, unit,
                perUnit.entrySet().stream().map(entry -> new UnitOverdue(entry.getKey(), entry.getValue().petitions(),
                        entry.getValue().proceduralReplies(), entry.getValue().resultReplies())).toList(),
                clerks, perUnit.values().stream().reduce(Counts.NONE, Counts::plus));
    }

    record UnitOverdue(String unit, long petitions, long proceduralReplies, long resultReplies) {
    }

    record ClerkOverdue(String unit, String clerk, long petitions, long proceduralReplies, long resultReplies) {
    }

    record Counts(long petitions, long proceduralReplies, long resultReplies) {

        static final Counts NONE = new Counts(0, 0, 0);

        static Counts of(OverdueGroup group) {
            return new Counts(group.petitions(), group.proceduralReplies(), group.resultReplies());
        }

        Counts plus(Counts other) {
            return new Counts(petitions + other.petitions, proceduralReplies + other.proceduralReplies,
                    resultReplies + other.resultReplies);
        }
    }
}
