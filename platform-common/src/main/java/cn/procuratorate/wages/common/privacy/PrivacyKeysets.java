package cn.procuratorate.wages.common.privacy;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.prf.PrfConfig;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The keysets of {@link PersonalDataProtector}, from configuration: cleartext Tink JSON keysets in
 * {@value #AEAD_PROPERTY} and {@value #MAC_PROPERTY} (mapped from {@code PRIVACY_AEAD_KEYSET},
 * {@code PRIVACY_MAC_KEYSET} in platform-defaults.properties). Nothing has a default except under the {@code dev}
 * profile, whose public dev keysets are refused anywhere else.
 */
public final class PrivacyKeysets {

    public static final String AEAD_PROPERTY = "platform.privacy.aead-keyset";
    public static final String MAC_PROPERTY = "platform.privacy.mac-keyset";
    static final String AEAD_VARIABLE = "PRIVACY_AEAD_KEYSET";
    static final String MAC_VARIABLE = "PRIVACY_MAC_KEYSET";
    /**
     * Key ids of the dev keysets in platform-defaults-dev.properties. Their key material is in the repository, so
     * a service that finds one of them in its keysets without the dev profile refuses to start.
     */
    static final Set<Integer> DEV_KEY_IDS = Set.of(1001, 1002);

    private PrivacyKeysets() {
    }

    /**
     * The protector for the configured keysets.
     *
     * @param devProfile whether the {@code dev} profile is active (the only place the dev keysets may be used)
     * @throws PrivacyConfigurationException when a keyset is missing, unreadable, or a dev keyset outside dev
     */
    public static PersonalDataProtector protector(String aeadJson, String macJson, boolean devProfile) {
        List<String> missing = new ArrayList<>();
        if (aeadJson == null || aeadJson.isBlank()) {
            missing.add(AEAD_VARIABLE + " (" + AEAD_PROPERTY + ")");
        }
        if (macJson == null || macJson.isBlank()) {
            missing.add(MAC_VARIABLE + " (" + MAC_PROPERTY + ")");
        }
        if (!missing.isEmpty()) {
            throw new PrivacyConfigurationException("Personal data protection has no keys: set "
                    + String.join(" and ", missing) + " to a Tink JSON keyset (AES256_GCM for the AEAD keyset, "
                    + "HMAC_SHA256_PRF for the hash keyset), or provide a PersonalDataProtector bean that unwraps "
                    + "KMS-encrypted keysets. Only the dev profile has built-in (public) dev keysets.");
        }
        KeysetHandle aead = parse(aeadJson, AEAD_VARIABLE);
        KeysetHandle hash = parse(macJson, MAC_VARIABLE);
        if (!devProfile && (hasDevKey(aead) || hasDevKey(hash))) {
            throw new PrivacyConfigurationException("The personal data keysets contain a public dev key (key ids "
                    + DEV_KEY_IDS.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "))
                    + "), which may only be used with the dev profile: generate keysets of your own for "
                    + AEAD_VARIABLE + " and " + MAC_VARIABLE + ".");
        }
        return new PersonalDataProtector(aead, hash);
    }

    static KeysetHandle parse(String json, String variable) {
        try {
            AeadConfig.register();
            PrfConfig.register();
            return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException | RuntimeException e) {
            // No cause and no text of the parser: either might quote the key material.
            throw new PrivacyConfigurationException(variable + " is not a Tink JSON keyset ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    static boolean hasDevKey(KeysetHandle keyset) {
        for (int i = 0; i < keyset.size(); i++) {
            if (DEV_KEY_IDS.contains(keyset.getAt(i).getId())) {
                return true;
            }
        }
        return false;
    }
}
