package cn.procuratorate.wages.outreach.exchange.employer;

import cn.procuratorate.wages.common.audit.AuditTrail;
import cn.procuratorate.wages.common.identifiers.CreditCode;
import cn.procuratorate.wages.common.identifiers.UnifiedSocialCreditCode;
import cn.procuratorate.wages.common.problem.NotFoundException;
import cn.procuratorate.wages.outreach.clients.CaseEmployersClient;
import cn.procuratorate.wages.outreach.clients.CaseEmployersClient.EmployerSummary;
import cn.procuratorate.wages.outreach.exchange.Agency;
import cn.procuratorate.wages.outreach.exchange.AgencySector;
import cn.procuratorate.wages.outreach.exchange.ExchangeAccess;
import cn.procuratorate.wages.outreach.exchange.employer.EmployerSuggestions.SuggestionNote;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "partner exchange", description = "Information sharing with partner agencies (讨薪讨债信息交流共享机制)")
class EmployerStatusController {

    private final CaseEmployersClient cases;
    private final EmployerSuggestions suggestions;
    private final AuditTrail audit;

    EmployerStatusController(CaseEmployersClient cases, EmployerSuggestions suggestions, AuditTrail audit) {
        this.cases = cases;
        this.suggestions = suggestions;
        this.audit = audit;
    }

    @GetMapping(ExchangeAccess.PATH + "/employers/{creditCode}")
    @PreAuthorize(ExchangeAccess.AGENCIES)
    @Operation(summary = "The wage arrears of an employer, as far as the calling agency's sector goes",
            description = "From case-service (which limits it to the industries of the agency's sector; 人社 sees "
                    + "all): open and closed cases by type, wages owed, recovered and outstanding, facts bearing on "
                    + "the list of seriously defaulting employers; and this service's issued suggestions concerning it "
                    + "(naming its credit code), to departments of the agency's sector (人社: all). "
                    + "arrears null: no case of the employer in the agency's sector. 503 when case-service does not "
                    + "answer, never an empty answer.")
    EmployerStatus status(@Parameter(description = "unified social credit code (GB 32100-2015)",
            example = "91110108551385082Q") @PathVariable @CreditCode String creditCode) {
        Agency agency = Agency.current();
        String code = UnifiedSocialCreditCode.normalise(creditCode);
        // Reads by agencies are audited too: which agency asked about which employer, when.
        audit.record("exchange.employer-read", code);
        return new EmployerStatus(code, agency.sector(), arrearsOf(code), suggestions.concerning(code, agency.sector()));
    }

    /** Called with the agency's own token (relayed), so case-service applies the agency's sector itself. */
    private EmployerSummary arrearsOf(String creditCode) {
        try {
            return cases.summary(creditCode);
        } catch (NotFoundException noCaseInTheSector) {
            return null;
        }
    }

    /**
     * @param arrears     case-service's summary; {@code null} when the agency's sector has no case of the employer
     * @param suggestions this service's issued procuratorial suggestions concerning the employer, newest first
     */
    record EmployerStatus(String creditCode, AgencySector sector, EmployerSummary arrears,
            List<SuggestionNote> suggestions) {
    }
}
