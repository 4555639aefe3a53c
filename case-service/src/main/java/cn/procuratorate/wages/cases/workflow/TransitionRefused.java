package cn.procuratorate.wages.cases.workflow;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A step the workflow refuses: {@link #rule()} says why (stable code, 409 or 422), {@link #getMessage()} says it
 * in Chinese, {@link #details()} lists machine-readable items where there are several (e.g. the missing
 * eligibility conditions as {@link EligibilityChecklist.Item} names). Messages hold no personal data.
 */
public class TransitionRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final RuleCode rule;
    private final List<String> details;
    private final List<String> args;

    TransitionRefused(RuleCode rule, List<String> details, Object... args) {
        super(Objects.requireNonNull(rule, "rule").format(args));
        this.rule = rule;
        this.details = List.copyOf(details);
        this.args = Arrays.stream(args).map(String::valueOf).toList();
    }

    public RuleCode rule() {
        return rule;
    }

    /** The stable code, e.g. {@code workflow.supplementary-rounds-exhausted}. */
    public String code() {
        return rule.code();
    }

    /** True when the API should answer 409 (illegal in the current state), false for 422 (a rule refused it). */
    public boolean isConflict() {
        return rule.isConflict();
    }

    /** The message arguments, as strings, for an API that formats {@link RuleCode#code()} from its own bundle. */
    public List<String> args() {
        return args;
    }

    public List<String> details() {
        return details;
    }
}
