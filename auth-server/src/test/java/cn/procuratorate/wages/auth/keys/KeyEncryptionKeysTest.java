package cn.procuratorate.wages.auth.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AesGcmParameters;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

class KeyEncryptionKeysTest {

    private static final byte[] PRIVATE_KEY = "PKCS#8 bytes of a private key".getBytes(StandardCharsets.UTF_8);

    @Test
    void withoutAKeysetTheMessageSaysWhatToSet() {
        for (String missing : new String[] {null, " "}) {
            assertThatThrownBy(() -> KeyEncryptionKeys.fromConfiguration(missing, false))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("set AUTH_KEY_ENCRYPTION_KEYSET (auth.signing.key-encryption-keyset)")
                    .hasMessageContaining("Tink JSON keyset");
        }
    }

    @Test
    void anUnreadableKeysetIsNamedButNeverQuoted() {
        String secretLooking = "{\"primaryKeyId\":7,\"key\":[{\"keyData\":{\"value\":\"c2VjcmV0LWtleS1tYXRlcmlhbA==\"";

        assertThatThrownBy(() -> KeyEncryptionKeys.fromConfiguration(secretLooking, false))
                .hasMessageStartingWith("AUTH_KEY_ENCRYPTION_KEYSET is not a Tink JSON keyset")
                .hasMessageNotContaining("c2VjcmV0")
                .hasNoCause();
    }

    @Test
    void theDevKeysetWorksOnlyUnderTheDevProfile() {
        String dev = devProfileProperties().getProperty("auth.signing.dev-key-encryption-keyset");

        KeyEncryptionKeys keys = KeyEncryptionKeys.fromConfiguration(dev, true);
        assertThat(keys.primaryKeyId()).isEqualTo(String.valueOf(KeyEncryptionKeys.DEV_KEY_ID));
        assertThat(keys.open("kid", keys.seal("kid", PRIVATE_KEY))).isEqualTo(PRIVATE_KEY);
        assertThatThrownBy(() -> KeyEncryptionKeys.fromConfiguration(dev, false))
                .hasMessageContaining("public dev key").hasMessageContaining("dev profile");
    }

    @Test
    void aSealedKeyOpensOnlyUnderItsOwnKid() {
        KeyEncryptionKeys keys = new KeyEncryptionKeys(TestKeysets.newKeyset());
        String sealed = keys.seal("kid-1", PRIVATE_KEY);

        assertThat(keys.open("kid-1", sealed)).isEqualTo(PRIVATE_KEY);
        assertThatThrownBy(() -> keys.open("kid-2", sealed))
                .hasMessageContaining("Signing key kid-2 does not open");
    }

    @Test
    void afterANewPrimaryOldSealedKeysStillOpenAndAreToBeResealed() {
        KeysetHandle before = TestKeysets.newKeyset();
        KeyEncryptionKeys old = new KeyEncryptionKeys(before);
        KeyEncryptionKeys rotated = new KeyEncryptionKeys(TestKeysets.withNewPrimary(before));
        String sealedBefore = old.seal("kid", PRIVATE_KEY);
        String sealedAfter = rotated.seal("kid", PRIVATE_KEY);

        assertThat(old.sealedUnderPrimary(sealedBefore)).isTrue();
        assertThat(rotated.open("kid", sealedBefore)).isEqualTo(PRIVATE_KEY);
        assertThat(rotated.sealedUnderPrimary(sealedBefore)).isFalse();
        assertThat(rotated.sealedUnderPrimary(sealedAfter)).isTrue();
        assertThatThrownBy(() -> old.open("kid", sealedAfter)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void keysWithoutTheTinkPrefixAreRefused() throws Exception {
        KeysetHandle raw = KeysetHandle.generateNew(AesGcmParameters.builder().setKeySizeBytes(32).setIvSizeBytes(12)
                .setTagSizeBytes(16).setVariant(AesGcmParameters.Variant.NO_PREFIX).build());
        String json = TinkJsonProtoKeysetFormat.serializeKeyset(raw, InsecureSecretKeyAccess.get());

        assertThatThrownBy(() -> KeyEncryptionKeys.fromConfiguration(json, false))
                .hasMessageContaining("output prefix TINK");
    }

    private static Properties devProfileProperties() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application-dev.yml"));
        return yaml.getObject();
    }
}
