package cn.procuratorate.wages.cases.workflow;

import cn.procuratorate.wages.common.security.Role;
import java.util.Objects;

/**
 * Who takes a step: a user id (the token's subject) and the role under which they act. The platform's own
 * {@link Role} enum is reused (a plain enum, no Spring) so that the API passes the caller's role through unchanged.
 * Staff (procurator, clerk, supervisor) and the platform's services may act; partner agencies and operators may not.
 */
public record Actor(String id, Role role) {

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        if (id.isBlank()) {
            throw new IllegalArgumentException("An actor needs an id");
        }
    }

    public static Actor procurator(String id) {
        return new Actor(id, Role.PROCURATOR);
    }

    public static Actor supervisor(String id) {
        return new Actor(id, Role.SUPERVISOR);
    }

    public static Actor clerk(String id) {
        return new Actor(id, Role.CLERK);
    }

    public static Actor service(String id) {
        return new Actor(id, Role.SERVICE);
    }

    /** Whether this actor may take part in a case workflow at all. */
    public boolean mayAct() {
        return role.isStaff() || role == Role.SERVICE;
    }

    /** Whether this actor may take a {@linkplain Action#isDecision() decision}. */
    public boolean mayDecide() {
        return role == Role.PROCURATOR || role == Role.SUPERVISOR;
    }
}
