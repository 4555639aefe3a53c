package cn.procuratorate.wages.outreach.clients;

/**
 * petition-service refused a clue (a 4xx: a check or a rule said no). Sending it again would get the same answer, so
 * the clue is marked refused, with petition-service's reason, for the agency to see.
 */
public class ReferralRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String detail;

    public ReferralRefused(int status, String detail, Throwable cause) {
        super("petition-service refused with HTTP " + status, cause);
        this.status = status;
        this.detail = detail;
    }

    public int status() {
        return status;
    }

    /** petition-service's own words (its problem detail and field errors), which never quote rejected values. */
    public String detail() {
        return detail;
    }
}
