package cn.procuratorate.wages.common.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.mac.PredefinedMacParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keysets are generated here: the tests need no fixed key. */
class PersonalDataProtectorTest {

    private static final String ID = "11010519491231002X";
    private static final String CONTEXT = "petition.petitionerResidentId";

    @BeforeAll
    static void tink() throws GeneralSecurityException {
        AeadConfig.register();
        PrfConfig.register();
    }

    @Test
    void sealsRandomisedCiphertextWithADeterministicHashAndOpensIt() throws Exception {
        PersonalDataProtector protector = new PersonalDataProtector(aead(), prf());
        Sealed first = protector.seal(CONTEXT, ID);
        Sealed second = protector.seal(CONTEXT, ID);

        assertThat(first.ciphertext()).isNotEqualTo(second.ciphertext());
        assertThat(first.hash()).isEqualTo(second.hash()).isEqualTo(protector.lookupHash(ID));
        assertThat(first.ciphertext() + first.hash()).doesNotContain("11010519491231002", "110105", "002X");
        assertThat(protector.open(CONTEXT, first)).isEqualTo(ID);
        assertThat(protector.lookupHash("13812345678")).isNotEqualTo(first.hash());
    }

    @Test
    void aCiphertextOpensOnlyInItsOwnContextAndUnaltered() throws Exception {
        PersonalDataProtector protector = new PersonalDataProtector(aead(), prf());
        Sealed sealed = protector.seal(CONTEXT, ID);

        assertThatThrownBy(() -> protector.open("petition.petitionerPhone", sealed))
                .isInstanceOf(PersonalDataException.class)
                .hasMessage("Cannot open a value of petition.petitionerPhone");
        byte[] altered = Base64.getDecoder().decode(sealed.ciphertext());
        altered[altered.length - 1] ^= 1;
        assertThatThrownBy(() -> protector.open(CONTEXT,
                new Sealed(Base64.getEncoder().encodeToString(altered), sealed.hash())))
                .isInstanceOf(PersonalDataException.class);
    }

    @Test
    void anotherKeyNeitherOpensNorFindsTheValue() throws Exception {
        PersonalDataProtector ours = new PersonalDataProtector(aead(), prf());
        PersonalDataProtector theirs = new PersonalDataProtector(aead(), prf());
        Sealed sealed = ours.seal(CONTEXT, ID);
        assertThatThrownBy(() -> theirs.open(CONTEXT, sealed)).isInstanceOf(PersonalDataException.class);
        assertThat(theirs.lookupHashes(ID)).doesNotContain(sealed.hash());
    }

    @Test
    void afterARotationOldValuesStillOpenAndAreFoundNewOnesUseTheNewKeys() throws Exception {
        KeysetHandle aead = aead();
        KeysetHandle prf = prf();
        PersonalDataProtector before = new PersonalDataProtector(aead, prf);
        Sealed old = before.seal(CONTEXT, ID);
        assertThat(before.needsResealing(old)).isFalse();

        // Rotation: a new primary is added to each keyset, the old keys stay for decryption and look-up.
        PersonalDataProtector after = new PersonalDataProtector(withNewPrimary(aead, PredefinedAeadParameters.AES256_GCM),
                withNewPrimary(prf, PredefinedPrfParameters.HMAC_SHA256_PRF));
        assertThat(after.open(CONTEXT, old)).isEqualTo(ID);
        assertThat(after.lookupHash(ID)).isNotEqualTo(old.hash());
        assertThat(after.lookupHashes(ID)).hasSize(2).startsWith(after.lookupHash(ID)).contains(old.hash());
        assertThat(after.needsResealing(old)).isTrue();

        Sealed resealed = after.seal(CONTEXT, after.open(CONTEXT, old));
        assertThat(after.needsResealing(resealed)).isFalse();
        assertThat(keyIdOf(resealed)).isNotEqualTo(keyIdOf(old));
        // An instance still on the old keyset cannot open what the new primary sealed: a new key is rolled out to
        // every instance before it is made primary (README.md).
        assertThatThrownBy(() -> before.open(CONTEXT, resealed)).isInstanceOf(PersonalDataException.class);
    }

    @Test
    void refusesKeysetsThatCannotDoTheirJob() throws Exception {
        KeysetHandle tinkPrefix = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        KeysetHandle rawPrefix = KeysetHandle.newBuilder().addEntry(KeysetHandle.generateEntryFromParametersName(
                "AES256_GCM_RAW").withRandomId().makePrimary()).build();
        assertThat(new PersonalDataProtector(tinkPrefix, prf())).isNotNull();
        assertThatThrownBy(() -> new PersonalDataProtector(rawPrefix, prf()))
                .isInstanceOf(PrivacyConfigurationException.class).hasMessageContaining("output prefix TINK");
        assertThatThrownBy(() -> new PersonalDataProtector(prf(), prf()))
                .isInstanceOf(PrivacyConfigurationException.class).hasMessageContaining("AEAD keyset");
        assertThatThrownBy(() -> new PersonalDataProtector(aead(),
                KeysetHandle.generateNew(PredefinedMacParameters.HMAC_SHA256_256BITTAG)))
                .isInstanceOf(PrivacyConfigurationException.class).hasMessageContaining("PRF keyset");
    }

    static KeysetHandle aead() throws GeneralSecurityException {
        return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
    }

    static KeysetHandle prf() throws GeneralSecurityException {
        return KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF);
    }

    private static KeysetHandle withNewPrimary(KeysetHandle keyset, Parameters parameters) throws GeneralSecurityException {
        KeysetHandle.Builder builder = KeysetHandle.newBuilder(keyset);
        builder.addEntry(KeysetHandle.generateEntryFromParameters(parameters).withRandomId().makePrimary()
                .setStatus(KeyStatus.ENABLED));
        return builder.build();
    }

    private static String keyIdOf(Sealed sealed) {
        byte[] ciphertext = Base64.getDecoder().decode(sealed.ciphertext());
        return HexFormat.of().formatHex(ciphertext, 1, 5);
    }
}
