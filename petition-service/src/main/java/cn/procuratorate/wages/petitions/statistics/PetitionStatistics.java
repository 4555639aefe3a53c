package cn.procuratorate.wages.petitions.statistics;

import cn.procuratorate.wages.common.web.ReportingPeriod;
import cn.procuratorate.wages.petitions.petition.Channel;
import cn.procuratorate.wages.petitions.petition.PetitionStage;
import cn.procuratorate.wages.petitions.statistics.EmployerGroups.Employer;
import cn.procuratorate.wages.petitions.statistics.PetitionStatisticsStore.KeyedFigures;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Petition figures of a period of receipt, one row per group, and their totals. Money is yuan with 2 decimals,
 * summed exactly from fen; open petitions and overdue replies are as of {@code asOf} (today), whatever the period.
 *
 * @param unit the unit counted; null when every unit is
 */
record PetitionStatistics(ReportingPeriod period, GroupBy groupBy, String unit, LocalDate asOf, List<StatisticsRow> rows,
        StatisticsTotals totals) {

    /** Groups of a stored field or of the month. */
    static PetitionStatistics of(StatisticsQuery query, List<KeyedFigures> groups) {
        List<KeyedFigures> complete = query.groupBy() == GroupBy.MONTH ? everyMonth(query.period(), groups) : groups;
        return withRows(query, complete.stream().map(group -> new Group(group.key(), label(query.groupBy(), group.key()),
                group.figures())).toList());
    }

    /** Groups of employers, labelled with the employer's latest name. */
    static PetitionStatistics ofEmployers(StatisticsQuery query, List<Employer> employers) {
        return withRows(query, employers.stream().map(employer -> new Group(employer.key(), employer.figures().name(),
                employer.figures().figures())).toList());
    }

    private record Group(String key, String label, Figures figures) {
    }

    private static PetitionStatistics withRows(StatisticsQuery query, List<Group> groups) {
        Figures totals = groups.stream().map(Group::figures).reduce(Figures.NONE, Figures::plus);
        return new PetitionStatistics(query.period(), query.groupBy(), query.unit().orElse(null), query.asOf(),
                groups.stream().map(group -> StatisticsRow.of(group.key(), group.label(), group.figures())).toList(),
                StatisticsTotals.of(totals));
    }

    /** A series without gaps: a month without petitions is a row of zeros, not a missing row. */
    private static List<KeyedFigures> everyMonth(ReportingPeriod period, List<KeyedFigures> groups) {
        Map<String, KeyedFigures> byMonth = new HashMap<>();
        groups.forEach(group -> byMonth.put(group.key(), group));
        return period.months().stream().map(YearMonth::toString)
                .map(month -> byMonth.getOrDefault(month, new KeyedFigures(month, Figures.NONE))).toList();
    }

    private static String label(GroupBy groupBy, String key) {
        if (key == null) {
            return null;
        }
        return switch (groupBy) {
            case CHANNEL -> Channel.valueOf(key).label();
            case STAGE -> PetitionStage.valueOf(key).label();
            case INDUSTRY, REGION, MONTH, EMPLOYER -> null;
        };
    }

    /**
     * @param key   the industry code, region code, month ({@code 2026-03}), channel or stage; for EMPLOYER the credit
     *              code, or the normalised name of an employer without one; null for petitions without a value
     * @param label the employer's name as its latest petition wrote it (EMPLOYER), the Chinese name of the channel
     *              or stage (CHANNEL, STAGE); else null
     */
    record StatisticsRow(String key, String label, long petitions, long workersAffected,
            @Schema(example = "12800.50") BigDecimal amountClaimed, long openPetitions, long overdueReplies,
            long routedToCases) {

        static StatisticsRow of(String key, String label, Figures figures) {
            return new StatisticsRow(key, label, figures.petitions(), figures.workersAffected(),
                    figures.amountClaimed(), figures.openPetitions(), figures.overdueReplies(),
                    figures.routedToCases());
        }
    }

    record StatisticsTotals(long petitions, long workersAffected,
            @Schema(example = "12800.50") BigDecimal amountClaimed, long openPetitions, long overdueReplies,
            long routedToCases) {

        static StatisticsTotals of(Figures figures) {
            return new StatisticsTotals(figures.petitions(), figures.workersAffected(), figures.amountClaimed(),
                    figures.openPetitions(), figures.overdueReplies(), figures.routedToCases());
        }
    }
}
