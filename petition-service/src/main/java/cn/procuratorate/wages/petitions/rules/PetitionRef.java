package cn.procuratorate.wages.petitions.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What duplicate detection and group linking read of a petition.
 *
 * @param petitionId         its id
 * @param petitionerKey      the keyed hash of the petitioner's resident ID (opaque), {@code null} if none was given
 * @param employerCreditCode the employer's unified social credit code, {@code null} if not known
 * @param employerName       the employer's name as written, {@code null} if not known
 * @param receivedOn         the day it was received (China time)
 */
public record PetitionRef(String petitionId, String petitionerKey, String employerCreditCode, String employerName,
        LocalDate receivedOn) {

    public PetitionRef {
        Objects.requireNonNull(petitionId, "petitionId");
        Objects.requireNonNull(receivedOn, "receivedOn");
        if (petitionerKey != null && petitionerKey.isBlank()) {
            petitionerKey = null;
        }
    }

    public EmployerKey employer() {
        return EmployerKey.of(employerCreditCode, employerName);
    }

    /** Whether both petitions are known to come from the same petitioner (never when either has no resident ID). */
    public boolean samePetitionerAs(PetitionRef other) {
        return petitionerKey != null && petitionerKey.equals(other.petitionerKey);
    }
}
