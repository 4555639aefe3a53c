package cn.procuratorate.wages.system;

/** The dev profile's one-curl clients of auth-server (see auth-server/README.md): one per seeded staff user. */
final class DevClients {

    record Client(String id, String secret) {
    }

    static final Client SUPERVISOR = new Client("dev-supervisor1", "dev-secret");
    static final Client CLERK = new Client("dev-clerk1", "dev-secret");
    static final Client OTHER_UNIT_CLERK = new Client("dev-clerk2", "dev-secret");
    static final Client PROCURATOR = new Client("dev-procurator1", "dev-secret");
    /** The 人社 partner agency (PARTNER_AGENCY, sector HRSS). */
    static final Client HRSS_AGENCY = new Client("hrss-agency", "dev-secret");
    /** Operations tooling: actuator endpoints beyond health and info. */
    static final Client OPERATIONS = new Client("operations", "dev-secret");

    private DevClients() {
    }
}
