package cn.procuratorate.wages.common.privacy;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A mainland China phone number: a mobile number (11 digits, 1[3-9]…) or a landline with its area code
 * (0 + 2- or 3-digit area code + 7- or 8-digit subscriber number). Personal data: {@link #toString()} is masked.
 */
public final class PhoneNumber {

    public enum Kind {
        MOBILE, LANDLINE
    }

    /** One accepted shape: its kind, the digits it matches, and how many leading digits stay readable when masked. */
    private record Shape(Kind kind, Pattern digits, int keptHead) {
    }

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    /**
     * Mobile: 3-digit network prefix kept ({@code 138****5678}). Landline: the area code kept ({@code 010****5678}):
     * 010 and 02x are the 3-digit codes of the largest cities, followed by 8 digits; other codes have 4 digits.
     */
    private static final List<Shape> SHAPES = List.of(
            new Shape(Kind.MOBILE, MOBILE, 3),
            new Shape(Kind.LANDLINE, Pattern.compile("0(?:10|2\\d)\\d{8}"), 3),
            new Shape(Kind.LANDLINE, Pattern.compile("0[3-9]\\d{2}\\d{7,8}"), 4));
    private static final int KEPT_TAIL = 4;
    /** Separators people type inside a number: spaces, dashes, dots, brackets around the area code. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.()（）]");
    private static final String COUNTRY_CODE = "86";

    private final String digits;
    private final Kind kind;
    private final int keptHead;

    private PhoneNumber(String digits, Shape shape) {
        this.digits = digits;
        this.kind = shape.kind();
        this.keptHead = shape.keptHead();
    }

    /** The number in {@code raw}, if it is one. */
    public static Optional<PhoneNumber> parse(String raw) {
        String digits = normalise(raw);
        if (digits == null) {
            return Optional.empty();
        }
        return SHAPES.stream().filter(shape -> shape.digits().matcher(digits).matches()).findFirst()
                .map(shape -> new PhoneNumber(digits, shape));
    }

    /**
     * The number in {@code raw}.
     *
     * @throws IllegalArgumentException without echoing {@code raw}
     */
    public static PhoneNumber of(String raw) {
        return parse(raw).orElseThrow(() -> new IllegalArgumentException("Not a mainland China phone number"));
    }

    /**
     * Digits only: separators removed and the country code dropped (+86 or 0086; a bare 86 only before a mobile
     * number, where it cannot be the start of a landline), so that the same phone typed two ways seals to the same
     * look-up hash. A landline written after the country code has lost its trunk 0 (+86 10 …), which comes back.
     */
    static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String text = SEPARATORS.matcher(raw).replaceAll("");
        String national;
        if (text.startsWith("+" + COUNTRY_CODE)) {
            national = text.substring(3);
        } else if (text.startsWith("00" + COUNTRY_CODE)) {
            national = text.substring(4);
        } else if (text.startsWith(COUNTRY_CODE) && MOBILE.matcher(text.substring(2)).matches()) {
            return text.substring(2);
        } else {
            return text.isEmpty() ? null : text;
        }
        if (national.isEmpty() || MOBILE.matcher(national).matches() || national.startsWith("0")) {
            return national.isEmpty() ? null : national;
        }
        return "0" + national;
    }

    /** Digits only, no country code: the form that is sealed and hashed. */
    public String value() {
        return digits;
    }

    public Kind kind() {
        return kind;
    }

    public String masked() {
        return digits.substring(0, keptHead) + "*".repeat(digits.length() - keptHead - KEPT_TAIL)
                + digits.substring(digits.length() - KEPT_TAIL);
    }

    /** The masked form of a stored (normalised) number; a value that is no phone number is masked entirely. */
    public static String mask(String number) {
        return parse(number).map(PhoneNumber::masked).orElse("***");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PhoneNumber that && digits.equals(that.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /** Masked on purpose: instances must be safe to log. */
    @Override
    public String toString() {
        return masked();
    }
}
