package cn.procuratorate.wages.auth.dev;

import cn.procuratorate.wages.common.security.Role;
import java.util.List;

/** The staff accounts of the dev profile: two units, each staff role in the first. */
final class DevAccounts {

    static final String PASSWORD = "dev-password";
    /** Secret of every dev-only client that stands in for a staff user. */
    static final String CLIENT_SECRET = "dev-secret";
    static final String CLIENT_PREFIX = "dev-";

    static final List<Account> ALL = List.of(
            new Account("procurator1", Role.PROCURATOR, "110105"),
            new Account("clerk1", Role.CLERK, "110105"),
            new Account("supervisor1", Role.SUPERVISOR, "110105"),
            new Account("clerk2", Role.CLERK, "320102"));

    private DevAccounts() {
    }

    record Account(String username, Role role, String unit) {

        String clientId() {
            return CLIENT_PREFIX + username;
        }
    }
}
