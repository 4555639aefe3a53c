package cn.procuratorate.wages.outreach.exchange.feed;

/** What happened to a clue an agency pushed, as its feed tells it; each happens at most once per clue. */
public enum FeedEventType {
    RECEIVED("已接收线索"),
    /** petition-service registered it as a petition (channel PARTNER_REFERRAL) of the unit of its region. */
    PETITION_REGISTERED("已登记为信访件"),
    /** petition-service refused it (a 4xx), with its reason; it is not sent again. */
    REFUSED("信访系统未受理"),
    /** The petition was routed into a case and case-service confirmed it: the case number is known. */
    CASE_OPENED("已转为案件办理"),
    /** The petition was handled without a case: transferred, answered, merged, or its case refused. */
    HANDLED_WITHOUT_CASE("已办理，未转为案件");

    private final String label;

    FeedEventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
