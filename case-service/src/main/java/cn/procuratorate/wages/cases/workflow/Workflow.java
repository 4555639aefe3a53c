package cn.procuratorate.wages.cases.workflow;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The four workflows and, for each, which actions a stage allows: the one transition table of the package.
 *
 * <p>The table names the stage-specific actions only. {@link Action#CHANGE_HANDLER} is allowed in every open stage
 * of every workflow and nothing at all is allowed in {@link Stage#CLOSED}. Whether an allowed action may be taken
 * <em>now</em> also depends on the state (rounds left, extension available, checklist complete, ...) and on the
 * actor: {@link Workflows#allowedActions(WorkflowState, Actor)} combines the three.
 */
public enum Workflow {

    /** 拒不支付劳动报酬罪: arrest review through prosecution review, one handler (捕诉一体). */
    CRIMINAL("刑事案件办理", Map.of(
            Stage.RECEIVED, EnumSet.of(Action.START_ARREST_REVIEW, Action.START_PROSECUTION_REVIEW,
                    Action.RECORD_FACTS, Action.WITHDRAW),
            Stage.ARREST_REVIEW, EnumSet.of(Action.EXTEND_ARREST_REVIEW, Action.DECIDE_ARREST, Action.RECORD_FACTS),
            Stage.ARREST_DECIDED, EnumSet.of(Action.START_PROSECUTION_REVIEW, Action.RECORD_FACTS, Action.WITHDRAW),
            Stage.PROSECUTION_REVIEW, EnumSet.of(Action.EXTEND_PROSECUTION_REVIEW,
                    Action.RETURN_FOR_SUPPLEMENTARY_INVESTIGATION, Action.DECIDE_PROSECUTION, Action.RECORD_FACTS),
            Stage.SUPPLEMENTARY_INVESTIGATION, EnumSet.of(Action.RESUME_AFTER_SUPPLEMENTARY_INVESTIGATION,
                    Action.RECORD_FACTS),
            Stage.PROSECUTION_DECIDED, EnumSet.of(Action.CLOSE))),

    /** 支持起诉 (Civil Procedure Law art. 15). */
    LAWSUIT_SUPPORT("支持起诉", Map.of(
            Stage.ELIGIBILITY_REVIEW, EnumSet.of(Action.ASSESS_ELIGIBILITY, Action.ISSUE_SUPPORT_OPINION,
                    Action.DECLINE, Action.WITHDRAW),
            Stage.SUPPORT_OPINION_ISSUED, EnumSet.of(Action.ARRANGE_LEGAL_AID, Action.RECORD_COURT_OUTCOME,
                    Action.WITHDRAW),
            Stage.LEGAL_AID_ARRANGED, EnumSet.of(Action.RECORD_COURT_OUTCOME, Action.WITHDRAW),
            Stage.COURT_OUTCOME_RECORDED, EnumSet.of(Action.RECORD_RECOVERY, Action.CLOSE))),

    /** Supervision of effective civil or administrative judgments and of enforcement: one workflow for three types. */
    SUPERVISION("诉讼监督", Map.of(
            Stage.APPLICATION_RECEIVED, EnumSet.of(Action.ACCEPT_APPLICATION, Action.DECLINE, Action.WITHDRAW),
            Stage.SUPERVISION_REVIEW, EnumSet.of(Action.DECIDE_SUPERVISION, Action.WITHDRAW),
            Stage.SUPERVISION_DECIDED, EnumSet.of(Action.RECORD_COURT_RESPONSE, Action.CLOSE),
            Stage.COURT_RESPONSE_RECORDED, EnumSet.of(Action.CLOSE))),

    /** 虚假诉讼: opened from a risk flag or a report. */
    FALSE_LITIGATION("虚假诉讼监督", Map.of(
            Stage.FALSE_LITIGATION_OPENED, EnumSet.of(Action.START_INVESTIGATION, Action.DECIDE_FALSE_LITIGATION),
            Stage.INVESTIGATION, EnumSet.of(Action.DECIDE_FALSE_LITIGATION),
            Stage.FALSE_LITIGATION_DECIDED, EnumSet.of(Action.CLOSE)));

    private final String label;
    private final Map<Stage, Set<Action>> actionsByStage;
    private final List<Stage> stages;

    Workflow(String label, Map<Stage, Set<Action>> stageActions) {
        this.label = label;
        Map<Stage, Set<Action>> table = new EnumMap<>(Stage.class);
        stageActions.forEach((stage, actions) -> {
            EnumSet<Action> all = EnumSet.copyOf(actions);
            all.add(Action.CHANGE_HANDLER);
            table.put(stage, Collections.unmodifiableSet(all));
        });
        table.put(Stage.CLOSED, Collections.unmodifiableSet(EnumSet.noneOf(Action.class)));
        this.actionsByStage = Collections.unmodifiableMap(table);
        this.stages = List.copyOf(table.keySet());
    }

    public String label() {
        return label;
    }

    /** The stages of this workflow, in the order a case normally passes them; {@link Stage#CLOSED} last. */
    public List<Stage> stages() {
        return stages;
    }

    /** What the stage allows before state and actor are considered; empty for a stage of another workflow. */
    public Set<Action> actionsIn(Stage stage) {
        return actionsByStage.getOrDefault(stage, Set.of());
    }

    /** The ways a case of this workflow can enter it. */
    public List<EntryPoint> entryPoints() {
        return EntryPoint.of(this);
    }
}
