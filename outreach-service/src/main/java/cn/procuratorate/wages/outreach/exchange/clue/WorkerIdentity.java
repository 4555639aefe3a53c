package cn.procuratorate.wages.outreach.exchange.clue;

import cn.procuratorate.wages.common.privacy.PersonalDataProtector;
import cn.procuratorate.wages.common.privacy.PersonalText;
import cn.procuratorate.wages.common.privacy.PhoneNumber;
import cn.procuratorate.wages.common.privacy.ResidentIdNumber;
import cn.procuratorate.wages.common.privacy.Sealed;
import org.springframework.stereotype.Component;

/**
 * The worker's resident ID number and phone of a clue: sealed on the way in, opened only for the referral that
 * delivers them to petition-service. The only place of the exchange that handles their plain values.
 */
@Component
class WorkerIdentity {

    private final PersonalDataProtector protector;

    WorkerIdentity(PersonalDataProtector protector) {
        this.protector = protector;
    }

    Sealed seal(ResidentIdNumber residentId) {
        return protector.seal(Clue.RESIDENT_ID_CONTEXT, residentId.value());
    }

    Sealed seal(PhoneNumber phone) {
        return protector.seal(Clue.PHONE_CONTEXT, phone.value());
    }

    /** A keyed hash of what a push said, which contains personal data, to compare it with a later push. */
    String fingerprint(String content) {
        return protector.lookupHash(content);
    }

    /** Whether {@code fingerprint} was made of this content, under any hash key still in use. */
    boolean matches(String fingerprint, String content) {
        return protector.lookupHashes(content).contains(fingerprint);
    }

    /** In full for the referral's JSON body; each prints itself masked, so a debug line cannot show it. */
    PersonalText residentIdOf(Clue clue) {
        String number = protector.open(Clue.RESIDENT_ID_CONTEXT, clue.worker().residentId());
        return PersonalText.shown(number, ResidentIdNumber.mask(number));
    }

    PersonalText phoneOf(Clue clue) {
        String phone = protector.open(Clue.PHONE_CONTEXT, clue.worker().phone());
        return PersonalText.shown(phone, PhoneNumber.mask(phone));
    }
}
