package cn.procuratorate.wages.petitions.rules;

import java.util.Objects;

/**
 * A petition already on file in the same unit, a candidate for duplicate detection and group linking.
 *
 * @param petition     what is compared
 * @param closed       whether it has been disposed of (办结)
 * @param mergedIntoId the petition it was merged into as a duplicate, {@code null} if it was not merged
 */
public record EarlierPetition(PetitionRef petition, boolean closed, String mergedIntoId) {

    public EarlierPetition {
        Objects.requireNonNull(petition, "petition");
        if (mergedIntoId != null && mergedIntoId.isBlank()) {
            mergedIntoId = null;
        }
    }

    /** An open petition that was not merged. */
    public static EarlierPetition open(PetitionRef petition) {
        return new EarlierPetition(petition, false, null);
    }

    public boolean merged() {
        return mergedIntoId != null;
    }

    public String petitionId() {
        return petition.petitionId();
    }
}
