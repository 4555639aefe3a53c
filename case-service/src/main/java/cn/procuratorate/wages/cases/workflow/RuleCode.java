package cn.procuratorate.wages.cases.workflow;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * Why a step was refused: a stable code for clients and message files, whether it is a conflict with the case's
 * state (HTTP 409) or a rule that refused it (HTTP 422), and a Chinese message pattern ({@link MessageFormat},
 * arguments are passed as strings). The API may look the code up in its message bundle instead of using the text.
 */
public enum RuleCode {
    ILLEGAL_TRANSITION("workflow.illegal-transition", true, "案件处于「{0}」阶段，不能{1}"),
    ENTRY_POINT_NOT_APPLICABLE("workflow.entry-point-not-applicable", false, "{0}不能以「{1}」方式进入办理流程"),
    DATE_BEFORE_STAGE_START("workflow.date-before-stage-start", false, "办理日期{0}早于本阶段开始日期{1}"),
    ROLE_NOT_ALLOWED("workflow.role-not-allowed", false, "该角色不能办理案件流程"),
    DECISION_NEEDS_PROCURATOR("workflow.decision-needs-procurator", false, "{0}须由检察官或部门负责人作出"),
    HANDLER_CHANGE_NEEDS_SUPERVISOR("workflow.handler-change-needs-supervisor", false,
            "更换承办检察官须由部门负责人决定（捕诉一体，原承办人办理至审查起诉终结）"),
    HANDLER_UNCHANGED("workflow.handler-unchanged", false, "新承办检察官与原承办检察官相同"),
    REASON_REQUIRED("workflow.reason-required", false, "{0}须说明理由"),
    FIELD_REQUIRED("workflow.field-required", false, "{0}须填写{1}"),
    REASON_NOT_APPLICABLE("workflow.reason-not-applicable", false, "{0}不需要填写{1}"),
    AMOUNT_INVALID("workflow.amount-invalid", false, "{0}须为不小于零、最多两位小数的金额"),
    SUPPLEMENTARY_ROUNDS_EXHAUSTED("workflow.supplementary-rounds-exhausted", false,
            "退回补充侦查以{0}次为限，已经用完"),
    EXTENSION_NEEDS_MAJOR_CASE("workflow.extension-needs-major-case", false, "只有重大、复杂案件才能{0}"),
    EXTENSION_ALREADY_GRANTED("workflow.extension-already-granted", false, "本阶段已经延长过期限，不能再次{0}"),
    EXTENSION_NOT_APPLICABLE("workflow.extension-not-applicable", false, "{0}不能延长期限：{1}"),
    FAST_TRACK_NEEDS_GUILTY_PLEA("workflow.fast-track-needs-guilty-plea", false, "适用速裁程序须犯罪嫌疑人认罪认罚"),
    ELIGIBILITY_INCOMPLETE("workflow.eligibility-incomplete", false, "不符合支持起诉条件，尚缺：{0}"),
    OUTCOME_NOT_APPLICABLE("workflow.outcome-not-applicable", false, "{0}不能作出「{1}」"),
    COURT_RESPONSE_PENDING("workflow.court-response-pending", false, "已提出{0}，须登记法院回复后才能结案"),
    NO_COURT_RESPONSE_EXPECTED("workflow.no-court-response-expected", false, "决定{0}，没有需要登记的法院回复"),
    SECOND_APPLICATION_REFUSED("workflow.second-application-refused", false,
            "当事人已就该生效裁判申请过检察监督，不得再次申请检察建议或者抗诉");

    private final String code;
    private final boolean conflict;
    private final String pattern;

    RuleCode(String code, boolean conflict, String pattern) {
        this.code = code;
        this.conflict = conflict;
        this.pattern = pattern;
    }

    /** The stable code, e.g. {@code workflow.illegal-transition}. */
    public String code() {
        return code;
    }

    /** True for a conflict with the case's current state (HTTP 409); false for a rule violation (HTTP 422). */
    public boolean isConflict() {
        return conflict;
    }

    /** The Chinese message pattern, {@code {0}}-style. */
    public String pattern() {
        return pattern;
    }

    String format(Object... args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(texts);
    }

    TransitionRefused refuse(Object... args) {
        return new TransitionRefused(this, List.of(), args);
    }
}
