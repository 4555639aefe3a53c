package cn.procuratorate.wages.outreach.clients;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * petition-service's petition statistics (contract {@code contracts/petition-service/petition-statistics.json}),
 * found through Eureka ({@code clients.petition-service.url} overrides it in tests) and guarded by the
 * {@code petition-service} breaker. A failed read is a 503 naming petition-service, a refusal passes its status on
 * ({@link StatisticsReadFailures}).
 */
@FeignClient(name = PetitionStatisticsClient.SERVICE, contextId = "petition-statistics",
        url = "${clients.petition-service.url:}", fallbackFactory = PetitionStatisticsFailures.class)
public interface PetitionStatisticsClient {

    String SERVICE = "petition-service";

    /**
     * Petitions received from {@code from} to {@code to} (China days, both included), per group.
     *
     * @param unit the unit to count; null for every unit the caller may see (a service: all of them)
     */
    @GetMapping("/api/petitions/statistics")
    PetitionStatistics statistics(@RequestParam("groupBy") GroupBy groupBy,
            @RequestParam("from") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam("to") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(name = "unit", required = false) String unit);

    /** The groupings outreach reads. */
    enum GroupBy {
        INDUSTRY, REGION, EMPLOYER, MONTH
    }

    /** What outreach reads of petition statistics: its own view of petition-service's answer. */
    record PetitionStatistics(Period period, GroupBy groupBy, String unit, List<Row> rows) {
    }

    record Period(LocalDate from, LocalDate to) {
    }

    /**
     * @param key           industry code, region code, month ({@code 2026-03}), or the employer's credit code (its
     *                      normalised name when it has none); null for petitions without a value
     * @param label         the employer's name as its latest petition wrote it (EMPLOYER)
     * @param routedToCases petitions routed into a case of case-service: counted among the cases too
     */
    record Row(String key, String label, long petitions, long workersAffected, BigDecimal amountClaimed,
            long openPetitions, long routedToCases) {
    }
}
