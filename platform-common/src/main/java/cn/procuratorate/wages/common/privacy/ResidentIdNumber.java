package cn.procuratorate.wages.common.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A resident ID number (居民身份证号码, GB 11643-1999): 6-digit region, 8-digit birth date, 3-digit sequence and a
 * check character (ISO 7064 MOD 11-2). Personal data: {@link #toString()} is the masked form, so an instance that
 * ends up in a log line or an exception message does not disclose the number.
 */
public final class ResidentIdNumber {

    /** What is wrong with a candidate number, so a clerk can see which part to re-check on the card. */
    public enum Defect {
        /** Not 17 digits followed by a digit or X. */
        FORMAT,
        /** Positions 7–14 are not a real calendar date (or are implausibly early). */
        BIRTH_DATE,
        /** The birth date lies after today: a typo, not a person. */
        FUTURE_BIRTH_DATE,
        /** The check character does not match the first 17 digits. */
        CHECK_CHARACTER
    }

    public static final int LENGTH = 18;
    /** Birth dates on the card are Chinese calendar days, whatever the server's time zone. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** GB 11643-1999 weights 2^(18-i) mod 11 over the first 17 digits. */
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    /** Check character for (weighted sum mod 11) = 0..10. */
    private static final String CHECK_CHARACTERS = "10X98765432";
    /** Numbers issued since 1984 cover people born from the late 19th century; earlier dates are typos. */
    static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1800, 1, 1);
    private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]");
    // 'uuuu' with STRICT: 19490231 is rejected instead of being moved to 3 March.
    private static final DateTimeFormatter BIRTH_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    private static final int KEPT_HEAD = 6;
    private static final int KEPT_TAIL = 4;

    private final String value;

    private ResidentIdNumber(String value) {
        this.value = value;
    }

    /**
     * The valid number in {@code raw} (surrounding blanks ignored, a lower-case x read as X).
     *
     * @throws IllegalArgumentException naming the defect, never the number
     */
    public static ResidentIdNumber of(String raw, LocalDate today) {
        String normalised = normalise(raw);
        Optional<Defect> defect = defectOf(normalised, today);
        if (defect.isPresent()) {
            throw new IllegalArgumentException("Invalid resident ID number: " + defect.get());
        }
        return new ResidentIdNumber(normalised);
    }

    /** Today in China, the day a birth date may not lie after. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(CHINA));
    }

    /** The number as it is written on the card: trimmed, X upper-case; {@code null} stays {@code null}. */
    public static String normalise(String raw) {
        return raw == null ? null : raw.strip().toUpperCase(Locale.ROOT);
    }

    /** What is wrong with a normalised candidate, if anything, judged on {@code today} (China Standard Time). */
    public static Optional<Defect> defectOf(String normalised, LocalDate today) {
        if (normalised == null || !SHAPE.matcher(normalised).matches()) {
            return Optional.of(Defect.FORMAT);
        }
        LocalDate born;
        try {
            born = LocalDate.parse(normalised.substring(6, 14), BIRTH_DATE);
        } catch (DateTimeParseException e) {
            return Optional.of(Defect.BIRTH_DATE);
        }
        if (born.isBefore(EARLIEST_BIRTH_DATE)) {
            return Optional.of(Defect.BIRTH_DATE);
        }
        if (born.isAfter(today)) {
            return Optional.of(Defect.FUTURE_BIRTH_DATE);
        }
        if (normalised.charAt(17) != checkCharacter(normalised)) {
            return Optional.of(Defect.CHECK_CHARACTER);
        }
        return Optional.empty();
    }

    /** The check character of the first 17 digits of {@code digits}. */
    static char checkCharacter(CharSequence digits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /**
     * Region and the last four kept ({@code 110105********002X}): enough for a clerk to tell two petitioners apart
     * on a list, not enough to learn the birth date.
     */
    public static String mask(String number) {
        if (number == null || number.length() != LENGTH) {
            return "*".repeat(LENGTH);
        }
        return number.substring(0, KEPT_HEAD) + "*".repeat(LENGTH - KEPT_HEAD - KEPT_TAIL)
                + number.substring(LENGTH - KEPT_TAIL);
    }

    /** The full number: only for sealing it and for a response the masking policy allows. */
    public String value() {
        return value;
    }

    public String masked() {
        return mask(value);
    }

    public String regionCode() {
        return value.substring(0, 6);
    }

    public LocalDate birthDate() {
        return LocalDate.parse(value.substring(6, 14), BIRTH_DATE);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResidentIdNumber that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Masked on purpose: instances must be safe to log. */
    @Override
    public String toString() {
        return masked();
    }
}
