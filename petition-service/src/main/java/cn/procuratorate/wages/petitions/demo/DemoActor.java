package cn.procuratorate.wages.petitions.demo;

import cn.procuratorate.wages.common.security.Caller;
import cn.procuratorate.wages.common.security.Role;
import java.util.List;

/**
 * Who acts in the demo petitions: the dev users of auth-server's {@code DevAccounts} (subject, role and unit as their
 * tokens carry them), so that they see the petitions and may continue them when they log in, and the public, who
 * submit online.
 */
enum DemoActor {

    /** Registers, replies to, handles and closes the petitions of unit 110105. */
    CLERK_CHAOYANG(staff("clerk1", Role.CLERK, Regions.CHAOYANG)),
    /** Gives unit 110105's petitions to its clerk. */
    SUPERVISOR_CHAOYANG(staff("supervisor1", Role.SUPERVISOR, Regions.CHAOYANG)),
    /** The whole desk of unit 320102, which has no dev supervisor: its petitions stay unassigned. */
    CLERK_XUANWU(staff("clerk2", Role.CLERK, Regions.XUANWU)),
    /** A petitioner on the public desk, as the public desk names them. */
    PUBLIC(new Caller("public", List.of(), null, null));

    private final Caller caller;

    DemoActor(Caller caller) {
        this.caller = caller;
    }

    Caller caller() {
        return caller;
    }

    /** The clerk of a unit's desk. */
    static DemoActor clerkOf(String unit) {
        return unit.equals(Regions.CHAOYANG) ? CLERK_CHAOYANG : CLERK_XUANWU;
    }

    private static Caller staff(String subject, Role role, String unit) {
        return new Caller(subject, List.of(role.name()), unit, null);
    }
}
