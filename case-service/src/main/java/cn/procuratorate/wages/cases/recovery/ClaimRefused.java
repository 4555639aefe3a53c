package cn.procuratorate.wages.cases.recovery;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A change of what a worker is owed that the ledger refuses (a rule refused it: HTTP 422). */
public final class ClaimRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The new amount owed is below what the worker has already recovered. */
    public static final String OWED_BELOW_RECOVERED = "recovery.owed-below-recovered";

    private final String ruleCode;
    private final Map<String, String> params;

    ClaimRefused(String ruleCode, String message, Map<String, String> params) {
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
