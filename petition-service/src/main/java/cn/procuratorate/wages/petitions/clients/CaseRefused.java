package cn.procuratorate.wages.petitions.clients;

/**
 * case-service answered a request with a refusal (a 4xx: a rule or a check said no). Retrying the same request
 * would get the same answer, so the caller records it for the clerk instead.
 */
public class CaseRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String detail;

    public CaseRefused(int status, String detail, Throwable cause) {
        super("case-service refused with HTTP " + status, cause);
        this.status = status;
        this.detail = detail;
    }

    public int status() {
        return status;
    }

    /** case-service's own words (its problem detail and field errors), in its default language. */
    public String detail() {
        return detail;
    }
}
