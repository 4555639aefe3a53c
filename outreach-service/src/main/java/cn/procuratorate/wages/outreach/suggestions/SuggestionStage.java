package cn.procuratorate.wages.outreach.suggestions;

/**
 * Where a suggestion stands: draft → issued (delivered, the reply clock runs) → replied → rectified → closed; a draft
 * may be withdrawn instead of issued. Escalation is not a stage: it is recorded alongside, and the suggestion keeps
 * waiting for its reply or rectification ({@link SuggestionWorkflow}).
 */
public enum SuggestionStage {
    DRAFT("草稿"),
    ISSUED("已制发，待回复"),
    REPLIED("已回复"),
    RECTIFIED("已整改"),
    CLOSED("已结案"),
    WITHDRAWN("已撤回");

    private final String label;

    SuggestionStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
