package cn.procuratorate.wages.outreach.suggestions;

import java.time.LocalDate;
import java.time.Period;

/**
 * When the recipient's written reply is due, counted from the day the suggestion was delivered.
 *
 * <p>Counting: the due date is the delivery date plus the period, and is the last day on which the reply is in time
 * (the day of delivery is not counted). Months are calendar months ({@link LocalDate#plus}): 15 March + 2 months =
 * 15 May; 31 December + 2 months = the last day of February. As in case-service's deadlines, a period starting on
 * the last day of a short month ends on the same day number (28 February + 2 months = 28 April, where a reading "to
 * the end of the month" would give 30 April): never later than the law. Public holidays do not move the due date
 * (no holiday calendar).
 *
 * @param replyPeriod       the ordinary period: {@link #WRITTEN_REPLY_WITHIN} unless configured otherwise
 *                          ({@code outreach.suggestions.reply-period})
 * @param urgentReplyPeriod the period of an urgent suggestion that names none: {@link #URGENT_DEFAULT} unless
 *                          configured otherwise ({@code outreach.suggestions.urgent-reply-period})
 */
public record ReplyPeriods(Period replyPeriod, Period urgentReplyPeriod) {

    /**
     * 人民检察院检察建议工作规定 (2019): the recipient handles the suggestion and replies in writing within two months
     * of receiving it.
     */
    public static final Period WRITTEN_REPLY_WITHIN = Period.ofMonths(2);
    /**
     * The same rules allow a shorter period where the matter is urgent, without naming one: 15 days is this platform's
     * default (a design choice), and an urgent suggestion may name its own number of days.
     */
    public static final Period URGENT_DEFAULT = Period.ofDays(15);

    /** A null component means the default, so configuration needs to name only what it overrides. */
    public ReplyPeriods {
        replyPeriod = positive(replyPeriod == null ? WRITTEN_REPLY_WITHIN : replyPeriod, "replyPeriod");
        urgentReplyPeriod = positive(urgentReplyPeriod == null ? URGENT_DEFAULT : urgentReplyPeriod,
                "urgentReplyPeriod");
    }

    public static ReplyPeriods defaults() {
        return new ReplyPeriods(null, null);
    }

    /**
     * The last day of the reply period of a suggestion delivered on {@code deliveredOn}.
     *
     * @throws SuggestionRefused when days are named for a suggestion that is not urgent, or an urgent period would not
     *                           end before the ordinary one
     */
    LocalDate dueOn(LocalDate deliveredOn, boolean urgent, Integer withinDays) {
        LocalDate ordinary = deliveredOn.plus(replyPeriod);
        if (!urgent) {
            if (withinDays != null) {
                throw new SuggestionRefused(SuggestionRefused.Rule.PERIOD_ONLY_WHEN_URGENT);
            }
            return ordinary;
        }
        LocalDate due = withinDays == null ? deliveredOn.plus(urgentReplyPeriod) : deliveredOn.plusDays(withinDays);
        if (!due.isBefore(ordinary)) {
            throw new SuggestionRefused(SuggestionRefused.Rule.URGENT_PERIOD_NOT_SHORTER, ordinary);
        }
        return due;
    }

    private static Period positive(Period period, String name) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive period, was " + period);
        }
        return period;
    }
}
