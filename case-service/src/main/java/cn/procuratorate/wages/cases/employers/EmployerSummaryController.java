package cn.procuratorate.wages.cases.employers;

import cn.procuratorate.wages.common.identifiers.CreditCode;
import cn.procuratorate.wages.common.identifiers.UnifiedSocialCreditCode;
import cn.procuratorate.wages.common.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases/employers")
@Tag(name = "employers", description = "What the cases show about an employer")
class EmployerSummaryController {

    /** Procurators, supervisors and services, and partner agencies for the industries of their sector. */
    static final String READERS = "hasAnyRole('PROCURATOR', 'SUPERVISOR', 'SERVICE', 'PARTNER_AGENCY')";

    private final EmployerSummaries summaries;

    EmployerSummaryController(EmployerSummaries summaries) {
        this.summaries = summaries;
    }

    @GetMapping("/{creditCode}/summary")
    @PreAuthorize(READERS)
    @Operation(summary = "An employer by its credit code: cases, workers, wages owed and recovered, and the facts "
            + "that bear on the list of seriously defaulting employers (欠薪失信联合惩戒名单)",
            description = "Over the caller's cases: staff their unit's, a service every unit's, a partner agency "
                    + "every unit's in the industries of its sector (人社 all of them). An employer the caller has "
                    + "no case of is 404, also when other units or sectors have some.")
    EmployerSummary summary(
            @Parameter(description = "unified social credit code (GB 32100-2015)", example = "91110108551385082Q")
            @PathVariable @CreditCode String creditCode) {
        return summaries.summarise(UnifiedSocialCreditCode.normalise(creditCode), Caller.required());
    }
}
