package cn.procuratorate.wages.cases.risk;

import cn.procuratorate.wages.common.identifiers.UnifiedSocialCreditCode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A wage claim of another case: who claimed (by the keyed hash of the resident ID), against whom, when.
 *
 * @param employerCreditCode compared normalised (trimmed, upper case); not checked, since older records may hold a
 *                           pre-2015 organisation code
 * @param date               the day the claim was made (the case's filing day)
 */
public record Claim(String residentIdHash, String employerCreditCode, LocalDate date, String caseId) {

    public Claim {
        if (residentIdHash == null || residentIdHash.isBlank()) {
            throw new IllegalArgumentException("residentIdHash is required");
        }
        if (employerCreditCode == null || employerCreditCode.isBlank()) {
            throw new IllegalArgumentException("employerCreditCode is required");
        }
        employerCreditCode = UnifiedSocialCreditCode.normalise(employerCreditCode);
        Objects.requireNonNull(date, "date");
        if (caseId == null || caseId.isBlank()) {
            throw new IllegalArgumentException("caseId is required");
        }
    }
}
