package cn.procuratorate.wages.cases.workflow;

import cn.procuratorate.wages.common.security.Role;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The case workflows as state machines with due dates: plain Java, no Spring, no persistence. One instance per
 * set of {@link StatutoryTimeLimits}; thread-safe (it holds nothing else).
 *
 * <p>A step is checked in this order, the first failure wins: the stage allows the action (else
 * {@code workflow.illegal-transition}, 409); the actor's role; the state (rounds left, extension available,
 * checklist complete, court response pending); the date (not before the stage started); then the transition's
 * own fields (reasons, amounts, outcomes). Everything after the first check is a 422.
 */
public final class Workflows {

    private final StatutoryTimeLimits limits;
    private final Deadlines deadlines;

    public Workflows(StatutoryTimeLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.deadlines = new Deadlines(limits);
    }

    public static Workflows withDefaults() {
        return new Workflows(StatutoryTimeLimits.defaults());
    }

    public StatutoryTimeLimits limits() {
        return limits;
    }

    // ------------------------------------------------------------------ starting

    /**
     * A new case entering its workflow at {@code entry} on {@code receivedOn}, the day its first clock starts.
     *
     * @param facts     the facts the criminal time limits depend on; null means {@link CaseFacts#NONE}
     * @param handlerId the handling procurator; null while unassigned
     * @throws TransitionRefused {@code workflow.entry-point-not-applicable} when the entry point belongs to another
     *                           workflow, {@code workflow.fast-track-needs-guilty-plea} for inconsistent facts
     */
    public WorkflowState start(CaseType type, EntryPoint entry, CaseFacts facts, String handlerId,
            LocalDate receivedOn) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(receivedOn, "receivedOn");
        if (entry.workflow() != type.workflow()) {
            throw RuleCode.ENTRY_POINT_NOT_APPLICABLE.refuse(type.label(), entry.label());
        }
        CaseFacts checked = facts == null ? CaseFacts.NONE : facts;
        requireConsistent(checked);
        WorkflowState initial = WorkflowState.initial(type, entry, checked, text(handlerId), receivedOn);
        WorkflowState.Builder withDue = initial.toBuilder();
        withDue.dueOn = deadlines.dueOn(initial);
        return withDue.build();
    }

    /** A new case at its type's {@linkplain CaseType#defaultEntry() default entry point}, without facts. */
    public WorkflowState start(CaseType type, String handlerId, LocalDate receivedOn) {
        return start(type, type.defaultEntry(), CaseFacts.NONE, handlerId, receivedOn);
    }

    // ------------------------------------------------------------------ what is allowed

    /** The actions that the state allows now, whoever asks (roles are not considered). */
    public Set<Action> allowedActions(WorkflowState state) {
        return allowed(state, null);
    }

    /** The actions this actor may take now: the buttons a UI shows. */
    public Set<Action> allowedActions(WorkflowState state, Actor actor) {
        return allowed(state, Objects.requireNonNull(actor, "actor"));
    }

    /**
     * Why this actor could not take this action now, whatever the transition's fields (e.g. for a disabled button's
     * tooltip); empty when it could. A null actor skips the role checks.
     */
    public Optional<TransitionRefused> refusal(WorkflowState state, Action action, Actor actor) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(action, "action");
        return Optional.ofNullable(refusalOf(state, action, actor));
    }

    /** The current stage's due date under these limits (e.g. to recompute stored due dates after a change). */
    public LocalDate dueOn(WorkflowState state) {
        return deadlines.dueOn(state);
    }

    private Set<Action> allowed(WorkflowState state, Actor actor) {
        Objects.requireNonNull(state, "state");
        EnumSet<Action> result = EnumSet.noneOf(Action.class);
        for (Action action : state.workflow().actionsIn(state.stage())) {
            if (refusalOf(state, action, actor) == null) {
                result.add(action);
            }
        }
        return Collections.unmodifiableSet(result);
    }

    private TransitionRefused refusalOf(WorkflowState state, Action action, Actor actor) {
        if (!state.workflow().actionsIn(state.stage()).contains(action)) {
            return RuleCode.ILLEGAL_TRANSITION.refuse(state.stage().label(), action.label());
        }
        if (actor != null) {
            if (!actor.mayAct()) {
                return RuleCode.ROLE_NOT_ALLOWED.refuse();
            }
            if (action == Action.CHANGE_HANDLER && actor.role() != Role.SUPERVISOR) {
                return RuleCode.HANDLER_CHANGE_NEEDS_SUPERVISOR.refuse();
            }
            if (action.isDecision() && !actor.mayDecide()) {
                return RuleCode.DECISION_NEEDS_PROCURATOR.refuse(action.label());
            }
        }
        switch (action) {
            case EXTEND_ARREST_REVIEW:
            case EXTEND_PROSECUTION_REVIEW:
                return deadlines.extensionRefusal(state, action);
            case RETURN_FOR_SUPPLEMENTARY_INVESTIGATION:
                int max = limits.supplementaryInvestigationMaxRounds();
                return state.supplementaryRounds() >= max
                        ? RuleCode.SUPPLEMENTARY_ROUNDS_EXHAUSTED.refuse(max) : null;
            case ISSUE_SUPPORT_OPINION:
                return eligibilityRefusal(state.eligibility());
            case RECORD_COURT_RESPONSE:
                return awaitsCourtResponse(state) ? null : RuleCode.NO_COURT_RESPONSE_EXPECTED.refuse(
                        state.supervisionDecision() == null ? "" : state.supervisionDecision().outcome().label());
            case CLOSE:
                return state.stage() == Stage.SUPERVISION_DECIDED && awaitsCourtResponse(state)
                        ? RuleCode.COURT_RESPONSE_PENDING.refuse(state.supervisionDecision().outcome().label()) : null;
            default:
                return null;
        }
    }

    private static boolean awaitsCourtResponse(WorkflowState state) {
        SupervisionDecision decision = state.supervisionDecision();
        return decision != null && decision.outcome().expectsCourtResponse();
    }

    private static TransitionRefused eligibilityRefusal(EligibilityChecklist checklist) {
        List<EligibilityChecklist.Item> missing = (checklist == null ? EligibilityChecklist.NONE_MET : checklist)
                .missing();
        if (missing.isEmpty()) {
            return null;
        }
        return new TransitionRefused(RuleCode.ELIGIBILITY_INCOMPLETE,
                missing.stream().map(Enum::name).toList(),
                missing.stream().map(EligibilityChecklist.Item::label).collect(Collectors.joining("；")));
    }

    // ------------------------------------------------------------------ applying

    /**
     * Takes a step. Returns the new state and a description of the change for the caller's timeline; the given
     * state is not modified.
     *
     * @param today the day of the step in the caller's calendar (Asia/Shanghai); a stage entered now starts today
     * @throws TransitionRefused when the step is not allowed, with a stable {@link TransitionRefused#code()}
     */
    public WorkflowStep apply(WorkflowState state, Transition transition, Actor actor, LocalDate today) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(transition, "transition");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(today, "today");
        Action action = transition.action();
        TransitionRefused refused = refusalOf(state, action, actor);
        if (refused != null) {
            throw refused;
        }
        if (today.isBefore(state.stageStartedOn())) {
            throw RuleCode.DATE_BEFORE_STAGE_START.refuse(today, state.stageStartedOn());
        }
        Step step = new Step(state, actor, today);
        String summary = switch (action) {
            case START_ARREST_REVIEW -> step.enter(Stage.ARREST_REVIEW, "受理提请批准逮捕，开始审查逮捕");
            case START_PROSECUTION_REVIEW -> step.enter(Stage.PROSECUTION_REVIEW, "受理移送审查起诉，开始审查起诉");
            case EXTEND_ARREST_REVIEW -> extend(step, ((Transition.ExtendArrestReview) transition).reason());
            case DECIDE_ARREST -> decideArrest(step, (Transition.DecideArrest) transition);
            case EXTEND_PROSECUTION_REVIEW -> extend(step, ((Transition.ExtendProsecutionReview) transition).reason());
            case RETURN_FOR_SUPPLEMENTARY_INVESTIGATION -> returnForSupplementaryInvestigation(step,
                    (Transition.ReturnForSupplementaryInvestigation) transition);
            case RESUME_AFTER_SUPPLEMENTARY_INVESTIGATION ->
                    step.enter(Stage.PROSECUTION_REVIEW, "补充侦查完毕重新移送，重新计算审查起诉期限");
            case DECIDE_PROSECUTION -> decideProsecution(step, (Transition.DecideProsecution) transition);
            case RECORD_FACTS -> recordFacts(step, (Transition.RecordFacts) transition);
            case ASSESS_ELIGIBILITY -> assessEligibility(step, (Transition.AssessEligibility) transition);
            case ISSUE_SUPPORT_OPINION -> issueSupportOpinion(step, (Transition.IssueSupportOpinion) transition);
            case ARRANGE_LEGAL_AID -> arrangeLegalAid(step, (Transition.ArrangeLegalAid) transition);
            case RECORD_COURT_OUTCOME -> recordCourtOutcome(step, (Transition.RecordCourtOutcome) transition);
            case RECORD_RECOVERY -> recordRecovery(step, (Transition.RecordRecovery) transition);
            case ACCEPT_APPLICATION -> step.enter(Stage.SUPERVISION_REVIEW, "受理监督申请，开始审查");
            case DECIDE_SUPERVISION -> decideSupervision(step, (Transition.DecideSupervision) transition);
            case RECORD_COURT_RESPONSE -> recordCourtResponse(step, (Transition.RecordCourtResponse) transition);
            case START_INVESTIGATION -> step.enter(Stage.INVESTIGATION, "开始调查核实");
            case DECIDE_FALSE_LITIGATION -> decideFalseLitigation(step, (Transition.DecideFalseLitigation) transition);
            case CHANGE_HANDLER -> changeHandler(step, (Transition.ChangeHandler) transition);
            case WITHDRAW -> close(step, Closure.Kind.WITHDRAWN,
                    required(((Transition.Withdraw) transition).reason(), action));
            case DECLINE -> close(step, Closure.Kind.DECLINED,
                    required(((Transition.Decline) transition).reason(), action));
            case CLOSE -> close(step, Closure.Kind.CONCLUDED, text(((Transition.Close) transition).summary()));
        };
        return step.finish(action, summary);
    }

    /** The state being built by one step. */
    private final class Step {
        final WorkflowState before;
        final WorkflowState.Builder next;
        final Actor actor;
        final LocalDate today;

        Step(WorkflowState before, Actor actor, LocalDate today) {
            this.before = before;
            this.next = before.toBuilder();
            this.actor = actor;
            this.today = today;
        }

        String enter(Stage stage, String summary) {
            next.enter(stage, today);
            return summary;
        }

        WorkflowStep finish(Action action, String summary) {
            WorkflowState provisional = next.build();
            next.dueOn = deadlines.dueOn(provisional);
            WorkflowState after = next.build();
            String text = summary;
            if (after.dueOn() != null && !after.dueOn().equals(before.dueOn())) {
                text += "；期限至" + after.dueOn();
            }
            return new WorkflowStep(after, new WorkflowChange(action, before.stage(), after.stage(), today,
                    actor.id(), after.dueOn(), text));
        }
    }

    // ---- criminal

    private static String extend(Step step, String reason) {
        String checked = required(reason, step.before.stage() == Stage.ARREST_REVIEW
                ? Action.EXTEND_ARREST_REVIEW : Action.EXTEND_PROSECUTION_REVIEW);
        step.next.extensionGranted = true;
        return "重大复杂案件，延长" + step.before.stage().label() + "期限：" + checked;
    }

    private static String decideArrest(Step step, Transition.DecideArrest decide) {
        ArrestDecision.Kind kind = present(decide.decision(), Action.DECIDE_ARREST, "是否逮捕");
        ArrestDecision.NonArrestReason reason = decide.reason();
        String note = text(decide.note());
        if (kind == ArrestDecision.Kind.ARREST) {
            if (reason != null) {
                throw RuleCode.REASON_NOT_APPLICABLE.refuse(kind.label(), "不批准逮捕的理由");
            }
        } else {
            if (reason == null) {
                reason = ArrestDecision.NonArrestReason.NO_NECESSITY;
            }
            if (reason == ArrestDecision.NonArrestReason.OTHER && note == null) {
                throw RuleCode.REASON_REQUIRED.refuse("以其他理由不批准逮捕");
            }
        }
        step.next.arrestDecision = new ArrestDecision(kind, reason, note, step.today, step.actor.id());
        step.enter(Stage.ARREST_DECIDED, null);
        return "作出" + kind.label() + "决定" + (reason == null ? "" : "：" + reason.label()) + suffix(note);
    }

    private String returnForSupplementaryInvestigation(Step step,
            Transition.ReturnForSupplementaryInvestigation returned) {
        String reason = required(returned.reason(), Action.RETURN_FOR_SUPPLEMENTARY_INVESTIGATION);
        step.next.supplementaryRounds = step.before.supplementaryRounds() + 1;
        step.enter(Stage.SUPPLEMENTARY_INVESTIGATION, null);
        return "第" + step.next.supplementaryRounds + "次退回补充侦查（共" + limits.supplementaryInvestigationMaxRounds()
                + "次为限）：" + reason;
    }

    private static String decideProsecution(Step step, Transition.DecideProsecution decide) {
        ProsecutionDecision.Kind kind = present(decide.decision(), Action.DECIDE_PROSECUTION, "是否起诉");
        ProsecutionDecision.NonProsecutionReason reason = decide.reason();
        String note = text(decide.note());
        if (kind == ProsecutionDecision.Kind.PROSECUTE) {
            if (reason != null) {
                throw RuleCode.REASON_NOT_APPLICABLE.refuse(kind.label(), "不起诉的理由");
            }
        } else {
            if (reason == null) {
                throw RuleCode.REASON_REQUIRED.refuse(kind.label());
            }
            if (reason == ProsecutionDecision.NonProsecutionReason.OTHER && note == null) {
                throw RuleCode.REASON_REQUIRED.refuse("以其他理由不起诉");
            }
        }
        step.next.prosecutionDecision = new ProsecutionDecision(kind, reason, note, step.today, step.actor.id());
        step.enter(Stage.PROSECUTION_DECIDED, null);
        return "作出" + kind.label() + "决定" + (reason == null ? "" : "：" + reason.label()) + suffix(note);
    }

    private static String recordFacts(Step step, Transition.RecordFacts record) {
        CaseFacts facts = present(record.facts(), Action.RECORD_FACTS, "案件情况");
        requireConsistent(facts);
        step.next.facts = facts;
        if (step.before.extensionGranted() && !extensionStillApplies(step.before.stage(), facts)) {
            step.next.extensionGranted = false;
        }
        return "更新案件情况：" + facts.describe() + suffix(text(record.note()));
    }

    private static boolean extensionStillApplies(Stage stage, CaseFacts facts) {
        if (!facts.majorCase()) {
            return false;
        }
        return stage == Stage.ARREST_REVIEW ? !facts.suspectDetained() : !facts.fastTrack();
    }

    private static void requireConsistent(CaseFacts facts) {
        if (facts.fastTrack() && !facts.guiltyPlea()) {
            throw RuleCode.FAST_TRACK_NEEDS_GUILTY_PLEA.refuse();
        }
    }

    // ---- support of a lawsuit

    private static String assessEligibility(Step step, Transition.AssessEligibility assess) {
        EligibilityChecklist checklist = present(assess.checklist(), Action.ASSESS_ELIGIBILITY, "支持起诉条件");
        step.next.eligibility = checklist;
        List<EligibilityChecklist.Item> missing = checklist.missing();
        return missing.isEmpty() ? "审查支持起诉条件：四项条件均已具备"
                : "审查支持起诉条件：尚缺" + missing.stream().map(EligibilityChecklist.Item::label)
                        .collect(Collectors.joining("；"));
    }

    private static String issueSupportOpinion(Step step, Transition.IssueSupportOpinion issue) {
        String note = text(issue.note());
        step.next.supportOpinion = new SupportOpinion(step.today, step.actor.id(), note);
        return step.enter(Stage.SUPPORT_OPINION_ISSUED, "制发支持起诉意见书" + suffix(note));
    }

    private static String arrangeLegalAid(Step step, Transition.ArrangeLegalAid arrange) {
        String provider = present(text(arrange.provider()), Action.ARRANGE_LEGAL_AID, "法律援助机构或律师");
        String note = text(arrange.note());
        step.next.legalAid = new LegalAid(provider, note, step.today);
        return step.enter(Stage.LEGAL_AID_ARRANGED, "安排法律援助：" + provider + suffix(note));
    }

    private static String recordCourtOutcome(Step step, Transition.RecordCourtOutcome record) {
        CourtOutcome.Kind kind = present(record.outcome(), Action.RECORD_COURT_OUTCOME, "裁判结果");
        BigDecimal amount;
        if (kind.awardsAmount()) {
            amount = amount(present(record.amountAwarded(), Action.RECORD_COURT_OUTCOME, "判决或调解金额"),
                    "判决或调解金额");
        } else {
            amount = record.amountAwarded() == null ? BigDecimal.ZERO : amount(record.amountAwarded(), "判决或调解金额");
            if (amount.signum() != 0) {
                throw RuleCode.REASON_NOT_APPLICABLE.refuse(kind.label(), "判决或调解金额");
            }
        }
        String note = text(record.note());
        step.next.courtOutcome = new CourtOutcome(kind, amount.setScale(2), note, step.today);
        String award = kind.awardsAmount() ? "，判决或调解金额" + amount.setScale(2).toPlainString() + "元" : "";
        return step.enter(Stage.COURT_OUTCOME_RECORDED, "法院裁判结果：" + kind.label() + award + suffix(note));
    }

    private static String recordRecovery(Step step, Transition.RecordRecovery record) {
        BigDecimal amount = amount(present(record.amountRecoveredToDate(), Action.RECORD_RECOVERY, "追回金额"),
                "追回金额").setScale(2);
        step.next.amountRecovered = amount;
        return "累计追回" + amount.toPlainString() + "元";
    }

    // ---- supervision

    private static String decideSupervision(Step step, Transition.DecideSupervision decide) {
        SupervisionDecision.Outcome outcome = present(decide.outcome(), Action.DECIDE_SUPERVISION, "监督决定");
        CaseType type = step.before.type();
        if (!SupervisionRules.outcomesFor(type).contains(outcome)) {
            throw RuleCode.OUTCOME_NOT_APPLICABLE.refuse(type.label(), outcome.label());
        }
        String reason = text(decide.reason());
        if (outcome == SupervisionDecision.Outcome.NO_SUPERVISION && reason == null) {
            throw RuleCode.REASON_REQUIRED.refuse(outcome.label());
        }
        step.next.supervisionDecision = new SupervisionDecision(outcome, reason, step.today, step.actor.id());
        return step.enter(Stage.SUPERVISION_DECIDED, "作出监督决定：" + outcome.label() + suffix(reason));
    }

    private static String recordCourtResponse(Step step, Transition.RecordCourtResponse record) {
        CourtResponse.Kind kind = present(record.kind(), Action.RECORD_COURT_RESPONSE, "法院回复");
        String summary = text(record.summary());
        step.next.courtResponse = new CourtResponse(kind, summary, step.today);
        return step.enter(Stage.COURT_RESPONSE_RECORDED, "法院回复：" + kind.label() + suffix(summary));
    }

    // ---- false litigation

    private static String decideFalseLitigation(Step step, Transition.DecideFalseLitigation decide) {
        FalseLitigationDecision.Outcome outcome = present(decide.outcome(), Action.DECIDE_FALSE_LITIGATION,
                "处理决定");
        String reason = text(decide.reason());
        if (outcome == FalseLitigationDecision.Outcome.UNFOUNDED && reason == null) {
            throw RuleCode.REASON_REQUIRED.refuse("认定线索不实");
        }
        step.next.falseLitigationDecision = new FalseLitigationDecision(outcome, reason, step.today, step.actor.id());
        return step.enter(Stage.FALSE_LITIGATION_DECIDED, "作出处理决定：" + outcome.label() + suffix(reason));
    }

    // ---- several workflows

    private static String changeHandler(Step step, Transition.ChangeHandler change) {
        String newHandler = present(text(change.newHandlerId()), Action.CHANGE_HANDLER, "新承办检察官");
        String current = step.before.handlerId();
        if (newHandler.equals(current)) {
            throw RuleCode.HANDLER_UNCHANGED.refuse();
        }
        String reason = text(change.reason());
        step.next.handlerId = newHandler;
        if (current == null) {
            return "指定承办检察官：" + newHandler + suffix(reason);
        }
        if (reason == null) {
            throw RuleCode.REASON_REQUIRED.refuse(Action.CHANGE_HANDLER.label());
        }
        return "更换承办检察官：" + current + " → " + newHandler + suffix(reason);
    }

    private static String close(Step step, Closure.Kind kind, String reason) {
        step.next.closure = new Closure(kind, reason, step.today, step.actor.id());
        return step.enter(Stage.CLOSED, kind.label() + "结案" + suffix(reason));
    }

    // ---- helpers

    /** A stripped text, or null when absent or blank. */
    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String suffix(String note) {
        return note == null ? "" : "（" + note + "）";
    }

    private static String required(String reason, Action action) {
        String checked = text(reason);
        if (checked == null) {
            throw RuleCode.REASON_REQUIRED.refuse(action.label());
        }
        return checked;
    }

    private static <T> T present(T value, Action action, String field) {
        if (value == null) {
            throw RuleCode.FIELD_REQUIRED.refuse(action.label(), field);
        }
        return value;
    }

    /** A non-negative amount of yuan with at most two decimals (fen). */
    private static BigDecimal amount(BigDecimal value, String field) {
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 2) {
            throw RuleCode.AMOUNT_INVALID.refuse(field);
        }
        return value.setScale(Math.max(2, value.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY);
    }
}
