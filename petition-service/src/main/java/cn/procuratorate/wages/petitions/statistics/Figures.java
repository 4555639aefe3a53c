package cn.procuratorate.wages.petitions.statistics;

import java.math.BigDecimal;
import org.bson.Document;

/**
 * The figures of some petitions, additive, money in integer fen so that any sum of them is exact.
 *
 * @param workersAffected the workers the petitions speak for: {@code wageClaim.workersAffected}, or 1 when the
 *                        petition does not say (a worker counts once per petition)
 * @param claimedFen      the wages the petitioners say are owed, as told ({@code wageClaim.amountOwedFen})
 * @param overdueReplies  replies owed now past their due date, procedural and result counted apart (a petition with
 *                        both late counts 2); a closed petition owes none
 */
record Figures(long petitions, long workersAffected, long claimedFen, long openPetitions, long overdueReplies,
        long routedToCases) {

    static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0);

    /** The figures fields of an aggregation result (see {@link PetitionStatisticsStore}). */
    static Figures of(Document group) {
        return new Figures(number(group, "petitions"), number(group, "workers"), number(group, "claimedFen"),
                number(group, "open"), number(group, "overdueReplies"), number(group, "routed"));
    }

    Figures plus(Figures other) {
        return new Figures(petitions + other.petitions, workersAffected + other.workersAffected,
                Math.addExact(claimedFen, other.claimedFen), openPetitions + other.openPetitions,
                overdueReplies + other.overdueReplies, routedToCases + other.routedToCases);
    }

    /** Yuan with 2 decimals. */
    BigDecimal amountClaimed() {
        return yuan(claimedFen);
    }

    static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    /** $sum answers an int, a long or (over no value) 0, depending on the values summed. */
    static long number(Document group, String field) {
        Object value = group.get(field);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
