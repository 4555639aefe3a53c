package cn.procuratorate.wages.outreach.suggestions;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a suggestion may be escalated, judged on the day of the escalation: its reply is overdue (none had arrived by
 * that day, and the due day had passed), or the reply known by then says nothing or does not adopt the suggestion
 * without giving reasons. Anything else is refused with the rule that says why.
 */
final class EscalationRule {

    private EscalationRule() {
    }

    /** Why it may be escalated on {@code day}, or the refusal. */
    static Escalation.Ground ground(SuggestionProgress progress, LocalDate day) {
        Optional<Reply> reply = progress.replyKnownOn(day);
        if (reply.isEmpty()) {
            LocalDate due = progress.replyDueOn();
            if (!day.isAfter(due)) {
                throw new SuggestionRefused(SuggestionRefused.Rule.REPLY_NOT_OVERDUE, due);
            }
            return Escalation.Ground.REPLY_OVERDUE;
        }
        if (reply.get().saysNothing()) {
            return Escalation.Ground.REPLY_SAYS_NOTHING;
        }
        if (reply.get().refusesWithoutReasons()) {
            return Escalation.Ground.NOT_ADOPTED_WITHOUT_REASONS;
        }
        throw new SuggestionRefused(SuggestionRefused.Rule.REPLY_ADEQUATE);
    }
}
