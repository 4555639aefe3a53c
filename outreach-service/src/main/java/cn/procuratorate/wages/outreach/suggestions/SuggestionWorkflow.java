package cn.procuratorate.wages.outreach.suggestions;

import static cn.procuratorate.wages.outreach.suggestions.SuggestionAction.CLOSE;
import static cn.procuratorate.wages.outreach.suggestions.SuggestionAction.EDIT;
import static cn.procuratorate.wages.outreach.suggestions.SuggestionAction.ESCALATE;
import static cn.procuratorate.wages.outreach.suggestions.SuggestionAction.ISSUE;
import static cn.procuratorate.wages.outreach.suggestions.SuggestionAction.RECORD_RECTIFICATION;
import static cn.procuratorate.wages.outreach.suggestions.SuggestionAction.RECORD_REPLY;
import static cn.procuratorate.wages.outreach.suggestions.SuggestionAction.WITHDRAW;

import cn.procuratorate.wages.outreach.suggestions.SuggestionRefused.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The life of a procuratorial suggestion, in plain Java:
 * <pre>
 * stage       steps                                              stage after the step
 * DRAFT       edit, issue, withdraw                              DRAFT, ISSUED, WITHDRAWN
 * ISSUED      reply, escalate, close (only once escalated)       REPLIED, ISSUED, CLOSED
 * REPLIED     a further reply, rectification, escalate, close    REPLIED, RECTIFIED, REPLIED, CLOSED
 * RECTIFIED   close                                              CLOSED
 * CLOSED, WITHDRAWN: none
 * </pre>
 * A step the stage does not allow is refused as a conflict (409); a step the stage allows but a rule refuses (an
 * incomplete draft, a date in the future, an escalation before the reply is overdue) as a rule violation (422).
 *
 * <p>Escalation is a record, not a stage: reporting a silent recipient to its superior does not end its duty to
 * reply and rectify, so the suggestion stays where it was (still overdue, still awaiting its rectification), may be
 * escalated again (a notice first, a report to the procuratorate above later), and shows that it was escalated.
 */
public final class SuggestionWorkflow {

    private static final Map<SuggestionStage, Set<SuggestionAction>> STAGE_ALLOWS = new EnumMap<>(Map.of(
            SuggestionStage.DRAFT, EnumSet.of(EDIT, ISSUE, WITHDRAW),
            SuggestionStage.ISSUED, EnumSet.of(RECORD_REPLY, ESCALATE, CLOSE),
            SuggestionStage.REPLIED, EnumSet.of(RECORD_REPLY, RECORD_RECTIFICATION, ESCALATE, CLOSE),
            SuggestionStage.RECTIFIED, EnumSet.of(CLOSE),
            SuggestionStage.CLOSED, EnumSet.noneOf(SuggestionAction.class),
            SuggestionStage.WITHDRAWN, EnumSet.noneOf(SuggestionAction.class)));

    private final ReplyPeriods periods;

    public SuggestionWorkflow(ReplyPeriods periods) {
        this.periods = Objects.requireNonNull(periods, "periods");
    }

    public ReplyPeriods periods() {
        return periods;
    }

    /** A new draft. */
    public SuggestionProgress start() {
        return SuggestionProgress.draft();
    }

