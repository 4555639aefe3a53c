package cn.procuratorate.wages.cases.casefile;

import cn.procuratorate.wages.cases.recovery.PaymentChannel;
import cn.procuratorate.wages.cases.recovery.RecoveryLedger;
import cn.procuratorate.wages.cases.workflow.Action;
import cn.procuratorate.wages.cases.workflow.ArrestDecision;
import cn.procuratorate.wages.cases.workflow.CaseFacts;
import cn.procuratorate.wages.cases.workflow.CaseType;
import cn.procuratorate.wages.cases.workflow.Closure;
import cn.procuratorate.wages.cases.workflow.CourtOutcome;
import cn.procuratorate.wages.cases.workflow.CourtResponse;
import cn.procuratorate.wages.cases.workflow.DueDates;
import cn.procuratorate.wages.cases.workflow.EligibilityChecklist;
import cn.procuratorate.wages.cases.workflow.EntryPoint;
import cn.procuratorate.wages.cases.workflow.FalseLitigationDecision;
import cn.procuratorate.wages.cases.workflow.LegalAid;
import cn.procuratorate.wages.cases.workflow.ProsecutionDecision;
import cn.procuratorate.wages.cases.workflow.Stage;
import cn.procuratorate.wages.cases.workflow.SupervisionDecision;
import cn.procuratorate.wages.cases.workflow.SupportOpinion;
import cn.procuratorate.wages.cases.workflow.WorkflowState;
import cn.procuratorate.wages.common.privacy.PersonalDataMasking.Disclosure;
import cn.procuratorate.wages.common.privacy.PersonalText;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the API answers about cases: built from the stored document, never the document itself. */
final class CaseViews {

    private CaseViews() {
    }

    /** One case in full. {@code sourcePetitionId} is kept for the consumers that read it (contracts/). */
    record CaseView(String id, String caseNumber, CaseType type, String typeLabel, String title, String unit,
            String regionCode, String industryCode, EmployerView employer, Project project, List<WorkerView> workers,
            Disclosure personalData, CaseSource source, String sourcePetitionId, WorkflowView workflow,
            RecoveryView recovery, Instant createdAt, Instant updatedAt, Long version) {

        static CaseView of(CaseFile c, WorkerIdentity identity, Disclosure disclosure, Set<Action> allowed,
                LocalDate today) {
            RecoveryLedger ledger = c.ledger();
            List<WorkerView> workers = c.workers().stream().map(w -> new WorkerView(w.id(), w.name(),
                    identity.residentId(w.residentId(), disclosure), identity.phone(w.phone(), disclosure),
                    w.monthsOwed(), Fen.toYuan(w.amountOwedFen()), ledger.recovered(w.id()),
                    ledger.outstanding(w.id()))).toList();
            CaseSource source = c.source();
            return new CaseView(c.id(), c.caseNumber(), c.type(), c.type().label(), c.title(), c.unit(),
                    c.regionCode(), c.industryCode(), EmployerView.of(c.employer()), c.project(), workers, disclosure,
                    source, source != null && source.kind() == SourceKind.PETITION ? source.id() : null,
                    WorkflowView.of(c.workflow(), allowed, today), RecoveryView.of(ledger), c.createdAt(),
                    c.updatedAt(), c.version());
        }
    }

    record EmployerView(String name, String creditCode, EmployerKind kind) {

        static EmployerView of(Employer employer) {
            return employer == null ? null : new EmployerView(employer.name(), employer.creditCode(), employer.kind());
        }
    }

    record WorkerView(String id, String name,
            @Schema(type = "string", example = "110105********002X") PersonalText residentId,
            @Schema(type = "string", example = "138****5678") PersonalText phone, int monthsOwed,
            BigDecimal amountOwed, BigDecimal recovered, BigDecimal outstanding) {
    }

