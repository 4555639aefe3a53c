package cn.procuratorate.wages.outreach.exchange;

/** Who may use the exchange's API: partner agencies, each for its own clues and its own sector. */
public final class ExchangeAccess {

    public static final String AGENCIES = "hasRole('PARTNER_AGENCY')";
    /** Every exchange path; the gateway lets partner agencies reach these and no other API. */
    public static final String PATH = "/api/outreach/exchange";

    private ExchangeAccess() {
    }
}
