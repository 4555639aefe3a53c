package cn.procuratorate.wages.petitions.petition;

/** Delivery of a routing to case-service. */
public enum RoutingState {
    /** Accepted and recorded here; case-service has not answered yet ("routing pending"). */
    PENDING("转案件待确认"),
    /** case-service created (or found) the case; its number is recorded. */
    DELIVERED("已转为案件"),
    /** case-service refused it (a 4xx: a rule said no); shown to the clerk, not retried. */
    REFUSED("案件系统未受理");

    private final String label;

    RoutingState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
