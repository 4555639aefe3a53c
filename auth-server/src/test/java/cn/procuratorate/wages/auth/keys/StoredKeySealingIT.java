package cn.procuratorate.wages.auth.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.wages.auth.support.IssuerIT;
import cn.procuratorate.wages.auth.tokens.TokenProperties;
import com.google.crypto.tink.KeysetHandle;
import com.mongodb.client.MongoClient;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Sealing of the stored private keys, each test in a database of its own (the issuer's keys stay untouched): keys
 * an earlier version stored in plain form, and a rotation of the key-encryption key.
 */
class StoredKeySealingIT extends IssuerIT {

    @Autowired
    MongoClient client;
    @Autowired
    TokenProperties tokens;

    private MongoTemplate mongo;
    private SigningKeyStore store;

    @BeforeEach
    void ownDatabase() {
        mongo = new MongoTemplate(client, "sealing-" + UUID.randomUUID().toString().substring(0, 8));
        store = new SigningKeyStore(mongo);
    }

    @AfterEach
    void dropIt() {
        mongo.getDb().drop();
    }

    @Test
    void aKeyAnEarlierVersionStoredInPlainIsSealedAtStartUpAndStillSigns() {
        RSAKey earlier = insertPlainKey("earlier-kid");
        String plainPrivateKey = storedKey("earlier-kid").getString("privateKey");
        SigningKeys keys = instance(new KeyEncryptionKeys(TestKeysets.newKeyset()));

        keys.housekeeping();

        Document stored = storedKey("earlier-kid");
        assertThat(stored).doesNotContainKey("privateKey").containsKey("sealedPrivateKey");
        assertThat(stored.toJson()).doesNotContain(plainPrivateKey);
        assertThat(keys.currentKeyId()).isEqualTo("earlier-kid");
        assertThat(keys.published()).containsExactly(earlier);
    }

    @Test
    void aKeyStoredInPlainIsSealedOnFirstUseWhenStartUpCouldNot() {
        RSAKey earlier = insertPlainKey("earlier-kid");
        SigningKeys keys = instance(new KeyEncryptionKeys(TestKeysets.newKeyset()));

        assertThat(keys.published()).containsExactly(earlier);
        assertThat(storedKey("earlier-kid")).doesNotContainKey("privateKey").containsKey("sealedPrivateKey");
    }

    @Test
    void afterANewPrimaryKeyEncryptionKeyStartUpReSealsTheKeysUnderIt() {
        KeysetHandle before = TestKeysets.newKeyset();
        KeyEncryptionKeys old = new KeyEncryptionKeys(before);
        SigningKeys running = instance(old);
        JWK key = running.published().get(0);
        KeyEncryptionKeys rotated = new KeyEncryptionKeys(TestKeysets.withNewPrimary(before));
        SigningKeys restarted = instance(rotated);

        restarted.housekeeping();

        String sealed = storedKey(key.getKeyID()).getString("sealedPrivateKey");
        assertThat(rotated.sealedUnderPrimary(sealed)).isTrue();
        assertThat(restarted.published()).containsExactly(key);
        // Nothing is sealed under the old key-encryption key any more: it may leave the keyset.
        assertThatThrownBy(() -> old.open(key.getKeyID(), sealed)).isInstanceOf(IllegalStateException.class);
    }

    private SigningKeys instance(KeyEncryptionKeys keyEncryption) {
        return new SigningKeys(store, keyEncryption, new StoredKeySealing(store, keyEncryption), Clock.systemUTC(),
                tokens);
    }

    /** A key as versions before sealing stored it: PKCS#8 in Base64 in {@code privateKey}. */
    private RSAKey insertPlainKey(String kid) {
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            pair = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        Base64.Encoder base64 = Base64.getEncoder();
        mongo.insert(new Document("_id", kid).append("generation", 1L).append("algorithm", "RS256")
                .append("publicKey", base64.encodeToString(pair.getPublic().getEncoded()))
                .append("privateKey", base64.encodeToString(pair.getPrivate().getEncoded()))
                .append("createdAt", new Date()).append("status", "ACTIVE"), SigningKey.COLLECTION);
        return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build();
    }

    private Document storedKey(String kid) {
        return mongo.findOne(Query.query(Criteria.where("_id").is(kid)), Document.class, SigningKey.COLLECTION);
    }
}
