package cn.procuratorate.wages.outreach.suggestions;

import java.util.List;

/**
 * A step the suggestion's state (409) or a rule (422) does not allow. {@link Rule#code()} is the stable code clients
 * see; the API words it from its message bundle ({@code refused.<code>}) with {@link #args()}.
 */
public class SuggestionRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Rule {
        ILLEGAL_TRANSITION("suggestion.illegal-transition", true),
        INCOMPLETE("suggestion.incomplete", false),
        RETRIAL_NEEDS_COURT("suggestion.retrial-needs-court", false),
        DATE_IN_FUTURE("suggestion.date-in-future", false),
        DATE_TOO_EARLY("suggestion.date-too-early", false),
        PERIOD_ONLY_WHEN_URGENT("suggestion.period-only-when-urgent", false),
        URGENT_PERIOD_NOT_SHORTER("suggestion.urgent-period-not-shorter", false),
        REPLY_NOT_OVERDUE("escalation.reply-not-overdue", false),
        REPLY_ADEQUATE("escalation.reply-adequate", false),
        RECTIFICATION_NEEDS_ADOPTION("suggestion.rectification-needs-adoption", false),
        CLOSE_NEEDS_REPLY_OR_ESCALATION("suggestion.close-needs-reply-or-escalation", false);

        private final String code;
        private final boolean conflict;

        Rule(String code, boolean conflict) {
            this.code = code;
            this.conflict = conflict;
        }

        public String code() {
            return code;
        }

        /** 409: not possible in the current stage; otherwise 422: a rule said no. */
        public boolean conflict() {
            return conflict;
        }
    }

    private final Rule rule;
    private final transient List<Object> args;

    SuggestionRefused(Rule rule, Object... args) {
        super(rule.code());
        this.rule = rule;
        this.args = List.of(args);
    }

    public Rule rule() {
        return rule;
    }

    /** Enums, dates and texts that the message for the rule mentions, in order. */
    public List<Object> args() {
        return args;
    }
}
