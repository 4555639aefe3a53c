package cn.procuratorate.wages.gateway.security;

import static cn.procuratorate.wages.common.security.Role.CLERK;
import static cn.procuratorate.wages.common.security.Role.PARTNER_AGENCY;
import static cn.procuratorate.wages.common.security.Role.PROCURATOR;
import static cn.procuratorate.wages.common.security.Role.SERVICE;
import static cn.procuratorate.wages.common.security.Role.SUPERVISOR;

import cn.procuratorate.wages.common.security.Role;
import java.util.Arrays;

/**
 * The platform's roles (platform-common's {@link Role}) as the edge splits them. Only the coarse split lives here:
 * which caller may reach which service at all; the services decide the rest.
 */
final class EdgeRoles {

    /** Staff of a procuratorate and the platform's own services: all domain APIs. */
    static final String[] STAFF = names(PROCURATOR, CLERK, SUPERVISOR, SERVICE);

    /** Staff plus partner agencies (人社, 住建, ...), who may only reach their part of outreach. */
    static final String[] STAFF_AND_PARTNERS = names(PROCURATOR, CLERK, SUPERVISOR, SERVICE, PARTNER_AGENCY);

    /** Operations staff: the actuator endpoints beyond health and info. */
    static final String OPERATOR = Role.OPERATOR.name();

    /** The prefix Spring Security's hasRole() expects. */
    static final String AUTHORITY_PREFIX = "ROLE_";

    private EdgeRoles() {
    }

    private static String[] names(Role... roles) {
        return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
    }
}