    /** Where the case stands, what is due when, what was decided, and which actions are allowed now. */
    record WorkflowView(Stage stage, String stageLabel, EntryPoint entryPoint, LocalDate receivedOn,
            LocalDate stageStartedOn, LocalDate dueOn, boolean overdue, Long daysLeft, String handlerId,
            CaseFacts facts, boolean extensionGranted, int supplementaryRounds, ArrestDecision arrestDecision,
            ProsecutionDecision prosecutionDecision, EligibilityChecklist eligibility, SupportOpinion supportOpinion,
            LegalAid legalAid, CourtOutcome courtOutcome, BigDecimal amountRecovered,
            SupervisionDecision supervisionDecision, CourtResponse courtResponse,
            FalseLitigationDecision falseLitigationDecision, Closure closure, List<ActionView> allowedActions) {

        static WorkflowView of(WorkflowState s, Set<Action> allowed, LocalDate today) {
            return new WorkflowView(s.stage(), s.stage().label(), s.entryPoint(), s.receivedOn(), s.stageStartedOn(),
                    s.dueOn(), DueDates.isOverdue(s, today), CaseViews.daysLeft(s.dueOn(), today), s.handlerId(), s.facts(),
                    s.extensionGranted(), s.supplementaryRounds(), s.arrestDecision(), s.prosecutionDecision(),
                    s.eligibility(), s.supportOpinion(), s.legalAid(), s.courtOutcome(), s.amountRecovered(),
                    s.supervisionDecision(), s.courtResponse(), s.falseLitigationDecision(), s.closure(),
                    allowed.stream().sorted().map(ActionView::of).toList());
        }
    }

    record ActionView(Action action, String label, boolean decision) {

        static ActionView of(Action action) {
            return new ActionView(action, action.label(), action.isDecision());
        }
    }

    record RecoveryView(BigDecimal owed, BigDecimal recovered, BigDecimal outstanding, BigDecimal recoveryRate,
            Map<PaymentChannel, BigDecimal> byChannel) {

        static RecoveryView of(RecoveryLedger ledger) {
            return new RecoveryView(ledger.totalOwed(), ledger.totalRecovered(), ledger.totalOutstanding(),
                    ledger.recoveryRate(), ledger.recoveredByChannel());
        }
    }

    /** A case in a list: enough to sort, filter and open it; personal data is not part of it. */
    record CaseSummary(String id, String caseNumber, CaseType type, String title, String unit, String regionCode,
            String industryCode, String employerName, String employerCreditCode, Stage stage, String stageLabel,
            LocalDate dueOn, boolean overdue, Long daysLeft, String handlerId, int workers, BigDecimal owed,
            BigDecimal recovered, Instant createdAt, Long version) {

        static CaseSummary of(CaseFile c, LocalDate today) {
            WorkflowState s = c.workflow();
            Employer employer = c.employer();
            return new CaseSummary(c.id(), c.caseNumber(), c.type(), c.title(), c.unit(), c.regionCode(),
                    c.industryCode(), employer == null ? null : employer.name(),
                    employer == null ? null : employer.creditCode(), s.stage(), s.stage().label(), s.dueOn(),
                    DueDates.isOverdue(s, today), CaseViews.daysLeft(s.dueOn(), today), s.handlerId(), c.workers().size(),
                    Fen.toYuan(c.owedFen()), Fen.toYuan(c.recoveredFen()), c.createdAt(), c.version());
        }
    }

    record PaymentView(String workerId, BigDecimal amount, LocalDate paidOn, PaymentChannel channel,
            String channelLabel, String recordedBy, Instant recordedAt) {

        static PaymentView of(PaymentEntry p) {
            return new PaymentView(p.workerId(), Fen.toYuan(p.amountFen()), p.paidOn(), p.channel(),
                    p.channel().label(), p.recordedBy(), p.recordedAt());
        }
    }

    static Long daysLeft(LocalDate dueOn, LocalDate today) {
        return dueOn == null ? null : DueDates.daysLeft(dueOn, today).getAsLong();
    }
}
