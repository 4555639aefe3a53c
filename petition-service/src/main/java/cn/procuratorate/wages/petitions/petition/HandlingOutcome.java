package cn.procuratorate.wages.petitions.petition;

/** How a petition was handled. */
public enum HandlingOutcome {
    /** Routed into a case of case-service (the delivery may still be pending). */
    ROUTED_TO_CASE("转为案件办理"),
    /** Transferred to another agency, e.g. 人社 labour inspection, with the agency and the reason. */
    TRANSFERRED("移送其他机关"),
    /** Answered directly, e.g. legal advice. */
    ANSWERED("直接答复"),
    /** A duplicate of an earlier petition, merged into it. */
    MERGED("合并办理");

    private final String label;

    HandlingOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
