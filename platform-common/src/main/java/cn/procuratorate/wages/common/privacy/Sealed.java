package cn.procuratorate.wages.common.privacy;

import java.util.Objects;

/**
 * A piece of personal data at rest, stored as a sub-document {@code {ciphertext, hash}}: the Tink AEAD ciphertext
 * (Base64, starting with the id of the key that sealed it) and the keyed hash for exact look-up ({@code <key id>:}
 * Base64url of the PRF output). Neither reveals the value without the keys; see {@link PersonalDataProtector}.
 */
public record Sealed(String ciphertext, String hash) {

    public Sealed {
        Objects.requireNonNull(ciphertext, "ciphertext");
        Objects.requireNonNull(hash, "hash");
    }
}
