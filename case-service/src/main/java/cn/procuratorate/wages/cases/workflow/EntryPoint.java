package cn.procuratorate.wages.cases.workflow;

import java.util.Arrays;
import java.util.List;

/** How a case enters its workflow: where it starts and, kept in the state, where it came from. */
public enum EntryPoint {
    /** A criminal case received before any police request, e.g. a suspected crime referred by 人社. */
    CRIMINAL_RECEIVED(Workflow.CRIMINAL, Stage.RECEIVED, "刑事案件受理"),
    /** 提请批准逮捕: the police ask for an arrest; the arrest review clock starts on receipt. */
    ARREST_REQUEST(Workflow.CRIMINAL, Stage.ARREST_REVIEW, "公安机关提请批准逮捕"),
    /** 移送审查起诉 without an earlier arrest review here: the prosecution review clock starts on receipt. */
    TRANSFER_FOR_PROSECUTION(Workflow.CRIMINAL, Stage.PROSECUTION_REVIEW, "公安机关移送审查起诉"),
    /** A worker asks for support of a lawsuit. */
    SUPPORT_REQUEST(Workflow.LAWSUIT_SUPPORT, Stage.ELIGIBILITY_REVIEW, "申请支持起诉"),
    /** A party applies for supervision (judgment or enforcement). */
    SUPERVISION_APPLICATION(Workflow.SUPERVISION, Stage.APPLICATION_RECEIVED, "当事人申请监督"),
    /** A false-litigation risk flag raised on a case or petition. */
    RISK_FLAG(Workflow.FALSE_LITIGATION, Stage.FALSE_LITIGATION_OPENED, "虚假诉讼风险预警"),
    /** A report (举报) of false litigation: disposed of within 7 days. */
    REPORT(Workflow.FALSE_LITIGATION, Stage.FALSE_LITIGATION_OPENED, "虚假诉讼举报");

    private final Workflow workflow;
    private final Stage stage;
    private final String label;

    EntryPoint(Workflow workflow, Stage stage, String label) {
        this.workflow = workflow;
        this.stage = stage;
        this.label = label;
    }

    public Workflow workflow() {
        return workflow;
    }

    /** The stage a case entering here starts in. */
    public Stage stage() {
        return stage;
    }

    public String label() {
        return label;
    }

    static List<EntryPoint> of(Workflow workflow) {
        return Arrays.stream(values()).filter(entry -> entry.workflow == workflow).toList();
    }
}
