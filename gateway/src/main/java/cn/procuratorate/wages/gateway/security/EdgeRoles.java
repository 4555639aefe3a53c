package cn.procuratorate.wages.gateway.security;

/**
 * The roles the edge knows, as the {@code roles} claim of auth-server's tokens names them (no prefix). Only the
 * coarse split lives here: which caller may reach which service at all; the services decide the rest.
 */
final class EdgeRoles {

    /** Staff of a procuratorate and the platform's own services: all domain APIs. */
    static final String[] STAFF = {"PROCURATOR", "CLERK", "SUPERVISOR", "SERVICE"};

    /** Staff plus partner agencies (人社, 住建, ...), who may only reach their part of outreach. */
    static final String[] STAFF_AND_PARTNERS = {"PROCURATOR", "CLERK", "SUPERVISOR", "SERVICE", "PARTNER_AGENCY"};

    /** Operations staff: the actuator endpoints beyond health and info. */
    static final String OPERATOR = "OPERATOR";

    /** The claim holding the roles, and the prefix Spring Security's hasRole() expects. */
    static final String ROLES_CLAIM = "roles";
    static final String AUTHORITY_PREFIX = "ROLE_";

    private EdgeRoles() {
    }
}
