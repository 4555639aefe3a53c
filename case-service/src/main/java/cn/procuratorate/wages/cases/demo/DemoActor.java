package cn.procuratorate.wages.cases.demo;

import cn.procuratorate.wages.common.security.Caller;
import cn.procuratorate.wages.common.security.Role;
import java.util.List;

/**
 * Who acts in the demo cases: the dev users of auth-server's {@code DevAccounts} (subject, role and unit as their
 * tokens carry them), so that they see and may continue the cases when they log in, and the platform's services,
 * which register cases routed into a unit.
 */
enum DemoActor {

    /** Handles every case of unit 110105 (捕诉一体: the same procurator from first step to last). */
    PROCURATOR(staff("procurator1", Role.PROCURATOR)),
    /** Assigns unassigned cases and takes the decisions that need the head of department. */
    SUPERVISOR(staff("supervisor1", Role.SUPERVISOR)),
    /** Registers cases in unit 320102, whose only dev user is a clerk: they wait there for a handler. */
    SERVICE(new Caller("platform-services", List.of(Role.SERVICE.name()), null, null));

    private final Caller caller;

    DemoActor(Caller caller) {
        this.caller = caller;
    }

    Caller caller() {
        return caller;
    }

    private static Caller staff(String subject, Role role) {
        return new Caller(subject, List.of(role.name()), Regions.CHAOYANG, null);
    }
}
