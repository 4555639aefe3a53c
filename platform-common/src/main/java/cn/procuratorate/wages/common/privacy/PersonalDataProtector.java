package cn.procuratorate.wages.common.privacy;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.Key;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.prf.Prf;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Seals personal data for storage and opens it again, with Google Tink:
 * <ul>
 * <li>the value is encrypted with the AEAD keyset's primary key; the ciphertext starts with Tink's 5-byte prefix
 * naming that key, so after a rotation (a new primary added to the keyset, old keys kept) old values still open;
 * <li>the associated data is a context, e.g. {@code "petition.petitionerResidentId"}: a ciphertext copied into another
 * field (or another collection) does not open there;
 * <li>beside it, a keyed hash (Tink PRF, HMAC-SHA256, a keyset of its own) for exact look-up. Keyed, because ID and
 * phone numbers are few enough to hash them all: only the key holder can compute a hash. Deterministic, so an equal
 * value gives an equal hash; it carries its key id, and {@link #lookupHashes} gives the hashes under every key of the
 * keyset, so look-ups keep finding values hashed before a rotation of the hash keyset.
 * </ul>
 * Thread-safe (Tink primitives are). Messages of its exceptions never contain the values.
 */
public final class PersonalDataProtector {

    /** 256 bits: the full HMAC-SHA256 output. */
    private static final int HASH_BYTES = 32;
    /** Tink's prefix of a ciphertext under a key with output prefix TINK: 0x01 then the 4-byte key id. */
    private static final byte TINK_PREFIX_START = 0x01;
    private static final int TINK_PREFIX_SIZE = 5;
    private static final char HASH_KEY_SEPARATOR = ':';

    static {
        try {
            AeadConfig.register();
            PrfConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Aead aead;
    private final int aeadPrimaryKeyId;
    private final PrfSet prfs;
    private final Map<Integer, Prf> prfsByKeyId;

    /**
     * @param aeadKeyset keys that encrypt (the primary) and decrypt (all enabled keys); every key must prefix its
     *                   ciphertexts with its id (output prefix TINK), or rotation could not tell old values apart
     * @param hashKeyset a PRF keyset (e.g. {@code HMAC_SHA256_PRF}); the primary hashes new values
     */
    public PersonalDataProtector(KeysetHandle aeadKeyset, KeysetHandle hashKeyset) {
        try {
            for (int i = 0; i < aeadKeyset.size(); i++) {
                Key key = aeadKeyset.getAt(i).getKey();
                if (key.getIdRequirementOrNull() == null) {
                    throw new PrivacyConfigurationException("Every key of the AEAD keyset must have output prefix "
                            + "TINK (key " + Integer.toUnsignedString(aeadKeyset.getAt(i).getId()) + " has none)");
                }
            }
            this.aead = aeadKeyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
            this.aeadPrimaryKeyId = aeadKeyset.getPrimary().getId();
        } catch (GeneralSecurityException e) {
            throw new PrivacyConfigurationException("The AEAD keyset does not give an AEAD ("
                    + e.getClass().getSimpleName() + ")");
        }
        try {
            this.prfs = hashKeyset.getPrimitive(RegistryConfiguration.get(), PrfSet.class);
            this.prfsByKeyId = Map.copyOf(prfs.getPrfs());
        } catch (GeneralSecurityException e) {
            throw new PrivacyConfigurationException("The hash keyset is not a Tink PRF keyset, e.g. HMAC_SHA256_PRF ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /** Encrypts {@code plain} (already normalised) for {@code context} and hashes it for look-up. */
    public Sealed seal(String context, String plain) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(plain, "plain");
        try {
            byte[] ciphertext = aead.encrypt(plain.getBytes(StandardCharsets.UTF_8), associatedData(context));
            return new Sealed(Base64.getEncoder().encodeToString(ciphertext), lookupHash(plain));
        } catch (GeneralSecurityException e) {
            throw new PersonalDataException("Cannot seal a value of " + context, e);
        }
    }

    /**
     * The value sealed for {@code context}.
     *
     * @throws PersonalDataException when it was sealed for another context, altered, or under a key no longer in
     *                               the keyset
     */
    public String open(String context, Sealed sealed) {
        Objects.requireNonNull(context, "context");
        try {
            byte[] plain = aead.decrypt(Base64.getDecoder().decode(sealed.ciphertext()), associatedData(context));
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // Tink's message says nothing about the value; the cause is kept for the stack trace.
            throw new PersonalDataException("Cannot open a value of " + context, e);
        }
    }

    /** The hash of {@code plain} (normalised) under the primary hash key: what {@link #seal} stores. */
    public String lookupHash(String plain) {
        return hash(prfs.getPrimaryId(), prfsByKeyId.get(prfs.getPrimaryId()), plain);
    }

    /**
     * The hashes of {@code plain} under every key of the hash keyset, primary first: a look-up matches any of them,
     * so values stored before the hash key was rotated are still found until they are re-sealed.
     */
    public List<String> lookupHashes(String plain) {
        List<String> hashes = new ArrayList<>();
        hashes.add(lookupHash(plain));
        prfsByKeyId.forEach((keyId, prf) -> {
            if (keyId != prfs.getPrimaryId()) {
                hashes.add(hash(keyId, prf, plain));
            }
        });
        return List.copyOf(hashes);
    }

    /**
     * Whether {@code sealed} was made with keys that are no longer primary: a re-sealing job ({@code open} then
     * {@code seal}) moves such values to the current keys before the old ones are removed from the keysets.
     */
    public boolean needsResealing(Sealed sealed) {
        byte[] ciphertext = Base64.getDecoder().decode(sealed.ciphertext());
        boolean currentAead = ciphertext.length > TINK_PREFIX_SIZE && ciphertext[0] == TINK_PREFIX_START
                && ByteBuffer.wrap(ciphertext, 1, 4).getInt() == aeadPrimaryKeyId;
        return !currentAead || !sealed.hash().startsWith(keyIdText(prfs.getPrimaryId()) + HASH_KEY_SEPARATOR);
    }

    private static String hash(int keyId, Prf prf, String plain) {
        Objects.requireNonNull(plain, "plain");
        try {
            byte[] output = prf.compute(plain.getBytes(StandardCharsets.UTF_8), HASH_BYTES);
            return keyIdText(keyId) + HASH_KEY_SEPARATOR
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(output);
        } catch (GeneralSecurityException e) {
            throw new PersonalDataException("Cannot hash a value", e);
        }
    }

    private static String keyIdText(int keyId) {
        return HexFormat.of().toHexDigits(keyId);
    }

    private static byte[] associatedData(String context) {
        return context.getBytes(StandardCharsets.UTF_8);
    }
}
