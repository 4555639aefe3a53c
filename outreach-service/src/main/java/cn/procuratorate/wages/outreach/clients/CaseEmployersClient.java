package cn.procuratorate.wages.outreach.clients;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * case-service's employer summaries, for partner agencies. Guarded by the breaker {@code case-service} (shared with
 * the other case-service clients); failures are translated by {@link CaseEmployersFailures}.
 * <p>
 * Called while serving the agency, so the agency's own token is relayed (platform-common's token relay): case-service
 * then limits the summary to the agency's sector itself, by the one rule it keeps for every reader, and its audit
 * names the agency. A service token with the sector passed along would make this service the judge of what an agency
 * may see, with a token that may see everything.
 */
@FeignClient(name = CaseEmployersClient.SERVICE, contextId = "case-service-employers",
        url = "${clients.case-service.url:}", fallbackFactory = CaseEmployersFailures.class)
public interface CaseEmployersClient {

    String SERVICE = "case-service";

    /** A 404 (no case of this employer that the caller may see) is a {@code NotFoundException}. */
    @GetMapping("/api/cases/employers/{creditCode}/summary")
    EmployerSummary summary(@PathVariable("creditCode") String creditCode);

    /** What an agency is shown of case-service's summary: no case ids, which mean nothing outside the procuratorate. */
    record EmployerSummary(String creditCode, List<String> names, long cases, long openCases, long closedCases,
            List<TypeCount> byType, long workers, BigDecimal owed, BigDecimal recovered, BigDecimal outstanding,
            LocalDate firstCaseOn, LocalDate lastCaseOn, List<String> regions, List<Fact> blacklistFacts) {
    }

    record TypeCount(String type, String label, long cases) {
    }

    /** A fact that bears on the list of seriously defaulting employers (欠薪失信联合惩戒名单), never the listing itself. */
    record Fact(String code, String label) {
    }
}
