package cn.procuratorate.wages.outreach.exchange.clue;

import cn.procuratorate.wages.outreach.clients.PetitionReferralClient.Employer;
import cn.procuratorate.wages.outreach.clients.PetitionReferralClient.Referral;
import cn.procuratorate.wages.outreach.clients.PetitionReferralClient.Worker;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/** The referral petition-service is asked for, built from a stored clue. */
@Component
class ReferralRequests {

    private final WorkerIdentity identity;

    ReferralRequests(WorkerIdentity identity) {
        this.identity = identity;
    }

    /** The worker's ID number and phone are opened from their sealed form for this request only. */
    Referral forClue(Clue clue) {
        Clue.Arrears arrears = clue.arrears();
        return new Referral(clue.agency(), clue.sector().name(), clue.clueId(),
                new Worker(clue.worker().name(), identity.residentIdOf(clue), identity.phoneOf(clue)),
                new Employer(clue.employer().name(), clue.employer().creditCode(), clue.employer().address()),
                clue.projectName(), clue.regionCode(), clue.industryCode(), arrears.fromMonth(), arrears.toMonth(),
                BigDecimal.valueOf(arrears.amountOwedFen(), 2).toPlainString(), arrears.workersAffected(),
                clue.workDescription(), clue.receivedAt());
    }
}
