package cn.procuratorate.wages.petitions.petition;

import cn.procuratorate.wages.common.security.Caller;
import cn.procuratorate.wages.petitions.rules.DuplicateProposal;
import cn.procuratorate.wages.petitions.rules.DuplicateRules;
import cn.procuratorate.wages.petitions.rules.EarlierPetition;
import cn.procuratorate.wages.petitions.rules.GroupLinking;
import cn.procuratorate.wages.petitions.rules.GroupLinking.GroupLink;
import cn.procuratorate.wages.petitions.rules.PetitionRef;
import cn.procuratorate.wages.petitions.rules.Priority;
import cn.procuratorate.wages.petitions.rules.PriorityFacts;
import cn.procuratorate.wages.petitions.rules.PriorityReason;
import cn.procuratorate.wages.petitions.rules.PriorityRules;
import cn.procuratorate.wages.petitions.rules.UrgencySign;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Service;

/**
 * A petition's arrival, whatever the channel: its due dates and timeline, its priority, a proposed duplicate and
 * the group of workers it belongs to, then stored. Staff registration and the public desk both come through here.
 */
@Service
public class PetitionIntake {

    /** How far back duplicates and group members are looked for (the rules' windows are within it). */
    private static final int LOOK_BACK_DAYS = 31;

    private final Petitions petitions;
    private final PetitionStore store;
    private final PriorityRules priorityRules;
    private final DuplicateRules duplicateRules;
    private final GroupLinking groupLinking;

    PetitionIntake(Petitions petitions, PetitionStore store, PriorityRules priorityRules,
            DuplicateRules duplicateRules, GroupLinking groupLinking) {
        this.petitions = petitions;
        this.store = store;
        this.priorityRules = priorityRules;
        this.duplicateRules = duplicateRules;
        this.groupLinking = groupLinking;
    }

    public Petition register(Petition petition, Petition.Particulars particulars, WageClaim claim,
            Set<UrgencySign> urgencySigns, Caller caller) {
        petitions.receive(petition, particulars, claim, caller);
        LocalDate receivedOn = LocalDate.ofInstant(petition.receivedAt(), Petitions.CHINA);
        WageClaim wages = petition.wageClaim();
        Priority priority = priorityRules.assess(new PriorityFacts(petition.isGroup(),
                wages == null ? null : wages.workersAffected(), urgencySigns, receivedOn,
                wages == null ? null : wages.amountOwedFen()));
        petition.prioritise(priority.level().name(),
                priority.reasons().stream().map(PriorityReason::code).toList(), priority.sortRank());

        // The id is chosen here, so that the rules can name the new petition beside the earlier ones.
        petition.identify(new ObjectId().toHexString());
        PetitionRef ref = refOf(petition, receivedOn);
        List<EarlierPetition> earlier = store.receivedSince(petition.unit(), receivedOn.minusDays(LOOK_BACK_DAYS))
                .stream().map(p -> new EarlierPetition(refOf(p, LocalDate.ofInstant(p.receivedAt(), Petitions.CHINA)),
                        p.stage() == PetitionStage.CLOSED, mergedInto(p))).toList();
        GroupLink group = groupLinking.link(ref, earlier);
        petition.relate(duplicateRules.propose(ref, earlier).map(DuplicateProposal::duplicateOfId).orElse(null),
                group.isGroup() ? group.groupKey() : null);
        Petition saved = store.insert(petition);
        if (group.isGroup()) {
            store.setGroupKey(group.linkedPetitionIds(), group.groupKey());
        }
        return saved;
    }

    private static PetitionRef refOf(Petition petition, LocalDate receivedOn) {
        WageClaim wages = petition.wageClaim();
        return new PetitionRef(petition.id(),
                petition.petitionerResidentId() == null ? null : petition.petitionerResidentId().hash(),
                petition.employerCreditCode(), wages == null ? null : wages.employerName(), receivedOn);
    }

    private static String mergedInto(Petition petition) {
        Handling handling = petition.handling();
        return handling != null && handling.outcome() == HandlingOutcome.MERGED ? handling.mergedInto() : null;
    }
}
