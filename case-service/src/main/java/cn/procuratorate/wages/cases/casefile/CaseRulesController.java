package cn.procuratorate.wages.cases.casefile;

import cn.procuratorate.wages.cases.assessment.AssessmentFacts.OrderToPay;
import cn.procuratorate.wages.cases.assessment.AssessmentVerdict;
import cn.procuratorate.wages.cases.assessment.EvasionKind;
import cn.procuratorate.wages.cases.assessment.OrderDelivery;
import cn.procuratorate.wages.cases.assessment.SeriousConsequence;
import cn.procuratorate.wages.cases.casefile.CaseViews.CaseSummary;
import cn.procuratorate.wages.cases.casefile.CaseViews.CaseView;
import cn.procuratorate.wages.cases.risk.RiskAssessment;
import cn.procuratorate.wages.cases.risk.RiskThresholds;
import cn.procuratorate.wages.common.privacy.PersonalDataMasking.Disclosure;
import cn.procuratorate.wages.common.privacy.PersonalText;
import cn.procuratorate.wages.common.privacy.ResidentId;
import cn.procuratorate.wages.common.privacy.ResidentIdNumber;
import cn.procuratorate.wages.common.problem.ApiException;
import cn.procuratorate.wages.common.problem.ProblemKind;
import cn.procuratorate.wages.common.security.Caller;
import cn.procuratorate.wages.common.security.UnitScope;
import cn.procuratorate.wages.common.web.PageRequests;
import cn.procuratorate.wages.common.web.PageView;
import cn.procuratorate.wages.common.web.Versions;
import cn.procuratorate.wages.cases.workflow.Workflows;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The rules that answer questions about a case: the crime's threshold, and the risk of false litigation. */
@RestController
@RequestMapping("/api/cases")
@Validated
@Tag(name = "case rules", description = "Threshold assessment of wage crimes and false-litigation risk")
class CaseRulesController {

    private static final String DECIDERS = "hasAnyRole('PROCURATOR', 'SUPERVISOR')";

    private final Cases cases;
    private final CaseFileStore store;
    private final Workflows workflows;
    private final WorkerIdentity identity;
    private final RiskThresholds riskThresholds;

    CaseRulesController(Cases cases, CaseFileStore store, Workflows workflows, WorkerIdentity identity,
            RiskThresholds riskThresholds) {
        this.cases = cases;
        this.riskThresholds = riskThresholds;
        this.store = store;
        this.workflows = workflows;
        this.identity = identity;
    }

    @PutMapping("/{id}/crime-facts")
    @PreAuthorize(DECIDERS)
    @Operation(summary = "Record what was established about a wage crime: evasion, order to pay, consequences, dates",
            description = "Only for WAGE_CRIME cases (422 otherwise). If-Match must name the version read.")
    ResponseEntity<CaseView> establish(@PathVariable String id,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CrimeFactsRequest request) {
        long version = Versions.fromIfMatch(ifMatch);
        CaseFile saved = cases.establish(id, version, request.toFacts(), Caller.required());
        return ResponseEntity.ok().eTag(Versions.etag(saved.version())).body(CaseView.of(saved, identity,
                Disclosure.MASKED, workflows.allowedActions(saved.workflow(), cases.actorOf(Caller.required())),
                cases.today()));
    }

    @GetMapping("/{id}/assessment")
    @PreAuthorize(DECIDERS)
    @Operation(summary = "Does the wage crime meet the conditions of Criminal Law 276-1 today, reason by reason",
            description = "Amount (provincial figures, 法释〔2013〕3号 art. 3), evasion, the order to pay and its "
                    + "deadline, serious consequences; the sentence band and the leniency stage implied by when "
                    + "the wages were repaid.")
    AssessmentVerdict assessment(@PathVariable String id) {
        return cases.assessment(id, Caller.required());
    }

