package cn.procuratorate.wages.auth.authorizations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What the database keeps of a token value (and of a consent state): its SHA-256 in hex. The values are long random
 * strings or signed JWTs, so an unkeyed hash does not reveal them, and a database reader has nothing to present.
 *
 * <p>An authorization read back carries the real value only of the token it was looked up by, which the caller
 * presented; every other token gets a stand-in value, {@code sha256:<digest>}, that {@link #forStorage} turns back
 * into the stored digest when Spring Authorization Server saves the authorization again. The values the issuer
 * generates never contain ':' (Base64url, JWT), and a presented value is always hashed, never taken for a digest, so a
 * stand-in presented as a token finds nothing.
 */
final class TokenDigests {

    private static final String STAND_IN_PREFIX = "sha256:";

    private TokenDigests() {
    }

    /** The digest to look a presented value up by. */
    static String ofPresented(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The digest to store for a value of an authorization that is being saved: a stand-in keeps its digest. */
    static String forStorage(String value) {
        return value.startsWith(STAND_IN_PREFIX) ? value.substring(STAND_IN_PREFIX.length()) : ofPresented(value);
    }

    /** The value of a token read back whose real value the caller did not present. */
    static String standIn(String digest) {
        return STAND_IN_PREFIX + digest;
    }
}
