package cn.procuratorate.wages.common.security;

/** The roles of the platform, as the {@code roles} claim of an access token names them. */
public enum Role {
    /** A prosecutor (检察官): handles the cases of their own unit. */
    PROCURATOR,
    /** Petition desk staff (控告申诉 / 12309): registers, replies to and routes petitions. */
    CLERK,
    /** A department head: everything of their unit. */
    SUPERVISOR,
    /** A partner agency's system (人社, 住建, 交通运输): pushes clues, reads arrears of its sector. */
    PARTNER_AGENCY,
    /** One of the platform's own services, calling another with a client-credentials token. */
    SERVICE,
    /** Operations staff: metrics and the other actuator endpoints. */
    OPERATOR;

    /** A person of a procuratorate (as opposed to a machine client). */
    public boolean isStaff() {
        return this == PROCURATOR || this == CLERK || this == SUPERVISOR;
    }

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
