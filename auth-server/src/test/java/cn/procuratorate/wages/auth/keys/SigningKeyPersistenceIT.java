package cn.procuratorate.wages.auth.keys;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.auth.support.AnotherInstance;
import cn.procuratorate.wages.auth.support.Issuer;
import cn.procuratorate.wages.auth.support.IssuerIT;
import com.nimbusds.jose.jwk.JWK;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Keys live in the database: a restarted (or second) instance signs with and publishes the same key, and a rotation
 * keeps the old key published. Ordered: the restart checks that the key did not change, the rotation then changes it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SigningKeyPersistenceIT extends IssuerIT {

    @Autowired
    Environment environment;
    @Autowired
    SigningKeys signingKeys;
    @Autowired
    MongoTemplate mongo;

    @Test
    @Order(1)
    void tokensIssuedBeforeARestartStillVerifyAndTheKeyStaysTheSame() {
        String before = issuer().clientCredentialsToken("dev-clerk1", "dev-secret");

        try (AnotherInstance restarted = AnotherInstance.startLike(environment)) {
            Issuer after = restarted.issuer();

            assertThat(after.verify(before).getSubject()).isEqualTo("clerk1");
            assertThat(Issuer.keyId(after.clientCredentialsToken("dev-clerk1", "dev-secret")))
                    .isEqualTo(Issuer.keyId(before));
        }
    }

    @Test
    @Order(2)
    void aRotationSignsWithANewKeyAndKeepsTheOldOnePublishedUntilItsTokensExpire() {
        String before = issuer().clientCredentialsToken("hrss-agency", "dev-secret");
        String oldKid = Issuer.keyId(before);

        try (AnotherInstance rotated = AnotherInstance.startLike(environment,
                "--auth.signing.rotate=true", "--auth.signing.min-rotation-interval=0s")) {
            Issuer other = rotated.issuer();
            String newKid = Issuer.keyId(other.clientCredentialsToken("hrss-agency", "dev-secret"));

            assertThat(newKid).isNotEqualTo(oldKid);
            assertThat(other.jwks().getKeys()).extracting(JWK::getKeyID).contains(oldKid, newKid);
            assertThat(other.verify(before).getSubject()).isEqualTo("hrss-agency");
            // The instance that was already running follows the database: same new key, same JWK set.
            assertThat(Issuer.keyId(issuer().clientCredentialsToken("hrss-agency", "dev-secret"))).isEqualTo(newKid);
            assertThat(issuer().jwks().getKeys()).extracting(JWK::getKeyID).contains(oldKid, newKid);
        }
        Instant retireAt = mongo.findById(oldKid, SigningKey.class).retireAt();
        // 30 minutes of token lifetime and 5 of clock skew from the rotation.
        assertThat(retireAt).isBetween(Instant.now().plus(Duration.ofMinutes(34)),
                Instant.now().plus(Duration.ofMinutes(36)));
    }

    @Test
    @Order(3)
    void aSecondRotationWithinTheMinimumIntervalDoesNothing() {
        String current = signingKeys.currentKeyId();

        assertThat(signingKeys.rotate(Duration.ofHours(1))).isEmpty();
        assertThat(signingKeys.currentKeyId()).isEqualTo(current);
        assertThat(mongo.count(Query.query(Criteria.where("retireAt").is(null)), SigningKey.class)).isEqualTo(1);
    }
}
