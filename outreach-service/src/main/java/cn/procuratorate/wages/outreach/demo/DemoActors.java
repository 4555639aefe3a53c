package cn.procuratorate.wages.outreach.demo;

import cn.procuratorate.wages.common.security.Caller;
import cn.procuratorate.wages.common.security.Role;
import java.util.List;

/**
 * Who acts in the demo: the dev users of auth-server's {@code DevAccounts} (subject, role and unit as their tokens
 * carry them), so they see and may continue the demo records when they log in; and the platform's services, which
 * will draft suggestions from detected problems.
 */
final class DemoActors {

    /** 北京市朝阳区人民检察院, the unit of the dev users procurator1, clerk1 and supervisor1. */
    static final String UNIT = "110105";
    static final Caller PROCURATOR = staff("procurator1", Role.PROCURATOR);
    static final Caller CLERK = staff("clerk1", Role.CLERK);
    static final Caller SUPERVISOR = staff("supervisor1", Role.SUPERVISOR);
    static final Caller SERVICE = new Caller("platform-services", List.of(Role.SERVICE.name()), null, null);

    private DemoActors() {
    }

    private static Caller staff(String subject, Role role) {
        return new Caller(subject, List.of(role.name()), UNIT, null);
    }
}
