package cn.procuratorate.wages.cases.workflow;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The stages of every workflow in one enum, so that a stored state is two plain strings (type and stage).
 * Each stage belongs to one workflow, except {@link #CLOSED}, which ends all of them; the membership is defined
 * by {@link Workflow}'s transition table (a stage holds no reference to its workflow, so the two enums do not
 * initialise each other). Which stages carry a due date, and how it is computed, is in {@link Deadlines}.
 */
public enum Stage {

    // Criminal
    /** A case received before any police request (e.g. a clue referred by 人社); no time limit. */
    RECEIVED("已受理"),
    /** 审查逮捕: 7 days if the suspect is detained, 15 if not, at most 20 for a major case. */
    ARREST_REVIEW("审查逮捕"),
    /** Arrest decided either way; the police investigate and may transfer for prosecution. No time limit here. */
    ARREST_DECIDED("已作出逮捕决定，待移送审查起诉"),
    /** 审查起诉: 1 month (+15 days for a major case), 10 or 15 days on the fast track. */
    PROSECUTION_REVIEW("审查起诉"),
    /** 退回补充侦查: 1 month per round, at most 2 rounds. */
    SUPPLEMENTARY_INVESTIGATION("退回补充侦查"),
    /** Prosecuted (trial follows) or not prosecuted; closed once the case is concluded. */
    PROSECUTION_DECIDED("已作出起诉决定"),

    // Support of a lawsuit
    /** The four eligibility conditions are checked. */
    ELIGIBILITY_REVIEW("支持起诉审查"),
    SUPPORT_OPINION_ISSUED("已制发支持起诉意见书"),
    LEGAL_AID_ARRANGED("已安排法律援助"),
    /** The court's outcome is known; the amount recovered is recorded until the case is closed. */
    COURT_OUTCOME_RECORDED("法院已裁判或调解"),

    // Supervision (civil judgment, administrative judgment, enforcement)
    /** The application is in; the acceptance notice is due within 3 days. */
    APPLICATION_RECEIVED("监督申请已收到"),
    /** Accepted; the review is due 3 months after acceptance. */
    SUPERVISION_REVIEW("监督审查"),
    /** Outcome decided; for a suggestion or protest the court's response is awaited. */
    SUPERVISION_DECIDED("已作出监督决定"),
    COURT_RESPONSE_RECORDED("法院已回复"),

    // False litigation
    /** Opened from a risk flag or a report; a report is disposed of within 7 days. */
    FALSE_LITIGATION_OPENED("线索已受理"),
    INVESTIGATION("调查核实"),
    FALSE_LITIGATION_DECIDED("已作出处理决定"),

    /** The end of every workflow; nothing is allowed any more. */
    CLOSED("已结案");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isClosed() {
        return this == CLOSED;
    }

    /** Whether a case of this workflow can be in this stage. */
    public boolean belongsTo(Workflow workflow) {
        return workflow.stages().contains(this);
    }

    /** The workflows this stage belongs to (all of them for {@link #CLOSED}). */
    public Set<Workflow> workflows() {
        EnumSet<Workflow> result = EnumSet.noneOf(Workflow.class);
        Arrays.stream(Workflow.values()).filter(this::belongsTo).forEach(result::add);
        return result;
    }
}
