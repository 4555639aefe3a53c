package cn.procuratorate.wages.petitions.referral;

import cn.procuratorate.wages.common.privacy.PhoneNumber;
import cn.procuratorate.wages.common.privacy.ResidentIdNumber;
import cn.procuratorate.wages.common.security.Caller;
import cn.procuratorate.wages.common.security.UnitScope;
import cn.procuratorate.wages.petitions.petition.Petition;
import cn.procuratorate.wages.petitions.petition.PetitionIntake;
import cn.procuratorate.wages.petitions.petition.PetitionerIdentity;
import cn.procuratorate.wages.petitions.referral.ReferralRequests.NewReferral;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Partner agencies' clues, delivered by outreach-service, become petitions: one per clue, however often delivered. */
@Service
class Referrals {

    private final ReferralStore store;
    private final PetitionIntake intake;
    private final PetitionerIdentity identity;
    private final Clock clock;

    Referrals(ReferralStore store, PetitionIntake intake, PetitionerIdentity identity, Clock clock) {
        this.store = store;
        this.intake = intake;
        this.identity = identity;
        this.clock = clock;
    }

    /** {@code created}: false when the clue had become a petition before (a repeated delivery). */
    record Registration(Petition petition, boolean created) {
    }

    /**
     * Registers the clue through the same intake as every petition (due dates, priority, proposed duplicates,
     * groups), in the procuratorate of the clue's region: as on the public desk, the region code is taken as the
     * unit code.
     */
    Registration register(NewReferral referral, Caller caller) {
        String key = referral.key();
        Optional<Petition> earlier = store.findByReferralKey(key);
        if (earlier.isPresent()) {
            return new Registration(earlier.get(), false);
        }
        String unit = UnitScope.forWrite(caller, referral.regionCode());
        Petition petition = Petition.referred(unit, referral.regionCode(), referral.worker().name().strip(),
                identity.seal(ResidentIdNumber.of(referral.worker().residentId().text(),
                        ResidentIdNumber.today(clock))),
                identity.seal(PhoneNumber.of(referral.worker().phone().text())), referral.summary(),
                receivedAt(referral), key);
        try {
            return new Registration(intake.register(petition, referral.particulars(), referral.wageClaim(), Set.of(),
                    caller), true);
        } catch (DuplicateKeyException e) {
            // The same clue delivered twice at the same moment: the unique index let one in.
            return store.findByReferralKey(key).map(first -> new Registration(first, false)).orElseThrow(() -> e);
        }
    }

    /**
     * When outreach-service received the clue, to the millisecond as MongoDB stores it; never later than now, since
     * another server's clock may run ahead and a refusal would never be retried.
     */
    private Instant receivedAt(NewReferral referral) {
        Instant now = Instant.now(clock);
        Instant received = referral.receivedAt().isAfter(now) ? now : referral.receivedAt();
        return received.truncatedTo(ChronoUnit.MILLIS);
    }
}
