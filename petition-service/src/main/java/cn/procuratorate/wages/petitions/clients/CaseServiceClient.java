package cn.procuratorate.wages.petitions.clients;

import cn.procuratorate.wages.common.privacy.PersonalText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

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

    /**
     * The case of a petition, created by the first call and answered again (same case) by every later one, so a
     * delivery may be retried safely. A refusal (4xx) is {@link CaseRefused}; no answer is a 503 problem.
     */
    @PostMapping("/api/cases/from-petition/{petitionId}")
    CreatedCase createFromPetition(@PathVariable("petitionId") String petitionId, @RequestBody NewCase body);

    /** What petition-service reads of a case: its own view, not case-service's classes. */
    record LinkedCase(String id, String title, String regionCode, Instant createdAt) {
    }

    /**
     * What case-service needs to open a case from a petition. {@code unit}: the petition's procuratorate (a service
     * token must name it; a staff token's own unit must equal it).
     */
    record NewCase(String type, String title, String regionCode, String industryCode, Employer employer,
            List<Worker> workers, LocalDate receivedOn, String unit) {
    }

    record Employer(String name, String creditCode, String kind) {
    }

    /** ID number and phone in full in the JSON body, masked wherever the record is printed (Feign's debug lines). */
    record Worker(String name, PersonalText residentId, PersonalText phone, int monthsOwed, String amountOwed) {
    }

    /** What petition-service keeps of the case it routed a petition into. */
    record CreatedCase(String id, String caseNumber) {
    }
}