    @PutMapping("/{id}/roster")
    @PreAuthorize(DECIDERS)
    @Operation(summary = "Record the project's real-name roster (resident ID numbers) against which claimants are "
            + "checked", description = "Only keyed hashes of the numbers are kept. If-Match must name the version.")
    ResponseEntity<Void> roster(@PathVariable String id,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody RosterRequest request) {
        long version = Versions.fromIfMatch(ifMatch);
        LocalDate today = cases.today();
        CaseFile saved = cases.roster(id, version, request.residentIds().stream()
                .map(number -> ResidentIdNumber.of(number.text(), today)).toList(), Caller.required());
        return ResponseEntity.noContent().eTag(Versions.etag(saved.version())).build();
    }

    @GetMapping("/{id}/risk")
    @PreAuthorize(DECIDERS)
    @Operation(summary = "The false-litigation risk of a civil or lawsuit-support case, flag by flag, with evidence")
    RiskAssessment risk(@PathVariable String id) {
        return cases.risk(id, Caller.required()).orElseThrow(() -> new ApiException(ProblemKind.RULE_VIOLATION,
                "case.detail.not-risk-scored").with("rule", "risk.not-scored-type"));
    }

    @GetMapping("/risk-review")
    @PreAuthorize(DECIDERS)
    @Operation(summary = "Cases flagged for false-litigation review, highest score first")
    PageView<FlaggedCase> flagged(@RequestParam(defaultValue = "MEDIUM") cn.procuratorate.wages.cases.risk.RiskLevel
            minimumLevel, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageRequests.DEFAULT_SIZE) int size) {
        int minimum = switch (minimumLevel) {
            case LOW -> 0;
            case MEDIUM -> riskThresholds.mediumFrom();
            case HIGH -> riskThresholds.highFrom();
        };
        LocalDate today = cases.today();
        return PageView.of(store.flagged(UnitScope.readable(Caller.required()), minimum, PageRequests.of(page, size,
                        Sort.by(Sort.Direction.DESC, "riskScore").and(Sort.by(Sort.Direction.DESC, "createdAt")))),
                c -> new FlaggedCase(CaseSummary.of(c, today), c.riskScore(), c.riskLevel(), c.riskCodes()));
    }

    record FlaggedCase(CaseSummary caseSummary, Integer riskScore, String riskLevel, List<String> riskCodes) {
    }

    record CrimeFactsRequest(
            Set<EvasionKind> evasion,
            Boolean ableToPayButDidNot,
            @Valid OrderToPayRequest orderToPay,
            Set<SeriousConsequence> seriousConsequences,
            @Schema(description = "the day the wages were repaid in full with compensation") LocalDate repaidInFullOn,
            @Schema(description = "the police's filing (立案); the day of receipt when absent") LocalDate policeFiledOn,
            LocalDate firstInstanceVerdictOn) {

        CrimeFacts toFacts() {
            return new CrimeFacts(evasion == null ? Set.of() : evasion, Boolean.TRUE.equals(ableToPayButDidNot),
                    orderToPay == null ? null : orderToPay.toOrder(),
                    seriousConsequences == null ? Set.of() : seriousConsequences, repaidInFullOn, policeFiledOn,
                    firstInstanceVerdictOn);
        }
    }

    record OrderToPayRequest(@NotNull LocalDate issuedOn, @NotNull LocalDate deadline,
            @NotNull OrderDelivery delivery, Boolean paidByDeadline) {

        OrderToPay toOrder() {
            if (deadline.isBefore(issuedOn)) {
                throw new ApiException(ProblemKind.VALIDATION, "case.detail.order-deadline-before-issue");
            }
            return new OrderToPay(issuedOn, deadline, delivery, Boolean.TRUE.equals(paidByDeadline));
        }
    }

    record RosterRequest(
            @Schema(type = "array", description = "resident ID numbers of the workers on the real-name roster")
            @NotNull @Size(max = 5000) List<@NotNull @ResidentId PersonalText> residentIds) {
    }
}
