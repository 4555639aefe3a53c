package cn.procuratorate.wages.cases.recovery;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A payment the ledger refuses to record (a rule refused it: HTTP 422). The {@link #ruleCode()} is stable, for a
 * problem type and a translated message; {@link #params()} holds the values that message may name;
 * {@link #getMessage()} says it in Chinese (no personal data: workers are named by their opaque id).
 */
public final class PaymentRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The amount is zero or negative. */
    public static final String AMOUNT_NOT_POSITIVE = "recovery.amount-not-positive";
    /** The amount has a digit below the fen. */
    public static final String AMOUNT_TOO_PRECISE = "recovery.amount-too-precise";
    /** The worker would have recovered more than owed; {@code remaining} says how much is still owed. */
    public static final String EXCEEDS_OWED = "recovery.exceeds-owed";
    /** The worker has no claim in this ledger. */
    public static final String UNKNOWN_WORKER = "recovery.unknown-worker";
    /** The payment is dated after today. */
    public static final String DATE_IN_FUTURE = "recovery.date-in-future";

    private final String ruleCode;
    private final Map<String, String> params;

    PaymentRefused(String ruleCode, String message, Map<String, String> params) {
        super(message);
        this.ruleCode = ruleCode;
        this.params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    public String ruleCode() {
        return ruleCode;
    }

    public Map<String, String> params() {
        return params;
    }
}
