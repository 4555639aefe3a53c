package cn.procuratorate.wages.petitions.referral;

import cn.procuratorate.wages.common.security.Caller;
import cn.procuratorate.wages.petitions.referral.ReferralRequests.NewReferral;
import cn.procuratorate.wages.petitions.referral.ReferralRequests.ReferralReceipt;
import cn.procuratorate.wages.petitions.referral.ReferralRequests.ReferralStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Clues of partner agencies (人社, 住建, ...) referred by outreach-service, which receives them. Only the platform's
 * services call this: an agency pushes its clues to outreach-service and never registers petitions itself.
 */
@RestController
@RequestMapping("/api/petitions/referrals")
@Tag(name = "referrals", description = "Partner agencies' wage-arrears clues becoming petitions (outreach-service)")
class ReferralController {

    private static final String SERVICES = "hasRole('SERVICE')";

    private final Referrals referrals;
    private final ReferralStore store;

    ReferralController(Referrals referrals, ReferralStore store) {
        this.referrals = referrals;
        this.store = store;
    }

    @PostMapping
    @PreAuthorize(SERVICES)
    @Operation(summary = "The petition of a partner agency's clue (channel PARTNER_REFERRAL), created once",
            description = "201 the first time, then 200 with the same petition for the same agency and clue id. "
                    + "Registered in the procuratorate of the clue's region, with the intake's priority and proposed "
                    + "duplicates; the reply deadlines count from receivedAt.")
    ResponseEntity<ReferralReceipt> refer(@Valid @RequestBody NewReferral referral) {
        Referrals.Registration registration = referrals.register(referral, Caller.required());
        ReferralReceipt receipt = ReferralReceipt.of(registration.petition());
        return registration.created()
                ? ResponseEntity.created(URI.create("/api/petitions/" + receipt.petitionId())).body(receipt)
                : ResponseEntity.status(HttpStatus.OK).body(receipt);
    }

    @GetMapping
    @PreAuthorize(SERVICES)
    @Operation(summary = "Where the petitions of referred clues stand: handled how, routed into which case",
            description = "Petitions that are not referrals, or unknown ids, are left out of the answer.")
    List<ReferralStatus> statuses(
            @RequestParam @NotEmpty @Size(max = 100) List<@Pattern(regexp = "[0-9a-f]{24}") String> ids) {
        return store.referred(ids).stream().map(ReferralStatus::of).toList();
    }
}
