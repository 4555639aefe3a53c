package cn.procuratorate.wages.common.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

class PrivacyKeysetsTest {

    @Test
    void withoutKeysetsTheMessageSaysWhatToSet() {
        assertThatThrownBy(() -> PrivacyKeysets.protector(null, " ", false))
                .isInstanceOf(PrivacyConfigurationException.class)
                .hasMessageContaining("set PRIVACY_AEAD_KEYSET (platform.privacy.aead-keyset) and PRIVACY_MAC_KEYSET "
                        + "(platform.privacy.mac-keyset)")
                .hasMessageContaining("KMS");
        assertThatThrownBy(() -> PrivacyKeysets.protector(json(PersonalDataProtectorTest.aead()), "", true))
                .hasMessageContaining("set PRIVACY_MAC_KEYSET (platform.privacy.mac-keyset) to a Tink JSON keyset");
    }

    @Test
    void anUnreadableKeysetIsNamedButNeverQuoted() {
        String secretLooking = "{\"primaryKeyId\":7,\"key\":[{\"keyData\":{\"value\":\"c2VjcmV0LWtleS1tYXRlcmlhbA==\"";
        assertThatThrownBy(() -> PrivacyKeysets.protector(secretLooking, secretLooking, false))
                .isInstanceOf(PrivacyConfigurationException.class)
                .hasMessageStartingWith("PRIVACY_AEAD_KEYSET is not a Tink JSON keyset")
                .hasMessageNotContaining("c2VjcmV0")
                .hasNoCause();
    }

    @Test
    void ownKeysetsWorkWithAndWithoutTheDevProfile() throws Exception {
        String aead = json(PersonalDataProtectorTest.aead());
        String prf = json(PersonalDataProtectorTest.prf());
        for (boolean dev : new boolean[] {false, true}) {
            PersonalDataProtector protector = PrivacyKeysets.protector(aead, prf, dev);
            assertThat(protector.open("ctx", protector.seal("ctx", "13812345678"))).isEqualTo("13812345678");
        }
    }

    @Test
    void theDevKeysetsWorkOnlyUnderTheDevProfile() throws IOException {
        Properties dev = PropertiesLoaderUtils.loadProperties(new ClassPathResource("platform-defaults-dev.properties"));
        String aead = dev.getProperty("platform.privacy.dev-aead-keyset");
        String mac = dev.getProperty("platform.privacy.dev-mac-keyset");

        assertThat(PrivacyKeysets.protector(aead, mac, true).lookupHash("13812345678")).startsWith("000003ea:");
        assertThatThrownBy(() -> PrivacyKeysets.protector(aead, mac, false))
                .isInstanceOf(PrivacyConfigurationException.class)
                .hasMessageContaining("public dev key").hasMessageContaining("dev profile");
    }

    @Test
    void theGuardKnowsEveryKeyOfTheDevKeysets() throws IOException {
        Properties dev = PropertiesLoaderUtils.loadProperties(new ClassPathResource("platform-defaults-dev.properties"));
        Set<Integer> ids = new HashSet<>();
        for (String property : new String[] {"platform.privacy.dev-aead-keyset", "platform.privacy.dev-mac-keyset"}) {
            KeysetHandle keyset = PrivacyKeysets.parse(dev.getProperty(property), property);
            for (int i = 0; i < keyset.size(); i++) {
                ids.add(keyset.getAt(i).getId());
            }
        }
        assertThat(ids).isEqualTo(PrivacyKeysets.DEV_KEY_IDS);
        // And no dev keyset in the defaults that apply everywhere.
        Properties defaults = PropertiesLoaderUtils.loadProperties(new ClassPathResource("platform-defaults.properties"));
        assertThat(defaults.getProperty(PrivacyKeysets.AEAD_PROPERTY)).isEqualTo("${PRIVACY_AEAD_KEYSET:}");
        assertThat(defaults.getProperty(PrivacyKeysets.MAC_PROPERTY)).isEqualTo("${PRIVACY_MAC_KEYSET:}");
    }

    static String json(KeysetHandle keyset) throws GeneralSecurityException {
        return TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
    }
}
