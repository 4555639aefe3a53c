package cn.procuratorate.wages.auth.keys;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * The key-encryption keys that seal signing keys at rest: a Tink AEAD keyset (e.g. AES256_GCM) from
 * {@value #PROPERTY} (env {@value #VARIABLE}). The primary key seals; every key of the keyset opens what it sealed, as
 * each ciphertext starts with Tink's prefix naming its key, so a new primary can be added while old sealed keys still
 * open. The associated data is the signing key's kid: a sealed private key copied under another kid does not open.
 * Messages never quote the keyset or key material.
 */
final class KeyEncryptionKeys {

    static final String PROPERTY = "auth.signing.key-encryption-keyset";
    static final String VARIABLE = "AUTH_KEY_ENCRYPTION_KEYSET";
    /** The key of the public dev keyset in application-dev.yml: refused without the dev profile. */
    static final int DEV_KEY_ID = 1003;

    /** Tink's prefix of a ciphertext under a key with output prefix TINK: 0x01, then the 4-byte key id. */
    private static final byte TINK_PREFIX_START = 0x01;
    private static final int TINK_PREFIX_SIZE = 5;

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Aead aead;
    private final int primaryKeyId;

    KeyEncryptionKeys(KeysetHandle keyset) {
        for (int i = 0; i < keyset.size(); i++) {
            if (keyset.getAt(i).getKey().getIdRequirementOrNull() == null) {
                // Without the prefix a sealed key would not say which key sealed it: re-sealing could not find them.
                throw new IllegalStateException(VARIABLE + ": every key must have output prefix TINK (key "
                        + Integer.toUnsignedString(keyset.getAt(i).getId()) + " has none)");
            }
        }
        try {
            this.aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(VARIABLE + " is not an AEAD keyset, e.g. AES256_GCM ("
                    + e.getClass().getSimpleName() + ")");
        }
        this.primaryKeyId = keyset.getPrimary().getId();
    }

    /**
     * The keys from configuration.
     *
     * @param devProfile whether the {@code dev} profile is active, the only place the public dev keyset may be used
     * @throws IllegalStateException when the keyset is missing or unreadable, or contains the dev key outside dev
     */
    static KeyEncryptionKeys fromConfiguration(String json, boolean devProfile) {
        if (json == null || json.isBlank()) {
            throw new IllegalStateException("auth-server has no key-encryption keyset to seal its signing keys with: "
                    + "set " + VARIABLE + " (" + PROPERTY + ") to a Tink JSON keyset (AES256_GCM, output prefix TINK),"
                    + " e.g. from `tinkey create-keyset --key-template AES256_GCM --out-format json`. Only the dev "
                    + "profile has a built-in (public) dev keyset.");
        }
        KeysetHandle keyset;
        try {
            keyset = TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException | RuntimeException e) {
            // No cause and no parser text: either might quote the key material.
            throw new IllegalStateException(VARIABLE + " is not a Tink JSON keyset (" + e.getClass().getSimpleName()
                    + ")");
        }
        for (int i = 0; i < keyset.size(); i++) {
            if (!devProfile && keyset.getAt(i).getId() == DEV_KEY_ID) {
                throw new IllegalStateException(VARIABLE + " contains the public dev key (key id " + DEV_KEY_ID
                        + "), which may only be used with the dev profile: generate a keyset of your own.");
            }
        }
        return new KeyEncryptionKeys(keyset);
    }

    /** {@code privateKey} sealed under the primary key for the signing key {@code kid}, Base64. */
    String seal(String kid, byte[] privateKey) {
        try {
            return Base64.getEncoder().encodeToString(aead.encrypt(privateKey, associatedData(kid)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal signing key " + kid, e);
        }
    }

    /**
     * @throws IllegalStateException when it was sealed for another kid, altered, or under a key no longer in the
     *                               keyset
     */
    byte[] open(String kid, String sealed) {
        try {
            return aead.decrypt(Base64.getDecoder().decode(sealed), associatedData(kid));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Signing key " + kid + " does not open with " + VARIABLE
                    + ": sealed under a key that is not in the keyset, altered, or stored under another kid", e);
        }
    }

    /** False for keys sealed under an older key-encryption key: they are to be re-sealed under the primary. */
    boolean sealedUnderPrimary(String sealed) {
        byte[] ciphertext = Base64.getDecoder().decode(sealed);
        return ciphertext.length > TINK_PREFIX_SIZE && ciphertext[0] == TINK_PREFIX_START
                && ByteBuffer.wrap(ciphertext, 1, 4).getInt() == primaryKeyId;
    }

    String primaryKeyId() {
        return Integer.toUnsignedString(primaryKeyId);
    }

    private static byte[] associatedData(String kid) {
        return kid.getBytes(StandardCharsets.UTF_8);
    }
}
