package cn.procuratorate.wages.outreach.suggestions;

/**
 * What can be done to a suggestion. Issuing and escalating speak for the procuratorate to another body, which the
 * 2019 rules reserve to the chief procurator's decision: here the head of department (SUPERVISOR) takes them.
 */
public enum SuggestionAction {
    EDIT("修改草稿", false),
    ISSUE("制发", true),
    RECORD_REPLY("登记回复", false),
    RECORD_RECTIFICATION("登记整改情况", false),
    ESCALATE("报告或通报", true),
    CLOSE("结案", false),
    WITHDRAW("撤回草稿", false);

    private final String label;
    private final boolean supervisorOnly;

    SuggestionAction(String label, boolean supervisorOnly) {
        this.label = label;
        this.supervisorOnly = supervisorOnly;
    }

    public String label() {
        return label;
    }

    /** Only a SUPERVISOR may take it; PROCURATOR and SUPERVISOR take the others. */
    public boolean supervisorOnly() {
        return supervisorOnly;
    }
}
