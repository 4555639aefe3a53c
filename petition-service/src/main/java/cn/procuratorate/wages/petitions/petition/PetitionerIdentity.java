package cn.procuratorate.wages.petitions.petition;

import cn.procuratorate.wages.common.privacy.PersonalDataMasking;
import cn.procuratorate.wages.common.privacy.PersonalDataMasking.Disclosure;
import cn.procuratorate.wages.common.privacy.PersonalDataProtector;
import cn.procuratorate.wages.common.privacy.PersonalText;
import cn.procuratorate.wages.common.privacy.PhoneNumber;
import cn.procuratorate.wages.common.privacy.ResidentIdNumber;
import cn.procuratorate.wages.common.privacy.Sealed;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The petitioner's resident ID number and phone: sealed on the way in, opened and masked (or not, as the masking
 * policy decided) on the way out, and turned into look-up hashes. The only place of petition-service that handles
 * their plain values.
 */
@Component
public class PetitionerIdentity {

    private final PersonalDataProtector protector;

    PetitionerIdentity(PersonalDataProtector protector) {
        this.protector = protector;
    }

    public Sealed seal(ResidentIdNumber residentId) {
        return residentId == null ? null : protector.seal(Petition.RESIDENT_ID_CONTEXT, residentId.value());
    }

    public Sealed seal(PhoneNumber phone) {
        return phone == null ? null : protector.seal(Petition.PHONE_CONTEXT, phone.value());
    }

    /**
     * Whether the petitioner's phone ends with {@code lastDigits}: the second factor of the public look-up. The phone
     * is opened here rather than a hash of its last digits stored, because a hash of 10,000 possible values adds
     * nothing the ciphertext does not already protect, and one field fewer cannot drift out of step with the phone.
     */
    public boolean phoneEndsWith(Petition petition, String lastDigits) {
        Sealed phone = petition.petitionerPhone();
        if (phone == null || lastDigits == null) {
            return false;
        }
        String plain = protector.open(Petition.PHONE_CONTEXT, phone);
        if (plain.length() < lastDigits.length()) {
            return false;
        }
        String tail = plain.substring(plain.length() - lastDigits.length());
        // Constant time, so a response time does not tell how many digits matched.
        return java.security.MessageDigest.isEqual(tail.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                lastDigits.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** A keyed hash of a whole submission's text, which contains personal data, to compare it with a later one. */
    public String fingerprint(String submission) {
        return protector.lookupHash(submission);
    }

    /** Whether {@code fingerprint} was made of this submission's text, under any hash key still in use. */
    public boolean matchesFingerprint(String fingerprint, String submission) {
        return fingerprint != null && protector.lookupHashes(submission).contains(fingerprint);
    }

    /** Every hash the number may be stored under (more than one while the hash key is being rotated). */
    List<String> lookupHashes(ResidentIdNumber residentId) {
        return protector.lookupHashes(residentId.value());
    }

    /** The petitioner's ID number and phone as a response shows them. */
    Shown show(Petition petition, Disclosure disclosure) {
        Sealed residentId = petition.petitionerResidentId();
        Sealed phone = petition.petitionerPhone();
        PersonalText shownId = residentId == null ? null
                : PersonalDataMasking.residentId(protector.open(Petition.RESIDENT_ID_CONTEXT, residentId), disclosure);
        PersonalText shownPhone = phone == null ? null
                : PersonalDataMasking.phone(protector.open(Petition.PHONE_CONTEXT, phone), disclosure);
        return new Shown(shownId, shownPhone, disclosure);
    }

    /**
     * The petitioner's ID number and phone in full, for the case a petition is routed into: the worker of that case
     * must be identified. Each prints itself masked, so a debug line of the outgoing request cannot show them.
     */
    public Shown forCase(Petition petition) {
        return show(petition, Disclosure.FULL);
    }

    /** {@code null} fields: the petitioner gave none. */
    public record Shown(PersonalText residentId, PersonalText phone, Disclosure disclosure) {
    }
}
