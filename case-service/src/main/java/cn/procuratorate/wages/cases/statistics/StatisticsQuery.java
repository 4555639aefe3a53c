package cn.procuratorate.wages.cases.statistics;

import cn.procuratorate.wages.common.web.ReportingPeriod;
import cn.procuratorate.wages.cases.workflow.CaseType;
import java.util.Optional;

/**
 * What to count: the grouping, the period and the filters. {@code unit} empty means every unit (a service);
 * {@code regionPrefix} (2, 4 or 6 digits), {@code industryPrefix} and {@code type} are null when not asked for.
 */
record StatisticsQuery(GroupBy groupBy, ReportingPeriod period, Optional<String> unit, String regionPrefix,
        String industryPrefix, CaseType type) {
}
