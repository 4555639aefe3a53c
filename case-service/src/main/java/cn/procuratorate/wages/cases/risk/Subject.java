package cn.procuratorate.wages.cases.risk;

import cn.procuratorate.wages.common.identifiers.UnifiedSocialCreditCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The civil case (支持起诉 or another lawsuit in workers' names) whose claims are scored.
 *
 * @param caseId             the case
 * @param claimants          the workers claiming, each once
 * @param employerCreditCode the employer claimed against (unified social credit code; compared normalised)
 * @param filedOn            the day the case was filed: the centre of the look-back window
 */
public record Subject(String caseId, List<Claimant> claimants, String employerCreditCode, LocalDate filedOn) {

    /**
     * A worker claiming in the subject case.
     *
     * @param residentIdHash the keyed hash of the resident ID number (PersonalDataProtector.lookupHash), never the
     *                       number itself
     * @param amount         yuan claimed, 2 decimals
     */
    public record Claimant(String residentIdHash, BigDecimal amount) {
        public Claimant {
            if (residentIdHash == null || residentIdHash.isBlank()) {
                throw new IllegalArgumentException("residentIdHash is required");
            }
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
                throw new IllegalArgumentException("amount must be zero or more yuan with at most 2 decimals");
            }
            amount = amount.setScale(2, RoundingMode.UNNECESSARY);
        }

        public static Claimant of(String residentIdHash, String amount) {
            return new Claimant(residentIdHash, new BigDecimal(amount));
        }
    }

    public Subject {
        if (caseId == null || caseId.isBlank()) {
            throw new IllegalArgumentException("caseId is required");
        }
        claimants = List.copyOf(Objects.requireNonNull(claimants, "claimants"));
        Set<String> hashes = new HashSet<>();
        for (Claimant claimant : claimants) {
            if (!hashes.add(claimant.residentIdHash())) {
                throw new IllegalArgumentException("A claimant is listed twice in case " + caseId);
            }
        }
        if (employerCreditCode == null || employerCreditCode.isBlank()) {
            throw new IllegalArgumentException("employerCreditCode is required");
        }
        employerCreditCode = UnifiedSocialCreditCode.normalise(employerCreditCode);
        Objects.requireNonNull(filedOn, "filedOn");
    }
}
