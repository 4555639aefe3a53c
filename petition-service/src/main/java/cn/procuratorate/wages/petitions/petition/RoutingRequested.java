package cn.procuratorate.wages.petitions.petition;

/**
 * A petition's routing was recorded (PENDING). Published in the clerk's request, after the petition is saved, so
 * the routing sender can try to deliver it at once, with the clerk's token, before the answer goes out.
 */
public record RoutingRequested(String petitionId) {
}
