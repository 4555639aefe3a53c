package cn.procuratorate.wages.petitions.clients;

import java.time.Instant;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * case-service, found through Eureka ({@code clients.case-service.url} overrides it in tests). Guarded by the
 * circuit breaker named {@code case-service}; failures are translated by {@link CaseServiceFailures}.
 */
@FeignClient(name = CaseServiceClient.SERVICE, url = "${clients.case-service.url:}",
        fallbackFactory = CaseServiceFailures.class)
public interface CaseServiceClient {

    String SERVICE = "case-service";

    @GetMapping("/api/cases/{id}")
    LinkedCase getCase(@PathVariable("id") String id);

    /** What petition-service reads of a case: its own view, not case-service's classes. */
    record LinkedCase(String id, String title, String regionCode, Instant createdAt) {
    }
}