    /** What can be done now, as a screen would offer it (the rules that need no further input already applied). */
    public Set<SuggestionAction> allowed(SuggestionProgress progress, SuggestionContent content, LocalDate today) {
        Set<SuggestionAction> allowed = EnumSet.noneOf(SuggestionAction.class);
        for (SuggestionAction action : SuggestionAction.values()) {
            boolean possible = action == ESCALATE ? escalationGround(progress, today).isPresent()
                    : refusal(action, progress, content).isEmpty();
            if (possible) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /** Why the suggestion could be escalated today, if it could. */
    public Optional<Escalation.Ground> escalationGround(SuggestionProgress progress, LocalDate today) {
        if (!STAGE_ALLOWS.get(progress.stage()).contains(ESCALATE)) {
            return Optional.empty();
        }
        try {
            return Optional.of(EscalationRule.ground(progress, today));
        } catch (SuggestionRefused notNow) {
            return Optional.empty();
        }
    }

    void requireEditable(SuggestionProgress progress) {
        require(EDIT, progress, null);
    }

    SuggestionProgress issue(SuggestionProgress progress, SuggestionContent content, Issuing order, LocalDate today) {
        require(ISSUE, progress, content);
        LocalDate deliveredOn = order.deliveredOn() == null ? order.issuedOn() : order.deliveredOn();
        notInFuture("issuedOn", order.issuedOn(), today);
        notInFuture("deliveredOn", deliveredOn, today);
        notBefore("deliveredOn", deliveredOn, order.issuedOn());
        LocalDate due = periods.dueOn(deliveredOn, order.urgent(), order.replyWithinDays());
        return progress.withIssue(new Issue(order.issuedOn(), order.documentNumber(), order.delivery(), deliveredOn,
                order.urgent(), due));
    }

    SuggestionProgress reply(SuggestionProgress progress, Reply reply, LocalDate today) {
        require(RECORD_REPLY, progress, null);
        notInFuture("receivedOn", reply.receivedOn(), today);
        notBefore("receivedOn", reply.receivedOn(), progress.issue().deliveredOn());
        Optional<Reply> earlier = progress.latestReply();
        if (earlier.isPresent()) {
            notBefore("receivedOn", reply.receivedOn(), earlier.get().receivedOn());
        }
        return progress.withReply(reply);
    }

    SuggestionProgress rectify(SuggestionProgress progress, Rectification rectification, LocalDate today) {
        require(RECORD_RECTIFICATION, progress, null);
        notInFuture("completedOn", rectification.completedOn(), today);
        notBefore("completedOn", rectification.completedOn(), progress.issue().deliveredOn());
        return progress.withRectification(rectification);
    }

    /** Escalated on {@code day}; allowed by {@link EscalationRule} as things stood that day. */
    SuggestionProgress escalate(SuggestionProgress progress, LocalDate day, Escalation.Target target, String toWhom,
            String reason, String by, LocalDate today) {
        require(ESCALATE, progress, null);
        notInFuture("escalatedOn", day, today);
        notBefore("escalatedOn", day, progress.issue().deliveredOn());
        Escalation.Ground ground = EscalationRule.ground(progress, day);
        return progress.withEscalation(new Escalation(day, target, toWhom, reason, ground, by));
    }

    SuggestionProgress close(SuggestionProgress progress, String note, LocalDate today) {
        require(CLOSE, progress, null);
        return progress.ended(SuggestionStage.CLOSED, new Closure(today, note));
    }

    SuggestionProgress withdraw(SuggestionProgress progress, String note, LocalDate today) {
        require(WITHDRAW, progress, null);
        return progress.ended(SuggestionStage.WITHDRAWN, new Closure(today, note));
    }

    private void require(SuggestionAction action, SuggestionProgress progress, SuggestionContent content) {
        Optional<SuggestionRefused> refused = refusal(action, progress, content);
        if (refused.isPresent()) {
            throw refused.get();
        }
    }

    /** The refusal of a step before its own input is looked at; {@code content} only matters for ISSUE. */
    private static Optional<SuggestionRefused> refusal(SuggestionAction action, SuggestionProgress progress,
            SuggestionContent content) {
        if (!STAGE_ALLOWS.get(progress.stage()).contains(action)) {
            return Optional.of(new SuggestionRefused(Rule.ILLEGAL_TRANSITION, progress.stage(), action));
        }
        return switch (action) {
            case ISSUE -> incomplete(content);
            // A rectification carries out the suggestion: there is none to record for one that was not adopted.
            case RECORD_RECTIFICATION -> progress.latestReply().map(Reply::adoption)
                    .filter(adoption -> adoption == Reply.Adoption.NOT_ADOPTED)
                    .map(notAdopted -> new SuggestionRefused(Rule.RECTIFICATION_NEEDS_ADOPTION));
            // Without a reply, only an escalation has dealt with the silence: closing earlier would hide it.
            case CLOSE -> progress.stage() == SuggestionStage.ISSUED && !progress.escalated()
                    ? Optional.of(new SuggestionRefused(Rule.CLOSE_NEEDS_REPLY_OR_ESCALATION)) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static Optional<SuggestionRefused> incomplete(SuggestionContent content) {
        List<String> missing = new ArrayList<>();
        if (content.recipient() == null) {
            missing.add("recipient");
        }
        if (content.request() == null || content.request().isBlank()) {
            missing.add("request");
        }
        if (!missing.isEmpty()) {
            return Optional.of(new SuggestionRefused(Rule.INCOMPLETE, String.join(", ", missing)));
        }
        if (content.kind() == SuggestionKind.RETRIAL && content.recipient().kind() != Recipient.Kind.COURT) {
            return Optional.of(new SuggestionRefused(Rule.RETRIAL_NEEDS_COURT));
        }
        return Optional.empty();
    }

    private static void notInFuture(String field, LocalDate day, LocalDate today) {
        if (day.isAfter(today)) {
            throw new SuggestionRefused(Rule.DATE_IN_FUTURE, field, day);
        }
    }

    private static void notBefore(String field, LocalDate day, LocalDate earliest) {
        if (day.isBefore(earliest)) {
            throw new SuggestionRefused(Rule.DATE_TOO_EARLY, field, day, earliest);
        }
    }
}
