package cn.procuratorate.wages.auth.keys;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** Persistence of signing keys; each change is one document or one multi-update, no transaction needed. */
@Repository
class SigningKeyStore {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "generation");
    private static final String SEALED_PRIVATE_KEY = "sealedPrivateKey";
    /** Where versions before sealing kept the private key, PKCS#8 DER in Base64. */
    private static final String PLAIN_PRIVATE_KEY = "privateKey";

    private final MongoTemplate mongo;

    SigningKeyStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void createIndexes() {
        mongo.indexOps(SigningKey.class).createIndex(
                new Index().on("generation", Sort.Direction.ASC).unique().named("generation_unique"));
    }

    /** Keys that may still be published, newest first (the caller checks {@code retireAt} against its clock). */
    List<SigningKey> active() {
        return mongo.find(Query.query(Criteria.where("status").is(SigningKey.Status.ACTIVE)).with(NEWEST_FIRST),
                SigningKey.class);
    }

    Optional<SigningKey> newest() {
        return Optional.ofNullable(mongo.findOne(new Query().with(NEWEST_FIRST).limit(1), SigningKey.class));
    }

    /** False when another instance added a key of the same generation first. */
    boolean insert(SigningKey key) {
        try {
            mongo.insert(key);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Older keys stay published until {@code retireAt}, so the tokens they signed keep verifying until they expire. */
    void scheduleRetirement(long olderThanGeneration, Instant retireAt) {
        mongo.updateMulti(Query.query(Criteria.where("generation").lt(olderThanGeneration)
                        .and("status").is(SigningKey.Status.ACTIVE).and("retireAt").is(null)),
                Update.update("retireAt", retireAt), SigningKey.class);
    }

    void markRetired(Instant now) {
        mongo.updateMulti(Query.query(Criteria.where("status").is(SigningKey.Status.ACTIVE).and("retireAt").lte(now)),
                Update.update("status", SigningKey.Status.RETIRED), SigningKey.class);
    }

    /** Keys that a version before sealing stored with their private key in plain form. */
    List<PlainKey> storedInPlain() {
        return mongo.find(Query.query(Criteria.where(PLAIN_PRIVATE_KEY).exists(true)), Document.class,
                        SigningKey.COLLECTION).stream()
                .map(key -> new PlainKey(key.getString("_id"), key.getString(PLAIN_PRIVATE_KEY)))
                .toList();
    }

    /** Replaces the plain private key by the sealed one; false when another instance did so first. */
    boolean replacePlain(String kid, String sealedPrivateKey) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(kid).and(PLAIN_PRIVATE_KEY).exists(true)),
                new Update().set(SEALED_PRIVATE_KEY, sealedPrivateKey).unset(PLAIN_PRIVATE_KEY),
                SigningKey.class).getModifiedCount() == 1;
    }

    List<SigningKey> sealedKeys() {
        return mongo.find(Query.query(Criteria.where(SEALED_PRIVATE_KEY).exists(true)), SigningKey.class);
    }

    /** Stores the key re-sealed, unless its sealed form changed meanwhile (another instance re-sealed it). */
    boolean replaceSealed(SigningKey key, String resealedPrivateKey) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(key.kid())
                                .and(SEALED_PRIVATE_KEY).is(key.sealedPrivateKey())),
                Update.update(SEALED_PRIVATE_KEY, resealedPrivateKey), SigningKey.class).getModifiedCount() == 1;
    }

    record PlainKey(String kid, String privateKey) {
    }
}
