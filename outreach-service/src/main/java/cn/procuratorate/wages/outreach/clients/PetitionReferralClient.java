package cn.procuratorate.wages.outreach.clients;

import cn.procuratorate.wages.common.privacy.PersonalText;
import java.time.Instant;
import java.util.List;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * petition-service's referrals: partner agencies' clues becoming petitions, and where those stand. Found through
 * Eureka ({@code clients.petition-service.url} overrides it in tests), guarded by the breaker {@code petition-service};
 * failures are translated by {@link PetitionReferralFailures}.
 * <p>
 * Every call names its token: the platform-services client's, also when a clue is delivered within the agency's own
 * request. petition-service accepts referrals only from the platform's services, and an agency's token must never be
 * the one that registers petitions (the token relay would otherwise pass the agency's on).
 */
@FeignClient(name = PetitionReferralClient.SERVICE, contextId = "petition-referrals",
        url = "${clients.petition-service.url:}", fallbackFactory = PetitionReferralFailures.class)
public interface PetitionReferralClient {

    String SERVICE = "petition-service";

    /**
     * The petition of a clue, created by the first call and answered again (same petition) by every later one, so a
     * delivery may be retried safely. A refusal (4xx) is {@link ReferralRefused}; no answer is a 503 problem.
     */
    @PostMapping("/api/petitions/referrals")
    ReferralReceipt refer(@RequestHeader(HttpHeaders.AUTHORIZATION) String bearer, @RequestBody Referral referral);

    /** Where these petitions stand; ids that are not referrals are left out of the answer. */
    @GetMapping("/api/petitions/referrals")
    List<ReferralStatus> statuses(@RequestHeader(HttpHeaders.AUTHORIZATION) String bearer,
            @RequestParam("ids") List<String> petitionIds);

    /** A clue as petition-service takes it; {@code receivedAt}: when this service received it from the agency. */
    record Referral(String agency, String sector, String clueId, Worker worker, Employer employer,
            String projectName, String regionCode, String industryCode, String arrearsFrom, String arrearsTo,
            String amountOwed, Integer workersAffected, String workDescription, Instant receivedAt) {
    }

    /** ID number and phone in full in the JSON body, masked wherever the record is printed (Feign's debug lines). */
    record Worker(String name, PersonalText residentId, PersonalText phone) {
    }

    record Employer(String name, String creditCode, String address) {
    }

    /** What this service keeps of the petition a clue became. */
    record ReferralReceipt(String petitionId, String unit) {
    }

    /**
     * @param outcome      how the petition was handled ({@code ROUTED_TO_CASE}, {@code TRANSFERRED}, {@code ANSWERED},
     *                     {@code MERGED}); {@code null} while it is not
     * @param routingState {@code PENDING}, {@code DELIVERED} or {@code REFUSED} once routed into a case
     * @param caseNumber   once case-service confirmed the case
     */
    record ReferralStatus(String petitionId, String stage, String outcome, String routingState, String caseNumber) {
    }
}
