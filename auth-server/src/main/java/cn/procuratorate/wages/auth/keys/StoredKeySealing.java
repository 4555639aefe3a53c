package cn.procuratorate.wages.auth.keys;

import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps every stored private key sealed under the primary key-encryption key: seals the keys that versions before
 * sealing stored in plain form (so an existing database keeps its keys, and their tokens keep verifying), and re-seals
 * keys sealed under an older key-encryption key, so that key can then leave the keyset. Each rewrite is conditional
 * on the document being unchanged, so instances starting together do it once.
 */
@Component
class StoredKeySealing {

    private static final Logger log = LoggerFactory.getLogger(StoredKeySealing.class);

    private final SigningKeyStore store;
    private final KeyEncryptionKeys keyEncryption;

    StoredKeySealing(SigningKeyStore store, KeyEncryptionKeys keyEncryption) {
        this.store = store;
        this.keyEncryption = keyEncryption;
    }

    void sealPlainKeys() {
        int sealed = 0;
        for (SigningKeyStore.PlainKey key : store.storedInPlain()) {
            byte[] privateKey = Base64.getDecoder().decode(key.privateKey());
            if (store.replacePlain(key.kid(), keyEncryption.seal(key.kid(), privateKey))) {
                sealed++;
            }
        }
        if (sealed > 0) {
            log.warn("Sealed {} signing key(s) that an earlier version stored unencrypted; their plain form may still "
                    + "be in database backups: rotate the signing key (see README)", sealed);
        }
    }

    void resealUnderPrimary() {
        int resealed = 0;
        for (SigningKey key : store.sealedKeys()) {
            if (!keyEncryption.sealedUnderPrimary(key.sealedPrivateKey()) && reseal(key)) {
                resealed++;
            }
        }
        if (resealed > 0) {
            log.info("Re-sealed {} signing key(s) under key-encryption key {}", resealed,
                    keyEncryption.primaryKeyId());
        }
    }

    /** A key that no longer opens is skipped, not fatal: a retired one is never needed again. */
    private boolean reseal(SigningKey key) {
        byte[] privateKey;
        try {
            privateKey = keyEncryption.open(key.kid(), key.sealedPrivateKey());
        } catch (IllegalStateException e) {
            log.warn("Cannot re-seal signing key {} ({}): {}", key.kid(), key.status(), e.getMessage());
            return false;
        }
        return store.replaceSealed(key, keyEncryption.seal(key.kid(), privateKey));
    }
}
