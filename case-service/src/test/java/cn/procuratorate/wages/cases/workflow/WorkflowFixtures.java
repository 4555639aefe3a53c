package cn.procuratorate.wages.cases.workflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** States at every stage, reached through real transitions, and one valid transition per action. */
final class WorkflowFixtures {

    static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    static final Workflows WORKFLOWS = Workflows.withDefaults();
    static final String HANDLER = "p1";
    static final Actor PROCURATOR = Actor.procurator(HANDLER);
    static final Actor SUPERVISOR = Actor.supervisor("s1");
    static final Actor CLERK = Actor.clerk("c1");
    /** Not detained and major, so that both extensions are available. */
    static final CaseFacts MAJOR_NOT_DETAINED = CaseFacts.NONE.withMajorCase(true);

    private WorkflowFixtures() {
    }

    /** A valid transition of each action (valid for every case type where the action is allowed). */
    static Transition sample(Action action) {
        return switch (action) {
            case START_ARREST_REVIEW -> new Transition.StartArrestReview();
            case START_PROSECUTION_REVIEW -> new Transition.StartProsecutionReview();
            case EXTEND_ARREST_REVIEW -> new Transition.ExtendArrestReview("案情重大复杂");
            case DECIDE_ARREST -> Transition.DecideArrest.noArrest();
            case EXTEND_PROSECUTION_REVIEW -> new Transition.ExtendProsecutionReview("涉及工人众多");
            case RETURN_FOR_SUPPLEMENTARY_INVESTIGATION ->
                    new Transition.ReturnForSupplementaryInvestigation("欠薪数额需补充审计");
            case RESUME_AFTER_SUPPLEMENTARY_INVESTIGATION -> new Transition.ResumeAfterSupplementaryInvestigation();
            case DECIDE_PROSECUTION -> Transition.DecideProsecution.prosecute();
            case RECORD_FACTS -> new Transition.RecordFacts(MAJOR_NOT_DETAINED.withGuiltyPlea(true), null);
            case ASSESS_ELIGIBILITY -> new Transition.AssessEligibility(EligibilityChecklist.ALL_MET);
            case ISSUE_SUPPORT_OPINION -> new Transition.IssueSupportOpinion(null);
            case ARRANGE_LEGAL_AID -> new Transition.ArrangeLegalAid("区法律援助中心", null);
            case RECORD_COURT_OUTCOME ->
                    new Transition.RecordCourtOutcome(CourtOutcome.Kind.WON, new BigDecimal("12000"), null);
            case RECORD_RECOVERY -> new Transition.RecordRecovery(new BigDecimal("8000"));
            case ACCEPT_APPLICATION -> new Transition.AcceptApplication();
            case DECIDE_SUPERVISION ->
                    new Transition.DecideSupervision(SupervisionDecision.Outcome.PROCURATORIAL_SUGGESTION, null);
            case RECORD_COURT_RESPONSE -> new Transition.RecordCourtResponse(CourtResponse.Kind.ADOPTED, null);
            case START_INVESTIGATION -> new Transition.StartInvestigation();
            case DECIDE_FALSE_LITIGATION ->
                    new Transition.DecideFalseLitigation(FalseLitigationDecision.Outcome.REFERRED_TO_POLICE, null);
            case CHANGE_HANDLER -> new Transition.ChangeHandler("p2", "工作调整");
            case WITHDRAW -> new Transition.Withdraw("申请人撤回");
            case DECLINE -> new Transition.Decline("不符合受理条件");
            case CLOSE -> new Transition.Close(null);
        };
    }

    /** The path through each workflow that visits every stage. */
    private static List<Transition> path(Workflow workflow) {
        return switch (workflow) {
            case CRIMINAL -> List.of(new Transition.StartArrestReview(), Transition.DecideArrest.noArrest(),
                    new Transition.StartProsecutionReview(),
                    new Transition.ReturnForSupplementaryInvestigation("补充证据"),
                    new Transition.ResumeAfterSupplementaryInvestigation(), Transition.DecideProsecution.prosecute(),
                    new Transition.Close(null));
            case LAWSUIT_SUPPORT -> List.of(new Transition.AssessEligibility(EligibilityChecklist.ALL_MET),
                    new Transition.IssueSupportOpinion(null), sample(Action.ARRANGE_LEGAL_AID),
                    sample(Action.RECORD_COURT_OUTCOME), new Transition.Close(null));
            case SUPERVISION -> List.of(new Transition.AcceptApplication(), sample(Action.DECIDE_SUPERVISION),
                    sample(Action.RECORD_COURT_RESPONSE), new Transition.Close(null));
            case FALSE_LITIGATION -> List.of(new Transition.StartInvestigation(),
                    sample(Action.DECIDE_FALSE_LITIGATION), new Transition.Close(null));
        };
    }

    /** For each stage of the type's workflow, the last state of the first visit to it along {@link #path}. */
    static Map<Stage, WorkflowState> statesOf(CaseType type) {
        Map<Stage, WorkflowState> states = new EnumMap<>(Stage.class);
        WorkflowState state = WORKFLOWS.start(type, type.defaultEntry(), facts(type), HANDLER, DAY);
        states.put(state.stage(), state);
        for (Transition transition : path(type.workflow())) {
            Stage left = state.stage();
            state = WORKFLOWS.apply(state, transition, SUPERVISOR, DAY).state();
            if (state.stage() == left || !states.containsKey(state.stage())) {
                states.put(state.stage(), state);
            }
        }
        return states;
    }

    static WorkflowState stateAt(CaseType type, Stage stage) {
        WorkflowState state = statesOf(type).get(stage);
        if (state == null) {
            throw new IllegalArgumentException(type + " never reaches " + stage);
        }
        return state;
    }

    private static CaseFacts facts(CaseType type) {
        return type.workflow() == Workflow.CRIMINAL ? MAJOR_NOT_DETAINED : CaseFacts.NONE;
    }

    static WorkflowState apply(WorkflowState state, Transition transition, LocalDate today) {
        return WORKFLOWS.apply(state, transition, PROCURATOR, today).state();
    }

    /** The refusal a call throws; fails when it throws none. */
    static TransitionRefused refusal(Supplier<?> call) {
        try {
            call.get();
        } catch (TransitionRefused refused) {
            return refused;
        }
        throw new AssertionError("Expected a TransitionRefused");
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
