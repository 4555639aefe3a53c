package cn.procuratorate.wages.petitions.publicdesk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The code a petitioner gets once, on submitting online, to look the petition up later: 20 characters of Crockford's
 * base32 (no I, L, O, U, which are misread or misheard), 100 random bits. Only its SHA-256 is stored: a plain hash
 * suffices because, unlike a phone number, 2^100 codes cannot be enumerated, so no key is needed.
 */
final class QueryCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 20;

    private static final SecureRandom RANDOM = new SecureRandom();

    private QueryCode() {
    }

    static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * The code as issued, from what a person typed: case, blanks and dashes ignored, and the letters Crockford maps
     * (I and L to 1, O to 0) read as those digits; empty when it cannot be a code.
     */
    static Optional<String> normalise(String typed) {
        if (typed == null || typed.length() > 2 * LENGTH) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case ' ', '-' -> { }
                case 'I', 'L' -> code.append('1');
                case 'O' -> code.append('0');
                default -> {
                    if (ALPHABET.indexOf(c) < 0) {
                        return Optional.empty();
                    }
                    code.append(c);
                }
            }
        }
        return code.length() == LENGTH ? Optional.of(code.toString()) : Optional.empty();
    }

    /** What the database holds instead of the code. */
    static String hash(String code) {
        return sha256("query-code:" + code);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
