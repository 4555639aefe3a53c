package cn.procuratorate.wages.petitions.petition;

/** Delivery of a routing to case-service. */
public enum RoutingState {
    /** Accepted and recorded here; case-service has not answered yet ("routing pending"). */
    PENDING,
    /** case-service created (or found) the case; its number is recorded. */
    DELIVERED,
    /** case-service refused it (a 4xx: a rule said no); shown to the clerk, not retried. */
    REFUSED
}
