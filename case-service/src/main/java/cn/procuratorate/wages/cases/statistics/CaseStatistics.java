package cn.procuratorate.wages.cases.statistics;

import cn.procuratorate.wages.common.web.ReportingPeriod;
import cn.procuratorate.wages.cases.recovery.WageTotals;
import cn.procuratorate.wages.cases.workflow.CaseType;
import cn.procuratorate.wages.cases.workflow.Stage;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Case figures of a period, one row per group, and their totals. Money is yuan with 2 decimals, summed from integer
 * fen (exact); {@code workers} counts the workers listed in the cases (a person owed in two cases counts twice).
 *
 * @param unit the unit counted; null when every unit is
 */
record CaseStatistics(ReportingPeriod period, GroupBy groupBy, String unit, List<StatisticsRow> rows,
        StatisticsTotals totals) {

    static CaseStatistics of(StatisticsQuery query, List<GroupFigures> groups) {
        List<GroupFigures> complete = query.groupBy() == GroupBy.MONTH ? everyMonth(query.period(), groups) : groups;
        List<StatisticsRow> rows = complete.stream().map(group -> StatisticsRow.of(query.groupBy(), group))
                .toList();
        return new CaseStatistics(query.period(), query.groupBy(), query.unit().orElse(null), rows,
                StatisticsTotals.of(complete));
    }

    /** A series without gaps: a month without cases is a row of zeros, not a missing row. */
    private static List<GroupFigures> everyMonth(ReportingPeriod period, List<GroupFigures> groups) {
        Map<String, GroupFigures> byMonth = new HashMap<>();
        groups.forEach(group -> byMonth.put(group.key(), group));
        return period.months().stream().map(YearMonth::toString)
                .map(month -> byMonth.getOrDefault(month, GroupFigures.empty(month))).toList();
    }

    /**
     * @param key          the industry code, region code, credit code (of the employer or the general contractor),
     *                     month ({@code 2026-03}), type or stage
     * @param label        the company's name as its latest case gives it (EMPLOYER, GENERAL_CONTRACTOR), the Chinese
     *                     name of the type or stage (TYPE, STAGE); else null
     * @param industryCode the industry of the company's latest case (EMPLOYER, GENERAL_CONTRACTOR), which tells the
     *                     department supervising it; else null, also for the row of cases naming no company
     */
    record StatisticsRow(String key, String label, String industryCode, long cases, long openCases, long workers,
            @Schema(example = "12800.50") BigDecimal owed, @Schema(example = "3000.00") BigDecimal recovered,
            @Schema(example = "0.2344") BigDecimal recoveryRate) {

        static StatisticsRow of(GroupBy groupBy, GroupFigures group) {
            WageTotals wages = new WageTotals(group.owedFen(), group.recoveredFen());
            return new StatisticsRow(group.key(), label(groupBy, group),
                    groupBy.ofCompanies() && group.key() != null ? group.industryCode() : null, group.cases(),
                    group.openCases(), group.workers(), wages.owed(), wages.recovered(), wages.recoveryRate());
        }

        private static String label(GroupBy groupBy, GroupFigures group) {
            if (group.key() == null) {
                return null;
            }
            return switch (groupBy) {
                case EMPLOYER, GENERAL_CONTRACTOR -> group.name();
                case TYPE -> CaseType.valueOf(group.key()).label();
                case STAGE -> Stage.valueOf(group.key()).label();
                case INDUSTRY, REGION, MONTH -> null;
            };
        }
    }

    record StatisticsTotals(long cases, long openCases, long workers, BigDecimal owed, BigDecimal recovered,
            BigDecimal recoveryRate) {

        static StatisticsTotals of(List<GroupFigures> groups) {
            WageTotals wages = groups.stream().map(group -> new WageTotals(group.owedFen(), group.recoveredFen()))
                    .reduce(WageTotals.NONE, WageTotals::plus);
            return new StatisticsTotals(groups.stream().mapToLong(GroupFigures::cases).sum(),
                    groups.stream().mapToLong(GroupFigures::openCases).sum(),
                    groups.stream().mapToLong(GroupFigures::workers).sum(), wages.owed(), wages.recovered(),
                    wages.recoveryRate());
        }
    }
}
