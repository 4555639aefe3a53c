package cn.procuratorate.wages.petitions.petition;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;

/**
 * When the procuratorate owes a petitioner a reply. SPP Criminal Procedure Rules art. 163 (群众来信件件有回复): a
 * procedural reply (程序性回复, "received, handled by ...") within 7 days of receipt, and a progress or result reply
 * within 3 months. Calendar days and months counted from the date of receipt (China time); public holidays are not
 * taken into account (the rule does not say so either way).
 */
public final class ReplyDeadlines {

    private static final Period SPP_RULES_ART_163_PROCEDURAL_REPLY = Period.ofDays(7);
    private static final Period SPP_RULES_ART_163_RESULT_REPLY = Period.ofMonths(3);

    private static final Map<ReplyKind, Period> LIMITS = new EnumMap<>(Map.of(
            ReplyKind.PROCEDURAL, SPP_RULES_ART_163_PROCEDURAL_REPLY,
            ReplyKind.RESULT, SPP_RULES_ART_163_RESULT_REPLY));

    private ReplyDeadlines() {
    }

    /** The last day the reply is due; a month limit ending on a day the month lacks ends on its last day. */
    public static LocalDate due(ReplyKind reply, LocalDate receivedOn) {
        return receivedOn.plus(LIMITS.get(reply));
    }
}
