package cn.procuratorate.wages.common.identifiers;

import java.util.Locale;
import java.util.Optional;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015) of an employer, contractor or any other legal person:
 * 18 characters from {@link #ALPHABET}: registration authority (1), organisation kind (1), administrative division
 * (6, GB/T 2260), organisation code (9, GB 11714) and a check character over the first 17.
 *
 * <p>Only the alphabet, the length and the check character are verified (what the standard guarantees for every
 * code). The region part is not checked against GB/T 2260 (codes keep the division of their registration, also after
 * it is retired), nor is the organisation code's own GB 11714 check digit (some codes issued in the transition years
 * do not satisfy it).
 *
 * <p>Not personal data: a legal person's code is public (国家企业信用信息公示系统), so it may be logged and shown.
 */
public final class UnifiedSocialCreditCode implements Comparable<UnifiedSocialCreditCode> {

    /** What is wrong with a candidate code, so a clerk knows what to re-read on the business licence. */
    public enum Defect {
        /** Not 18 characters. */
        LENGTH,
        /** A character outside {@link #ALPHABET}: the standard omits I, O, S, V and Z. */
        CHARACTER,
        /** The 18th character does not match the first 17. */
        CHECK_CHARACTER
    }

    public static final int LENGTH = 18;
    /** GB 32100-2015 §4: the 31 characters of a code (digits and upper-case letters without I, O, S, V, Z). */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** GB 32100-2015 §5 (check character): weights 3^(i-1) mod 31 over positions 1..17. */
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int MODULUS = 31;

    private final String value;

    private UnifiedSocialCreditCode(String value) {
        this.value = value;
    }

    /**
     * The valid code in {@code raw} (surrounding blanks ignored, lower case read as upper case).
     *
     * @throws IllegalArgumentException naming the defect
     */
    public static UnifiedSocialCreditCode of(String raw) {
        String normalised = normalise(raw);
        Optional<Defect> defect = defectOf(normalised);
        if (defect.isPresent()) {
            throw new IllegalArgumentException(message(defect.get()));
        }
        return new UnifiedSocialCreditCode(normalised);
    }

    /** The valid code in {@code raw}, if it is one. */
    public static Optional<UnifiedSocialCreditCode> parse(String raw) {
        String normalised = normalise(raw);
        return defectOf(normalised).isPresent() ? Optional.empty()
                : Optional.of(new UnifiedSocialCreditCode(normalised));
    }

    /** Whether {@code raw} is a valid code once normalised; {@code null} is not. */
    public static boolean isValid(String raw) {
        return defectOf(normalise(raw)).isEmpty();
    }

    /** Trimmed and upper-case; {@code null} stays {@code null}. */
    public static String normalise(String raw) {
        return raw == null ? null : raw.strip().toUpperCase(Locale.ROOT);
    }

    /** What is wrong with a normalised candidate, if anything. */
    public static Optional<Defect> defectOf(String normalised) {
        if (normalised == null || normalised.length() != LENGTH) {
            return Optional.of(Defect.LENGTH);
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(normalised.charAt(i)) < 0) {
                return Optional.of(Defect.CHARACTER);
            }
        }
        if (normalised.charAt(LENGTH - 1) != checkCharacter(normalised)) {
            return Optional.of(Defect.CHECK_CHARACTER);
        }
        return Optional.empty();
    }

    /** The check character of the first 17 characters of {@code code} (all of them in {@link #ALPHABET}). */
    public static char checkCharacter(CharSequence code) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            int digit = ALPHABET.indexOf(code.charAt(i));
            if (digit < 0) {
                throw new IllegalArgumentException("Character " + (i + 1) + " is outside the GB 32100 alphabet");
            }
            sum += digit * WEIGHTS[i];
        }
        return ALPHABET.charAt((MODULUS - sum % MODULUS) % MODULUS);
    }

    private static String message(Defect defect) {
        return switch (defect) {
            case LENGTH -> "Invalid unified social credit code: it must have " + LENGTH + " characters";
            case CHARACTER -> "Invalid unified social credit code: only digits and the letters "
                    + ALPHABET.substring(10) + " may occur (no I, O, S, V, Z)";
            case CHECK_CHARACTER -> "Invalid unified social credit code: the check character (18th) is wrong";
        };
    }

    public String value() {
        return value;
    }

    /** Position 1: the registration authority (1 机构编制, 5 民政, 9 市场监管, Y 其他, ...). */
    public char registrationAuthority() {
        return value.charAt(0);
    }

    /** Position 2: the kind of organisation within its registration authority (e.g. 1 企业 under authority 9). */
    public char organisationKind() {
        return value.charAt(1);
    }

    /** Positions 3–8: the administrative division (GB/T 2260) where it was registered, as written (not checked). */
    public String registrationRegion() {
        return value.substring(2, 8);
    }

    /** Positions 9–17: the organisation code (GB 11714). */
    public String organisationCode() {
        return value.substring(8, 17);
    }

    @Override
    public int compareTo(UnifiedSocialCreditCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UnifiedSocialCreditCode that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
