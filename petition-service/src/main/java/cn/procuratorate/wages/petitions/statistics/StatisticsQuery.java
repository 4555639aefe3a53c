package cn.procuratorate.wages.petitions.statistics;

import cn.procuratorate.wages.common.web.ReportingPeriod;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What to count: the grouping, the period of receipt, the unit (empty: every unit, a service) and the day overdue
 * replies are counted on.
 */
record StatisticsQuery(GroupBy groupBy, ReportingPeriod period, Optional<String> unit, LocalDate asOf) {
}
