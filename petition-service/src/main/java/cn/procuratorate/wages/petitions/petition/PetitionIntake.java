package cn.procuratorate.wages.petitions.petition;

import cn.procuratorate.wages.common.security.Caller;
import org.springframework.stereotype.Service;

/**
 * A petition's arrival, whatever the channel: its due dates and timeline, then stored. Staff registration and the
 * public desk both come through here, so both get the same treatment.
 */
@Service
public class PetitionIntake {

    private final Petitions petitions;
    private final PetitionStore store;

    PetitionIntake(Petitions petitions, PetitionStore store) {
        this.petitions = petitions;
        this.store = store;
    }

    public Petition register(Petition petition, Petition.Particulars particulars, WageClaim claim, Caller caller) {
        return store.insert(petitions.receive(petition, particulars, claim, caller));
    }
}
