package cn.procuratorate.wages.petitions.petition;

/**
 * Where a petition stands: received → procedural reply sent (due 7 days after receipt) → handled (routed into a case,
 * transferred, answered or merged) → result reply sent (due 3 months after receipt) → closed. A petition may be
 * handled before its procedural reply is sent; the reply is still owed, and the lists keep showing it as due.
 */
public enum PetitionStage {
    RECEIVED("已接收"),
    PROCEDURAL_REPLY_SENT("已程序性答复"),
    HANDLED("已办理"),
    RESULT_REPLY_SENT("已答复办理结果"),
    CLOSED("已办结");

    private final String label;

    PetitionStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
