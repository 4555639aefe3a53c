package cn.procuratorate.wages.auth.keys;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.security.GeneralSecurityException;

/** Key-encryption keysets made for a test, and the step of a key-encryption key rotation. */
final class TestKeysets {

    private TestKeysets() {
    }

    static KeysetHandle newKeyset() {
        try {
            return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code keyset} with a new primary key; its keys stay in it, so what they sealed still opens. */
    static KeysetHandle withNewPrimary(KeysetHandle keyset) {
        try {
            return KeysetHandle.newBuilder(keyset)
                    .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                            .withRandomId().makePrimary())
                    .build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
