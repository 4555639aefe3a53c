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
class PetitionerIdentity {

    private final PersonalDataProtector protector;

    PetitionerIdentity(PersonalDataProtector protector) {
        this.protector = protector;
    }

    Sealed seal(ResidentIdNumber residentId) {
        return residentId == null ? null : protector.seal(Petition.RESIDENT_ID_CONTEXT, residentId.value());
    }

    Sealed seal(PhoneNumber phone) {
        return phone == null ? null : protector.seal(Petition.PHONE_CONTEXT, phone.value());
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

    record Shown(PersonalText residentId, PersonalText phone, Disclosure disclosure) {
    }
}
