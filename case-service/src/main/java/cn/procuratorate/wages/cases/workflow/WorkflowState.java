package cn.procuratorate.wages.cases.workflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a case stands in its workflow: immutable, and plain enough (enums, strings, dates, booleans, BigDecimal,
 * small records of those) to be stored as a sub-document of the case. Built by {@link Workflows#start} and
 * replaced by {@link Workflows#apply}; never edited in place.
 *
 * @param type                    the case type; its workflow decides the stages
 * @param entryPoint              how the case entered (kept: a false-litigation report has a disposal limit)
 * @param stage                   the current stage
 * @param receivedOn              the day the case was received
 * @param stageStartedOn          the day the current stage started (the day its clock started)
 * @param dueOn                   the last day of the current stage's time limit; null when it has none
 * @param handlerId               the handling procurator's user id; null while unassigned
 * @param facts                   the facts the criminal time limits depend on ({@link CaseFacts#NONE} otherwise)
 * @param extensionGranted        the current stage's time limit has been extended (reset when a stage starts)
 * @param supplementaryRounds     rounds of supplementary investigation used so far
 * @param arrestDecision          the arrest decision, once made
 * @param prosecutionDecision     the prosecution decision, once made
 * @param eligibility             the support-of-lawsuit checklist, as last assessed
 * @param supportOpinion          the support opinion, once issued
 * @param legalAid                the legal aid arranged
 * @param courtOutcome            the supported lawsuit's outcome
 * @param amountRecovered         yuan recovered to date after the supported lawsuit
 * @param supervisionDecision     the supervision outcome, once decided
 * @param courtResponse           the court's response to the supervision outcome
 * @param falseLitigationDecision the false-litigation outcome, once decided
 * @param closure                 how the case was closed; null while open
 */
public record WorkflowState(
        CaseType type,
        EntryPoint entryPoint,
        Stage stage,
        LocalDate receivedOn,
        LocalDate stageStartedOn,
        LocalDate dueOn,
        String handlerId,
        CaseFacts facts,
        boolean extensionGranted,
        int supplementaryRounds,
        ArrestDecision arrestDecision,
        ProsecutionDecision prosecutionDecision,
        EligibilityChecklist eligibility,
        SupportOpinion supportOpinion,
        LegalAid legalAid,
        CourtOutcome courtOutcome,
        BigDecimal amountRecovered,
        SupervisionDecision supervisionDecision,
        CourtResponse courtResponse,
        FalseLitigationDecision falseLitigationDecision,
        Closure closure) {

    public WorkflowState {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(entryPoint, "entryPoint");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(stageStartedOn, "stageStartedOn");
        if (facts == null) {
            facts = CaseFacts.NONE;
        }
        if (!stage.belongsTo(type.workflow())) {
            throw new IllegalArgumentException(stage + " is not a stage of " + type);
        }
        if (entryPoint.workflow() != type.workflow()) {
            throw new IllegalArgumentException(entryPoint + " is not an entry point of " + type);
        }
        if (supplementaryRounds < 0) {
            throw new IllegalArgumentException("supplementaryRounds must not be negative");
        }
    }

    public Workflow workflow() {
        return type.workflow();
    }

    public boolean isClosed() {
        return stage.isClosed();
    }

    /** A new case's state, before its due date is computed. */
    static WorkflowState initial(CaseType type, EntryPoint entryPoint, CaseFacts facts, String handlerId,
            LocalDate receivedOn) {
        return new WorkflowState(type, entryPoint, entryPoint.stage(), receivedOn, receivedOn, null, handlerId, facts,
                false, 0, null, null, null, null, null, null, null, null, null, null, null);
    }

    Builder toBuilder() {
        return new Builder(this);
    }

    /** A mutable copy used by {@link Workflows} to build the next state. */
    static final class Builder {
        private final CaseType type;
        private final EntryPoint entryPoint;
        private final LocalDate receivedOn;
        Stage stage;
        LocalDate stageStartedOn;
        LocalDate dueOn;
        String handlerId;
        CaseFacts facts;
        boolean extensionGranted;
        int supplementaryRounds;
        ArrestDecision arrestDecision;
        ProsecutionDecision prosecutionDecision;
        EligibilityChecklist eligibility;
        SupportOpinion supportOpinion;
        LegalAid legalAid;
        CourtOutcome courtOutcome;
        BigDecimal amountRecovered;
        SupervisionDecision supervisionDecision;
        CourtResponse courtResponse;
        FalseLitigationDecision falseLitigationDecision;
        Closure closure;

        private Builder(WorkflowState state) {
            type = state.type;
            entryPoint = state.entryPoint;
            receivedOn = state.receivedOn;
            stage = state.stage;
            stageStartedOn = state.stageStartedOn;
            dueOn = state.dueOn;
            handlerId = state.handlerId;
            facts = state.facts;
            extensionGranted = state.extensionGranted;
            supplementaryRounds = state.supplementaryRounds;
            arrestDecision = state.arrestDecision;
            prosecutionDecision = state.prosecutionDecision;
            eligibility = state.eligibility;
            supportOpinion = state.supportOpinion;
            legalAid = state.legalAid;
            courtOutcome = state.courtOutcome;
            amountRecovered = state.amountRecovered;
            supervisionDecision = state.supervisionDecision;
            courtResponse = state.courtResponse;
            falseLitigationDecision = state.falseLitigationDecision;
            closure = state.closure;
        }

        /** Enters a stage today: its clock starts, any extension of the previous stage lapses. */
        Builder enter(Stage next, LocalDate today) {
            stage = next;
            stageStartedOn = today;
            extensionGranted = false;
            return this;
        }

        WorkflowState build() {
            return new WorkflowState(type, entryPoint, stage, receivedOn, stageStartedOn, dueOn, handlerId, facts,
                    extensionGranted, supplementaryRounds, arrestDecision, prosecutionDecision, eligibility,
                    supportOpinion, legalAid, courtOutcome, amountRecovered, supervisionDecision, courtResponse,
                    falseLitigationDecision, closure);
        }
    }
}
