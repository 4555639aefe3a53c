package cn.procuratorate.wages.outreach.clients;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * case-service's case statistics (contract {@code contracts/case-service/case-statistics*.json}). A second client of
 * case-service beside {@link CaseServiceClient}, told apart by its contextId; both share the {@code case-service}
 * breaker. A failed read is a 503 naming case-service, a refusal passes its status on ({@link StatisticsReadFailures}).
 */
@FeignClient(name = CaseStatisticsClient.SERVICE, contextId = "case-statistics", url = "${clients.case-service.url:}",
        fallbackFactory = CaseStatisticsFailures.class)
public interface CaseStatisticsClient {

    String SERVICE = "case-service";

    /**
     * Cases registered from {@code from} to {@code to} (China days, both included), per group.
     *
     * @param unit the unit to count; null for every unit the caller may see (a service: all of them)
     */
    @GetMapping("/api/cases/statistics")
    CaseStatistics statistics(@RequestParam("groupBy") GroupBy groupBy,
            @RequestParam("from") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam("to") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(name = "unit", required = false) String unit);

    /** The groupings outreach reads. */
    enum GroupBy {
        INDUSTRY, REGION, EMPLOYER, GENERAL_CONTRACTOR, MONTH
    }

    /** What outreach reads of case statistics: its own view of case-service's answer. */
    record CaseStatistics(Period period, GroupBy groupBy, String unit, List<Row> rows) {
    }

    record Period(LocalDate from, LocalDate to) {
    }

    /**
     * @param key          industry code, region code, credit code of the employer or general contractor, or month
     *                     ({@code 2026-03}); null for cases naming no company
     * @param label        the company's latest name (EMPLOYER, GENERAL_CONTRACTOR)
     * @param industryCode the industry of the company's latest case (EMPLOYER, GENERAL_CONTRACTOR)
     */
    record Row(String key, String label, String industryCode, long cases, long openCases, long workers,
            BigDecimal owed, BigDecimal recovered) {
    }
}
