package cn.procuratorate.wages.outreach.exchange.clue;

/** Where a clue stands, from its receipt to the end of what the procuratorate does with it. */
enum ClueState {
    /** Received and kept here; not yet registered by petition-service (it may be down). */
    PENDING("已接收，待登记"),
    /** A petition of the procuratorate of its region; followed until it is handled. */
    PETITION_REGISTERED("已登记为信访件"),
    /** petition-service refused it (a check or rule said no): not sent again. */
    REFUSED("信访系统未受理"),
    /** Its petition was routed into a case, whose number is known. */
    CASE_OPENED("已转为案件办理"),
    /** Its petition was handled without a case (transferred, answered, merged, or the case refused). */
    HANDLED_WITHOUT_CASE("已办理，未转为案件");

    private final String label;

    ClueState(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
