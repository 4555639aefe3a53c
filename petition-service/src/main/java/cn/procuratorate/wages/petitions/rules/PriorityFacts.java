package cn.procuratorate.wages.petitions.rules;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What the priority of a petition is judged on.
 *
 * @param groupPetition   a group petition (集体访/集体信): several workers petitioning together
 * @param workersAffected how many workers are owed, {@code null} if not known
 * @param urgencySigns    the signs of urgency the clerk recorded ({@code null} read as none)
 * @param receivedOn      the day the petition was received (China time)
 * @param amountOwedFen   the total owed in fen (分), {@code null} if not known
 */
public record PriorityFacts(boolean groupPetition, Integer workersAffected, Set<UrgencySign> urgencySigns,
        LocalDate receivedOn, Long amountOwedFen) {

    public PriorityFacts {
        Objects.requireNonNull(receivedOn, "receivedOn");
        if (workersAffected != null && workersAffected < 0) {
            throw new IllegalArgumentException("workersAffected must not be negative: " + workersAffected);
        }
        if (amountOwedFen != null && amountOwedFen < 0) {
            throw new IllegalArgumentException("amountOwedFen must not be negative: " + amountOwedFen);
        }
        urgencySigns = urgencySigns == null || urgencySigns.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(urgencySigns));
    }

    /** A petition from one worker with nothing urgent about it, received on {@code receivedOn}. */
    public static PriorityFacts plain(LocalDate receivedOn) {
        return new PriorityFacts(false, null, Set.of(), receivedOn, null);
    }
}
