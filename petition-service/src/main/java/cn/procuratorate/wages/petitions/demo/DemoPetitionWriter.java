package cn.procuratorate.wages.petitions.demo;

import cn.procuratorate.wages.common.privacy.Sealed;
import cn.procuratorate.wages.common.security.Caller;
import cn.procuratorate.wages.petitions.demo.PlannedPetition.Assignment;
import cn.procuratorate.wages.petitions.demo.PlannedPetition.Handled;
import cn.procuratorate.wages.petitions.demo.PlannedPetition.Reply;
import cn.procuratorate.wages.petitions.demo.PlannedPetition.Step;
import cn.procuratorate.wages.petitions.petition.Channel;
import cn.procuratorate.wages.petitions.petition.Handling;
import cn.procuratorate.wages.petitions.petition.Petition;
import cn.procuratorate.wages.petitions.petition.PetitionIntake;
import cn.procuratorate.wages.petitions.petition.PetitionerIdentity;
import cn.procuratorate.wages.petitions.petition.Petitions;
import cn.procuratorate.wages.petitions.petition.WageClaim;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays the planned petitions through the application services, every receipt and step at its own moment and
 * all of them in the order they happened: sealing of personal data, due dates, priority, proposed duplicates, group
 * links, the workflow's checks and the timeline apply exactly as to petitions entered by hand.
 */
final class DemoPetitionWriter {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PetitionIntake intake;
    private final Petitions petitions;
    private final PetitionerIdentity identity;

    DemoPetitionWriter(PetitionIntake intake, Petitions petitions, PetitionerIdentity identity) {
        this.intake = intake;
        this.petitions = petitions;
        this.identity = identity;
    }

    /** The petitions as they are stored after their last step, in the order of the plans. */
    List<Petition> write(List<PlannedPetition> plans) {
        record Event(Instant at, PlannedPetition plan, Step step) {
        }
        List<Event> events = new ArrayList<>();
        for (PlannedPetition plan : plans) {
            events.add(new Event(plan.receivedAt(), plan, null));
            plan.steps().forEach(step -> events.add(new Event(step.at(), plan, step)));
        }
        // Stable: at the same moment, receipts and steps keep the plans' order.
        events.sort(Comparator.comparing(Event::at));
        Map<PlannedPetition, Petition> written = new IdentityHashMap<>();
        for (Event event : events) {
            written.put(event.plan(), event.step() == null ? receive(event.plan())
                    : apply(written.get(event.plan()), event.step(), written));
        }
        return plans.stream().map(written::get).toList();
    }

    private Petition receive(PlannedPetition plan) {
        Sealed residentId = plan.residentIdGiven() ? identity.seal(plan.petitioner().residentId()) : null;
        Sealed phone = plan.phoneGiven() ? identity.seal(plan.petitioner().phone()) : null;
        WageClaim claim = new WageClaim(plan.employer().name(), plan.amountOwedFen(), plan.monthsOwed(),
                plan.workersAffected());
        PetitionIntake then = intake.at(Clock.fixed(plan.receivedAt(), Petitions.CHINA));
        if (plan.channel() == Channel.ONLINE) {
            // As the public desk takes it, but on its day. No query code was issued for it: a random value stands
            // where the code's hash would be, which no code opens (and nothing about it is kept or logged).
            Petition online = Petition.receivedOnline(plan.unit(), plan.regionCode(), plan.petitioner().name(),
                    residentId, phone, claim, plan.summary(), plan.receivedAt(), unissuedQueryCodeHash(), null, null);
            return then.register(online, Petition.Particulars.NONE, claim, plan.urgencySigns(),
                    DemoActor.PUBLIC.caller());
        }
        Petition registered = new Petition(plan.channel(), plan.unit(), plan.petitioner().name(), residentId, phone,
                plan.summary(), plan.regionCode(), null, plan.receivedAt());
        return then.register(registered, new Petition.Particulars(plan.employer().creditCode(),
                plan.employer().project(), plan.employer().trade().industryCode(), plan.request(), plan.group(),
                List.of()), claim, plan.urgencySigns(), DemoActor.clerkOf(plan.unit()).caller());
    }

    private Petition apply(Petition petition, Step step, Map<PlannedPetition, Petition> written) {
        Petitions then = petitions.at(Clock.fixed(step.at(), Petitions.CHINA));
        LocalDate day = LocalDate.ofInstant(step.at(), Petitions.CHINA);
        long version = petition.version();
        Caller caller = step.actor().caller();
        if (step instanceof Assignment assignment) {
            return then.assign(petition.id(), version, assignment.clerk(), caller);
        }
        if (step instanceof Reply reply) {
            return then.reply(petition.id(), version, reply.kind(), reply.text(), reply.channel(), day, caller);
        }
        if (step instanceof Handled handled) {
            String mergedInto = handled.mergeInto() == null ? null : written.get(handled.mergeInto()).id();
            return then.handle(petition.id(), version, new Handling(handled.outcome(), handled.agency(), mergedInto,
                    handled.note(), day, caller.subject()), caller);
        }
        return then.close(petition.id(), version, caller);
    }

    private static String unissuedQueryCodeHash() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
