package cn.procuratorate.wages.cases.casefile;

import cn.procuratorate.wages.cases.casefile.CaseRequests.NewPayment;
import cn.procuratorate.wages.cases.casefile.CaseViews.ActionView;
import cn.procuratorate.wages.cases.casefile.CaseViews.CaseView;
import cn.procuratorate.wages.cases.casefile.CaseViews.PaymentView;
import cn.procuratorate.wages.cases.workflow.Transition;
import cn.procuratorate.wages.cases.workflow.Workflows;
import cn.procuratorate.wages.common.privacy.PersonalDataMasking.Disclosure;
import cn.procuratorate.wages.common.security.Caller;
import cn.procuratorate.wages.common.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Moving a case through its workflow, and the wages recovered in it. */
@RestController
@RequestMapping("/api/cases/{id}")
@Tag(name = "case workflow", description = "Transitions of a case and the wages recovered")
class CaseWorkflowController {

    private static final String ACTORS = "hasAnyRole('PROCURATOR', 'SUPERVISOR')";

    private final Cases cases;
    private final Workflows workflows;
    private final WorkerIdentity identity;

    CaseWorkflowController(Cases cases, Workflows workflows, WorkerIdentity identity) {
        this.cases = cases;
        this.workflows = workflows;
        this.identity = identity;
    }

    @GetMapping("/transitions")
    @PreAuthorize(CaseFileController.READERS)
    @Operation(summary = "The actions the caller may take on the case now")
    List<ActionView> allowed(@PathVariable String id) {
        Caller caller = Caller.required();
        return workflows.allowedActions(cases.find(id, caller).workflow(), cases.actorOf(caller)).stream().sorted()
                .map(ActionView::of).toList();
    }

    @PostMapping("/transitions")
    @PreAuthorize(ACTORS)
    @Operation(summary = "Take a step of the case's workflow",
            description = "The body's action names the step (e.g. DECIDE_ARREST) and carries what it needs. "
                    + "If-Match must name the version read. A step the current stage does not allow gets 409; a "
                    + "step a rule refuses (e.g. a third supplementary investigation) gets 422 naming the rule; "
                    + "either way nothing changes.")
    ResponseEntity<CaseView> transition(@PathVariable String id,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch,
            @NotNull @RequestBody Transition transition) {
        long version = Versions.fromIfMatch(ifMatch);
        CaseFile saved = cases.transition(id, version, transition, Caller.required());
        return answer(saved);
    }

    @GetMapping("/payments")
    @PreAuthorize(CaseFileController.READERS)
    @Operation(summary = "The wages recovered in the case, payment by payment")
    List<PaymentView> payments(@PathVariable String id) {
        return cases.find(id, Caller.required()).payments().stream().map(PaymentView::of).toList();
    }

    @PostMapping("/payments")
    @PreAuthorize(ACTORS)
    @Operation(summary = "Record wages paid to a worker of the case",
            description = "A payment above what the worker is still owed, or dated in the future, gets 422 and "
                    + "changes nothing. If-Match must name the version read.")
    ResponseEntity<CaseView> recordPayment(@PathVariable String id,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody NewPayment payment) {
        long version = Versions.fromIfMatch(ifMatch);
        CaseFile saved = cases.recordPayment(id, version, payment.workerId(),
                new BigDecimal(payment.amount()).setScale(2), payment.paidOn(), payment.channel(), Caller.required());
        return answer(saved);
    }

    private ResponseEntity<CaseView> answer(CaseFile saved) {
        Caller caller = Caller.required();
        return ResponseEntity.ok().eTag(Versions.etag(saved.version())).body(CaseView.of(saved, identity,
                Disclosure.MASKED, workflows.allowedActions(saved.workflow(), cases.actorOf(caller)),
                cases.today()));
    }
}
