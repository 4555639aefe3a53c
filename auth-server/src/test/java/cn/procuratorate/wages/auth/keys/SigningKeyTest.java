package cn.procuratorate.wages.auth.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SigningKeyTest {

    private final Instant now = Instant.parse("2026-11-26T08:00:00Z");
    private final KeyEncryptionKeys keyEncryption = new KeyEncryptionKeys(TestKeysets.newKeyset());

    @Test
    void theStoredMaterialSignsAndVerifiesUnderItsKeyId() throws JOSEException {
        SigningKey stored = SigningKey.generate(1, now, keyEncryption);
        RSAKey jwk = stored.toJwk(keyEncryption);

        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(jwk.getKeyID()).build(),
                new Payload("x"));
        jws.sign(new RSASSASigner(jwk));

        assertThat(jwk.getKeyID()).isEqualTo(stored.kid());
        assertThat(jws.verify(new RSASSAVerifier(jwk.toPublicJWK()))).isTrue();
        assertThat(jwk.toPublicJWK().isPrivate()).isFalse();
    }

    @Test
    void thePrivateKeyIsStoredOnlySealedForItsKid() throws JOSEException {
        SigningKey stored = SigningKey.generate(1, now, keyEncryption);
        String privateKey = Base64.getEncoder().encodeToString(stored.toJwk(keyEncryption).toPrivateKey().getEncoded());
        SigningKey movedUnderAnotherKid = new SigningKey("another-kid", 1, stored.algorithm(), stored.publicKey(),
                stored.sealedPrivateKey(), now, SigningKey.Status.ACTIVE, null);

        assertThat(stored.sealedPrivateKey()).isNotBlank().doesNotContain(privateKey.substring(40, 80));
        assertThatThrownBy(() -> movedUnderAnotherKid.toJwk(keyEncryption))
                .hasMessageContaining("another-kid").hasMessageContaining("does not open");
        assertThatThrownBy(() -> stored.toJwk(new KeyEncryptionKeys(TestKeysets.newKeyset())))
                .hasMessageContaining("does not open");
    }

    @Test
    void aKeyIsPublishedUntilItsRetirementOrWhileItHasNone() {
        SigningKey current = SigningKey.generate(2, now, keyEncryption);
        SigningKey replaced = new SigningKey("old", 1, "RS256", "", "", now, SigningKey.Status.ACTIVE,
                now.plus(Duration.ofMinutes(35)));
        SigningKey retired = new SigningKey("gone", 0, "RS256", "", "", now, SigningKey.Status.RETIRED, null);

        assertThat(current.publishedAt(now.plus(Duration.ofDays(400)))).isTrue();
        assertThat(replaced.publishedAt(now.plus(Duration.ofMinutes(34)))).isTrue();
        assertThat(replaced.publishedAt(now.plus(Duration.ofMinutes(35)))).isFalse();
        assertThat(retired.publishedAt(now)).isFalse();
    }
}
