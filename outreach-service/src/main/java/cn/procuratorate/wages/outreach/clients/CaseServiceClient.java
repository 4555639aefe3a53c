package cn.procuratorate.wages.outreach.clients;

import java.util.List;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * case-service, found through Eureka ({@code clients.case-service.url} overrides it in tests). Guarded by the
 * circuit breaker named {@code case-service}; any failure becomes a 503 naming it, never an empty answer.
 */
@FeignClient(name = CaseServiceClient.SERVICE, url = "${clients.case-service.url:}",
        fallbackFactory = CaseServiceFailures.class)
public interface CaseServiceClient {

    String SERVICE = "case-service";

    @GetMapping("/api/cases/figures")
    CaseFigures figures();

    /** What outreach reads of case statistics: its own view of case-service's answer. */
    record CaseFigures(long total, List<Region> regions) {

        public record Region(String regionCode, long cases) {
        }
    }
}
