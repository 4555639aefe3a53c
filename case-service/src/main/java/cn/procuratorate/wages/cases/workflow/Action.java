package cn.procuratorate.wages.cases.workflow;

/**
 * The kinds of transition, one per {@link Transition} record: what a UI shows as a button.
 * A <em>decision</em> is made by a procurator or a supervisor only (never a clerk or a machine).
 */
public enum Action {
    // Criminal
    START_ARREST_REVIEW("受理提请批准逮捕", false),
    START_PROSECUTION_REVIEW("受理移送审查起诉", false),
    EXTEND_ARREST_REVIEW("延长审查逮捕期限", true),
    DECIDE_ARREST("作出是否逮捕决定", true),
    EXTEND_PROSECUTION_REVIEW("延长审查起诉期限", true),
    RETURN_FOR_SUPPLEMENTARY_INVESTIGATION("退回补充侦查", true),
    RESUME_AFTER_SUPPLEMENTARY_INVESTIGATION("补充侦查完毕重新移送", false),
    DECIDE_PROSECUTION("作出是否起诉决定", true),
    RECORD_FACTS("更新影响办案期限的案件情况", false),
    // Support of a lawsuit
    ASSESS_ELIGIBILITY("审查支持起诉条件", false),
    ISSUE_SUPPORT_OPINION("制发支持起诉意见书", true),
    ARRANGE_LEGAL_AID("安排法律援助", false),
    RECORD_COURT_OUTCOME("登记法院裁判结果", false),
    RECORD_RECOVERY("登记实际追回金额", false),
    // Supervision
    ACCEPT_APPLICATION("受理监督申请", false),
    DECIDE_SUPERVISION("作出监督决定", true),
    RECORD_COURT_RESPONSE("登记法院回复", false),
    // False litigation
    START_INVESTIGATION("开始调查核实", false),
    DECIDE_FALSE_LITIGATION("作出虚假诉讼处理决定", true),
    // Several workflows
    CHANGE_HANDLER("更换承办检察官", false),
    WITHDRAW("撤回", false),
    DECLINE("不予受理或不予支持", true),
    CLOSE("结案", false);

    private final String label;
    private final boolean decision;

    Action(String label, boolean decision) {
        this.label = label;
        this.decision = decision;
    }

    public String label() {
        return label;
    }

    /** Whether only a procurator or a supervisor may take it. */
    public boolean isDecision() {
        return decision;
    }
}
