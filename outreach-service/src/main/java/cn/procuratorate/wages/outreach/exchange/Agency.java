package cn.procuratorate.wages.outreach.exchange;

import cn.procuratorate.wages.common.problem.ApiException;
import cn.procuratorate.wages.common.problem.ProblemKind;
import cn.procuratorate.wages.common.security.Caller;

/**
 * The partner agency calling: its client id at auth-server (the token's subject, one client per agency) and its
 * sector. What it pushed and what it may read are keyed by these two.
 */
public record Agency(String id, AgencySector sector) {

    /** auth-server's client ids of agencies: what petition-service accepts as the agency of a referral. */
    private static final String CLIENT_ID = "[a-z0-9][a-z0-9-]{0,63}";

    /** The agency of the current request (the route allows only PARTNER_AGENCY tokens). */
    public static Agency current() {
        Caller caller = Caller.required();
        AgencySector sector = AgencySector.of(caller.sector())
                .orElseThrow(() -> new ApiException(ProblemKind.FORBIDDEN, "exchange.detail.no-sector"));
        if (caller.subject() == null || !caller.subject().matches(CLIENT_ID)) {
            throw new ApiException(ProblemKind.FORBIDDEN, "exchange.detail.unknown-agency");
        }
        return new Agency(caller.subject(), sector);
    }
}
