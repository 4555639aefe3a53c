package cn.procuratorate.wages.petitions.demo;

import cn.procuratorate.wages.petitions.demo.SyntheticEmployers.Employer;
import cn.procuratorate.wages.petitions.demo.SyntheticPeople.Person;
import cn.procuratorate.wages.petitions.petition.Channel;
import cn.procuratorate.wages.petitions.petition.HandlingOutcome;
import cn.procuratorate.wages.petitions.petition.ReplyChannel;
import cn.procuratorate.wages.petitions.petition.ReplyKind;
import cn.procuratorate.wages.petitions.rules.UrgencySign;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A demo petition as the planner invents it: what was received, when and from whom, and what the desk did with it
 * since, each step at its moment (none after the moment of planning).
 *
 * @param residentIdGiven whether the petitioner gave the ID number (a caller on the hotline often does not)
 * @param workersAffected null when the petitioner did not say (a single worker)
 */
record PlannedPetition(String unit, Channel channel, Instant receivedAt, String regionCode, Person petitioner,
        boolean residentIdGiven, boolean phoneGiven, Employer employer, long amountOwedFen, int monthsOwed,
        Integer workersAffected, boolean group, Set<UrgencySign> urgencySigns, String summary, String request,
        List<Step> steps) {

    /** What the desk did, at a moment, as someone. */
    sealed interface Step permits Assignment, Reply, Handled, Closing {

        Instant at();

        DemoActor actor();
    }

    record Assignment(Instant at, DemoActor actor, String clerk) implements Step {
    }

    record Reply(Instant at, DemoActor actor, ReplyKind kind, String text, ReplyChannel channel) implements Step {
    }

    /** {@code mergeInto}: the earlier petition a duplicate is merged into (outcome MERGED only). */
    record Handled(Instant at, DemoActor actor, HandlingOutcome outcome, String agency, String note,
            PlannedPetition mergeInto) implements Step {
    }

    record Closing(Instant at, DemoActor actor) implements Step {
    }
}
