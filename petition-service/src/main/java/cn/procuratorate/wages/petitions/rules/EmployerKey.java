package cn.procuratorate.wages.petitions.rules;

import cn.procuratorate.wages.common.identifiers.UnifiedSocialCreditCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Who an employer is, for matching petitions against the same one: its unified social credit code when it is a valid
 * one (GB 32100-2015), and its name normalised. Two employers are matched by credit code when both have one, else by
 * normalised name (design choice from the issue).
 *
 * <p>Name normalisation (design choice): Unicode NFKC (full-width letters, digits, brackets and spaces become
 * half-width), every blank removed, lower case. Legal-form words such as 有限公司 or 有限责任公司 are kept: they are
 * part of the registered name, and "X有限公司" and "X有限责任公司" may be two different companies.
 *
 * <p>A code that fails the GB 32100 check is a typing error and not an identity: it is ignored and the name used.
 */
public final class EmployerKey {

    /** How two employers were found to be the same. */
    public enum Match {
        CREDIT_CODE, NAME
    }

    private static final String CREDIT_KEY_PREFIX = "credit:";
    private static final String NAME_KEY_PREFIX = "name:";
    private static final String NAME_HASH_DOMAIN = "employer-name:";

    private final String creditCode;
    private final String normalisedName;

    private EmployerKey(String creditCode, String normalisedName) {
        this.creditCode = creditCode;
        this.normalisedName = normalisedName;
    }

    /** Either argument may be {@code null} or blank; with neither usable the key is {@linkplain #isKnown() unknown}. */
    public static EmployerKey of(String creditCode, String name) {
        String code = creditCode == null ? null : UnifiedSocialCreditCode.parse(squeeze(creditCode))
                .map(UnifiedSocialCreditCode::value).orElse(null);
        return new EmployerKey(code, normaliseName(name));
    }

    /** The name as compared: NFKC, blanks removed, lower case; {@code null} if nothing is left. */
    public static String normaliseName(String name) {
        if (name == null) {
            return null;
        }
        String squeezed = squeeze(name).toLowerCase(Locale.ROOT);
        return squeezed.isEmpty() ? null : squeezed;
    }

    /** NFKC and every blank (ASCII, ideographic U+3000, no-break) removed. */
    private static String squeeze(String text) {
        String compatible = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(compatible.length());
        compatible.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** How this employer and {@code other} are the same one, or empty if they are not known to be. */
    public Optional<Match> match(EmployerKey other) {
        if (creditCode != null && other.creditCode != null) {
            return creditCode.equals(other.creditCode) ? Optional.of(Match.CREDIT_CODE) : Optional.empty();
        }
        if (normalisedName != null && normalisedName.equals(other.normalisedName)) {
            return Optional.of(Match.NAME);
        }
        return Optional.empty();
    }

    public boolean isKnown() {
        return creditCode != null || normalisedName != null;
    }

    /** The valid credit code, if there is one. */
    public Optional<String> creditCode() {
        return Optional.ofNullable(creditCode);
    }

    public Optional<String> normalisedName() {
        return Optional.ofNullable(normalisedName);
    }

    /**
     * A stable, opaque key: {@code credit:<code>} with a valid credit code, else {@code name:<SHA-256 of the
     * normalised name>} (hashed because the employer of a migrant worker is often a person, e.g. a gang boss);
     * empty if the employer is unknown.
     */
    public Optional<String> key() {
        if (creditCode != null) {
            return Optional.of(CREDIT_KEY_PREFIX + creditCode);
        }
        return normalisedName().map(name -> NAME_KEY_PREFIX + sha256(NAME_HASH_DOMAIN + name));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EmployerKey that && Objects.equals(creditCode, that.creditCode)
                && Objects.equals(normalisedName, that.normalisedName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(creditCode, normalisedName);
    }

    /** Shows the key, not the name (which may be a person's). */
    @Override
    public String toString() {
        return "EmployerKey[" + key().orElse("unknown") + "]";
    }
}
