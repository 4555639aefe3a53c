package cn.procuratorate.wages.outreach.suggestions;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a suggestion stands and what happened to it since it was drafted: immutable, replaced by each step of
 * {@link SuggestionWorkflow}, stored as a sub-document of the suggestion.
 *
 * @param replies     every reply received, oldest first; the latest one counts (a recipient may answer again, e.g.
 *                    after an escalation)
 * @param escalations every report or notice sent about it, oldest first
 * @param closure     how it ended (closed or withdrawn); null while it goes on
 */
public record SuggestionProgress(SuggestionStage stage, Issue issue, List<Reply> replies,
        Rectification rectification, List<Escalation> escalations, Closure closure) {

    public SuggestionProgress {
        replies = replies == null ? List.of() : List.copyOf(replies);
        escalations = escalations == null ? List.of() : List.copyOf(escalations);
    }

    static SuggestionProgress draft() {
        return new SuggestionProgress(SuggestionStage.DRAFT, null, List.of(), null, List.of(), null);
    }

    public Optional<Reply> latestReply() {
        return replies.isEmpty() ? Optional.empty() : Optional.of(replies.get(replies.size() - 1));
    }

    /** The latest reply that had arrived by the end of {@code day}. */
    public Optional<Reply> replyKnownOn(LocalDate day) {
        return replies.stream().filter(reply -> !reply.receivedOn().isAfter(day)).reduce((first, second) -> second);
    }

    public boolean escalated() {
        return !escalations.isEmpty();
    }

    /** Issued, and no reply yet: the reply clock runs. */
    public boolean awaitingReply() {
        return stage == SuggestionStage.ISSUED;
    }

    /** The last day of the reply period; null before it is issued. */
    public LocalDate replyDueOn() {
        return issue == null ? null : issue.replyDueOn();
    }

    /** Still no reply after the last day of the period (the due day itself is in time). */
    public boolean replyOverdue(LocalDate today) {
        return awaitingReply() && today.isAfter(issue.replyDueOn());
    }

    /** Days until the reply is due while it is awaited, negative once overdue; empty otherwise. */
    public Optional<Long> daysUntilReplyDue(LocalDate today) {
        return awaitingReply() ? Optional.of(ChronoUnit.DAYS.between(today, issue.replyDueOn())) : Optional.empty();
    }

    SuggestionProgress withIssue(Issue newIssue) {
        return new SuggestionProgress(SuggestionStage.ISSUED, newIssue, replies, rectification, escalations, closure);
    }

    SuggestionProgress withReply(Reply reply) {
        List<Reply> all = new ArrayList<>(replies);
        all.add(reply);
        return new SuggestionProgress(SuggestionStage.REPLIED, issue, all, rectification, escalations, closure);
    }

    SuggestionProgress withRectification(Rectification done) {
        return new SuggestionProgress(SuggestionStage.RECTIFIED, issue, replies, done, escalations, closure);
    }

    SuggestionProgress withEscalation(Escalation escalation) {
        List<Escalation> all = new ArrayList<>(escalations);
        all.add(escalation);
        return new SuggestionProgress(stage, issue, replies, rectification, all, closure);
    }

    SuggestionProgress ended(SuggestionStage end, Closure how) {
        return new SuggestionProgress(end, issue, replies, rectification, escalations, how);
    }
}
