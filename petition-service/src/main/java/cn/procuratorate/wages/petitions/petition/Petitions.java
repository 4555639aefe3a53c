package cn.procuratorate.wages.petitions.petition;

import cn.procuratorate.wages.common.problem.ApiException;
import cn.procuratorate.wages.common.problem.NotFoundException;
import cn.procuratorate.wages.common.problem.ProblemKind;
import cn.procuratorate.wages.common.security.Caller;
import cn.procuratorate.wages.common.security.Role;
import cn.procuratorate.wages.common.security.UnitScope;
import cn.procuratorate.wages.petitions.petition.PetitionWorkflow.Step;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * What the petition desk does with petitions: reply, handle (route into a case, transfer, answer, merge), close.
 * Every change is checked against the version the clerk saw, allowed by {@link PetitionWorkflow}, recorded in the
 * timeline and written as one version-checked document.
 */
@Service
public class Petitions {

    /** Reply due dates are calendar days of China, whatever the server's zone. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final PetitionStore store;
    private final Clock clock;

    Petitions(PetitionStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A new petition: its reply due dates, and the first entry of its timeline. */
    public Petition receive(Petition petition, Petition.Particulars particulars, WageClaim claim, Caller caller) {
        petition.received(LocalDate.ofInstant(petition.receivedAt(), CHINA), particulars, claim,
                entry(caller, "RECEIVE", "接收" + petition.channel().label()));
        return petition;
    }

    Petition find(String id, Caller caller) {
        return store.find(id, UnitScope.readable(caller)).orElseThrow(() -> new NotFoundException("petition", id));
    }

    Petition reply(String id, long expectedVersion, ReplyKind kind, String text, ReplyChannel channel,
            LocalDate sentOn, Caller caller) {
        Petition petition = changeable(id, expectedVersion, caller);
        if (sentOn.isAfter(today()) || sentOn.isBefore(LocalDate.ofInstant(petition.receivedAt(), CHINA))) {
            throw new ApiException(ProblemKind.VALIDATION, "petition.detail.reply-date");
        }
        Step step = kind == ReplyKind.PROCEDURAL ? Step.PROCEDURAL_REPLY : Step.RESULT_REPLY;
        PetitionStage next = next(step, petition);
        petition.reply(new Reply(kind, text, channel, sentOn, caller.subject()), next,
                entry(caller, step.name(), (kind == ReplyKind.PROCEDURAL ? "程序性答复" : "办理结果答复")
                        + "（" + channel.name() + "）"));
        return store.save(petition);
    }

    /** Transferred, answered or merged; routing into a case goes through {@link #route}. */
    Petition handle(String id, long expectedVersion, Handling handling, Caller caller) {
        Petition petition = changeable(id, expectedVersion, caller);
        if (handling.outcome() == HandlingOutcome.MERGED) {
            Petition into = find(handling.mergedInto(), caller);
            if (into.id().equals(petition.id())) {
                throw new ApiException(ProblemKind.VALIDATION, "petition.detail.merge-into-itself");
            }
        }
        next(Step.HANDLE, petition);
        petition.handle(handling, null, entry(caller, "HANDLE", handling.outcome().label()
                + (handling.agency() == null ? "" : "：" + handling.agency())));
        return store.save(petition);
    }

    /**
     * Routes the petition into a case: accepted and recorded here at once (the outbox in the petition's own
     * document), delivered to case-service by the routing sender, now if it answers, later if it does not.
     */
    Petition route(String id, long expectedVersion, String caseType, String industryCode, String employerKind,
            String employerCreditCode, Caller caller) {
        Petition petition = changeable(id, expectedVersion, caller);
        next(Step.HANDLE, petition);
        Instant now = now();
        petition.handle(new Handling(HandlingOutcome.ROUTED_TO_CASE, null, null, null, today(), caller.subject()),
                Routing.requested(caseType, industryCode, employerKind, employerCreditCode, now, caller.subject()),
                entry(caller, "ROUTE", "转为案件办理（等待案件系统确认）"));
        return store.save(petition);
    }

    Petition close(String id, long expectedVersion, Caller caller) {
        Petition petition = changeable(id, expectedVersion, caller);
        next(Step.CLOSE, petition);
        petition.close(entry(caller, "CLOSE", "办结"));
        return store.save(petition);
    }

    Petition assign(String id, long expectedVersion, String clerk, Caller caller) {
        Petition petition = changeable(id, expectedVersion, caller);
        petition.assign(clerk, entry(caller, "ASSIGN", "指定承办人：" + clerk));
        return store.save(petition);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }

    private static PetitionStage next(Step step, Petition petition) {
        try {
            return PetitionWorkflow.after(step, petition.stage(), petition.proceduralReplySentOn() != null,
                    petition.handling() == null ? null : petition.handling().outcome());
        } catch (PetitionRefused refused) {
            throw new ApiException(ProblemKind.CONFLICT, refused, "petition.detail.refused." + refused.rule())
                    .with("rule", refused.rule());
        }
    }

    private Petition changeable(String id, long expectedVersion, Caller caller) {
        Petition petition = find(id, caller);
        if (petition.version() == null || petition.version() != expectedVersion) {
            throw new ApiException(ProblemKind.CONFLICT, "problem.detail.stale-version")
                    .with("currentVersion", petition.version());
        }
        return petition;
    }

    private TimelineEntry entry(Caller caller, String action, String summary) {
        String role = Stream.of(Role.SUPERVISOR, Role.CLERK, Role.PROCURATOR, Role.SERVICE).filter(caller::hasRole)
                .map(Role::name).findFirst().orElse(caller.roles().isEmpty() ? "PUBLIC" : caller.roles().get(0));
        return new TimelineEntry(now(), caller.subject(), role, action, summary);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
