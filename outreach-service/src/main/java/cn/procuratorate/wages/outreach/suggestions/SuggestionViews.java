package cn.procuratorate.wages.outreach.suggestions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What the API answers about suggestions: built from the stored document, never the document itself. */
final class SuggestionViews {

    private SuggestionViews() {
    }

    /**
     * One suggestion. {@code replyOverdue}/{@code daysUntilReplyDue}: while a reply is awaited. {@code mayEscalate}:
     * why it could be escalated today, null when it could not. {@code allowedActions}: what the caller may do now.
     */
    record SuggestionView(String id, String unit, SuggestionKind kind, String kindLabel, SuggestionStage stage,
            String stageLabel, Recipient recipient, String problem, String request, List<Evidence> evidence,
            Issue issue, List<ReplyView> replies, Rectification rectification, List<Escalation> escalations,
            Closure closure, boolean replyOverdue, Long daysUntilReplyDue, boolean escalated,
            Escalation.Ground mayEscalate, Set<SuggestionAction> allowedActions, String createdBy, Instant createdAt,
            Instant updatedAt, Long version) {

        static SuggestionView of(Suggestion s, Set<SuggestionAction> allowed, Escalation.Ground mayEscalate,
                LocalDate today) {
            SuggestionContent content = s.content();
            SuggestionProgress progress = s.progress();
            LocalDate due = progress.replyDueOn();
            return new SuggestionView(s.id(), s.unit(), content.kind(), content.kind().label(), progress.stage(),
                    progress.stage().label(), content.recipient(), content.problem(), content.request(),
                    content.evidence(), progress.issue(),
                    progress.replies().stream().map(reply -> ReplyView.of(reply, due)).toList(),
                    progress.rectification(), progress.escalations(), progress.closure(),
                    progress.replyOverdue(today), progress.daysUntilReplyDue(today).orElse(null),
                    progress.escalated(), mayEscalate, allowed, s.createdBy(), s.createdAt(), s.updatedAt(),
                    s.version());
        }
    }

    /** A reply, and whether it came after the due date. */
    record ReplyView(LocalDate receivedOn, String text, Reply.Adoption adoption, String reasons, boolean late) {

        static ReplyView of(Reply reply, LocalDate due) {
            return new ReplyView(reply.receivedOn(), reply.text(), reply.adoption(), reply.reasons(),
                    reply.receivedOn().isAfter(due));
        }
    }
}
