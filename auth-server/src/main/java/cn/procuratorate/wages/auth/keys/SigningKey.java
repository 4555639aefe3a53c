package cn.procuratorate.wages.auth.keys;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An RSA signing key as stored: the public key as X.509 DER in Base64, the private key (PKCS#8 DER) only sealed by the
 * {@link KeyEncryptionKeys} for its kid. {@code generation} orders the keys and is unique, so two instances cannot
 * both add "the next" key. A key is published while it is ACTIVE and its {@code retireAt} (set when a newer key
 * replaces it) has not passed. {@code sealedPrivateKey} is null only in a document of a version before sealing,
 * until {@link StoredKeySealing} seals it.
 */
@Document(SigningKey.COLLECTION)
record SigningKey(@Id String kid, long generation, String algorithm, String publicKey, String sealedPrivateKey,
        Instant createdAt, Status status, Instant retireAt) {

    static final String COLLECTION = "signing_keys";

    enum Status { ACTIVE, RETIRED }

    static SigningKey generate(long generation, Instant now, KeyEncryptionKeys keyEncryption) {
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            pair = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate an RSA key", e);
        }
        String kid = UUID.randomUUID().toString();
        return new SigningKey(kid, generation, JWSAlgorithm.RS256.getName(),
                Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()),
                keyEncryption.seal(kid, pair.getPrivate().getEncoded()), now, Status.ACTIVE, null);
    }

    boolean sealed() {
        return sealedPrivateKey != null;
    }

    boolean publishedAt(Instant now) {
        return status == Status.ACTIVE && (retireAt == null || retireAt.isAfter(now));
    }

    /** The key as a JWK, private half included: the JWK set endpoint publishes only the public half. */
    RSAKey toJwk(KeyEncryptionKeys keyEncryption) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPublicKey publicHalf = (RSAPublicKey) rsa.generatePublic(
                    new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
            RSAPrivateKey privateHalf = (RSAPrivateKey) rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(keyEncryption.open(kid, sealedPrivateKey)));
            return new RSAKey.Builder(publicHalf).privateKey(privateHalf)
                    .keyID(kid)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.parse(algorithm))
                    .build();
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Signing key " + kid + " is unreadable", e);
        }
    }
}
