package cn.procuratorate.wages.auth.identity;

/** The roles a token names in its {@code roles} claim (without Spring's {@code ROLE_} prefix). */
public enum Role {
    PROCURATOR,
    CLERK,
    SUPERVISOR,
    /** A machine client of a partner agency (人社, 住建, 交通运输, 水利). */
    PARTNER_AGENCY,
    /** One of the platform's own services, calling another. */
    SERVICE,
    /** Operations: metrics and the other actuator endpoints (e.g. the Prometheus scraper). */
    OPERATOR;

    public boolean isStaff() {
        return this == PROCURATOR || this == CLERK || this == SUPERVISOR;
    }
}
