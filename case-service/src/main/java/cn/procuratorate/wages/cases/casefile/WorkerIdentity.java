package cn.procuratorate.wages.cases.casefile;

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
 * Workers' resident ID numbers and phones: sealed on the way in, opened and masked (or not) on the way out, turned
 * into look-up hashes. The only place of case-service that handles their plain values.
 */
@Component
public class WorkerIdentity {

    /** Associated data of the ciphertexts: a value sealed for this field does not open anywhere else. */
    static final String RESIDENT_ID_CONTEXT = "cases.workers.residentId";
    static final String PHONE_CONTEXT = "cases.workers.phone";

    private final PersonalDataProtector protector;

    WorkerIdentity(PersonalDataProtector protector) {
        this.protector = protector;
    }

    public Sealed seal(ResidentIdNumber residentId) {
        return residentId == null ? null : protector.seal(RESIDENT_ID_CONTEXT, residentId.value());
    }

    public Sealed seal(PhoneNumber phone) {
        return phone == null ? null : protector.seal(PHONE_CONTEXT, phone.value());
    }

    /** Every hash the number may be stored under (more than one while the hash key is being rotated). */
    public List<String> lookupHashes(ResidentIdNumber residentId) {
        return protector.lookupHashes(residentId.value());
    }

    PersonalText residentId(Sealed sealed, Disclosure disclosure) {
        return sealed == null ? null
                : PersonalDataMasking.residentId(protector.open(RESIDENT_ID_CONTEXT, sealed), disclosure);
    }

    PersonalText phone(Sealed sealed, Disclosure disclosure) {
        return sealed == null ? null : PersonalDataMasking.phone(protector.open(PHONE_CONTEXT, sealed), disclosure);
    }
}
