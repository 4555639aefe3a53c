package cn.procuratorate.wages.cases.casefile;

import cn.procuratorate.wages.cases.assessment.AssessmentFacts;
import cn.procuratorate.wages.cases.assessment.AssessmentFacts.Milestones;
import cn.procuratorate.wages.cases.assessment.AssessmentFacts.OwedWorker;
import cn.procuratorate.wages.cases.assessment.AssessmentVerdict;
import cn.procuratorate.wages.cases.assessment.ThresholdAssessment;
import cn.procuratorate.wages.cases.recovery.PaymentChannel;
import cn.procuratorate.wages.cases.risk.RiskAssessment;
import cn.procuratorate.wages.cases.workflow.ProsecutionDecision;
import cn.procuratorate.wages.cases.recovery.PaymentRefused;
import cn.procuratorate.wages.cases.recovery.RecoveryLedger;
import cn.procuratorate.wages.cases.workflow.Actor;
import cn.procuratorate.wages.cases.workflow.CaseFacts;
import cn.procuratorate.wages.cases.workflow.CaseType;
import cn.procuratorate.wages.cases.workflow.EntryPoint;
import cn.procuratorate.wages.cases.workflow.Transition;
import cn.procuratorate.wages.cases.workflow.TransitionRefused;
import cn.procuratorate.wages.cases.workflow.WorkflowState;
import cn.procuratorate.wages.cases.workflow.WorkflowStep;
import cn.procuratorate.wages.cases.workflow.Workflows;
import cn.procuratorate.wages.common.privacy.PhoneNumber;
import cn.procuratorate.wages.common.privacy.ResidentIdNumber;
import cn.procuratorate.wages.common.problem.ApiException;
import cn.procuratorate.wages.common.problem.NotFoundException;
import cn.procuratorate.wages.common.problem.ProblemKind;
import cn.procuratorate.wages.common.security.Caller;
import cn.procuratorate.wages.common.security.Role;
import cn.procuratorate.wages.common.security.UnitScope;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * What staff and services do with cases: register, describe, move through the workflow, record payments. Every
 * change is checked against the version the caller saw, applied by the plain rules, recorded in the timeline and
 * written as one version-checked document.
 */
@Service
public class Cases {

    /** Due dates and case-number years are calendar days of China, whatever the server's zone. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final CaseFileStore store;
    private final Workflows workflows;
    private final WorkerIdentity identity;
    private final RiskReview risks;
    private final ThresholdAssessment thresholds;
    private final Clock clock;

    Cases(CaseFileStore store, Workflows workflows, WorkerIdentity identity, RiskReview risks,
            ThresholdAssessment thresholds, Clock clock) {
        this.store = store;
        this.workflows = workflows;
        this.identity = identity;
        this.risks = risks;
        this.thresholds = thresholds;
        this.clock = clock;
    }

    /** A new case; {@code unit} is named only by services, staff register in their own. */
    public record Registration(CaseType type, EntryPoint entry, CaseFacts facts, String title, String regionCode,
            String industryCode, Employer employer, Project project, List<NewWorker> workers, CaseSource source,
            String handlerId, LocalDate receivedOn, String unit) {
    }

    /** A worker as a request gives it; {@code id} names an existing worker of the case on an update. */
    public record NewWorker(String id, String name, ResidentIdNumber residentId, PhoneNumber phone, int monthsOwed,
            BigDecimal amountOwed) {
    }

    /** The descriptive part of a case, which an update replaces. */
    record Description(String title, String regionCode, String industryCode, Employer employer, Project project,
            List<NewWorker> workers) {
    }

    record Registered(CaseFile caseFile, boolean created) {
    }

    /**
     * This service on another clock, to replay a history that happened before today (the dev profile's demo cases):
     * registrations, steps, payments and timeline entries are dated by that clock, and the rules judge them against
     * its "today". Requests always run on the service's own clock.
     */
    public Cases at(Clock replayClock) {
        return new Cases(store, workflows, identity, risks, thresholds, replayClock);
    }

    public CaseFile register(Registration registration, Caller caller) {
        String unit = UnitScope.forWrite(caller, registration.unit());
        LocalDate today = today();
        LocalDate receivedOn = registration.receivedOn() == null ? today : registration.receivedOn();
        if (receivedOn.isAfter(today)) {
            throw new ApiException(ProblemKind.VALIDATION, "case.detail.received-in-future");
        }
        // A procurator registering a case handles it unless they name someone else (捕诉一体 starts here).
        String handler = registration.handlerId() != null ? registration.handlerId()
                : caller.hasRole(Role.PROCURATOR) ? caller.subject() : null;
        EntryPoint entry = registration.entry() == null ? registration.type().defaultEntry() : registration.entry();
        WorkflowState state;
        try {
            state = workflows.start(registration.type(), entry, registration.facts(), handler, receivedOn);
        } catch (TransitionRefused refused) {
            throw Refusals.of(refused);
        }
        List<Worker> workers = sealed(registration.workers(), List.of());
        TimelineEntry registered = entry(caller, "REGISTER",
                "登记" + registration.type().label() + "（" + entry.label() + "）", null);
        CaseFile saved = store.insert(unit, today.getYear(), number -> new CaseFile(number, registration.type(),
                registration.title(), registration.regionCode(), registration.industryCode(), registration.employer(),
                registration.project(), workers, registration.source(), state, registered));
        risks.refresh(saved);
        return saved;
    }

    /**
     * The case of this source (a petition, an agency's clue), created on the first call: a retried or repeated
     * call answers with the same case, even when two arrive at once (the source is a unique key).
     */
    Registered registerOnce(Registration registration, Caller caller) {
        Optional<CaseFile> earlier = store.findBySource(registration.source());
        if (earlier.isPresent()) {
            return new Registered(readableOrConflict(earlier.get(), caller), false);
        }
        try {
            return new Registered(register(registration, caller), true);
        } catch (DuplicateKeyException e) {
            return store.findBySource(registration.source())
                    .map(existing -> new Registered(readableOrConflict(existing, caller), false))
                    .orElseThrow(() -> e);
        }
    }

    CaseFile find(String id, Caller caller) {
        return store.find(id, UnitScope.readable(caller)).orElseThrow(() -> new NotFoundException("case", id));
    }

    CaseFile describe(String id, long expectedVersion, Description description, Caller caller) {
        CaseFile caseFile = changeable(id, expectedVersion, caller);
        RecoveryLedger ledger = caseFile.ledger();
        List<Worker> workers = sealed(description.workers(), caseFile.workers());
        for (Worker kept : caseFile.workers()) {
            BigDecimal recovered = ledger.recovered(kept.id());
            Optional<Worker> now = workers.stream().filter(w -> w.id().equals(kept.id())).findFirst();
            if (now.isEmpty() && recovered.signum() > 0) {
                throw new ApiException(ProblemKind.RULE_VIOLATION, "case.detail.worker-has-payments", kept.id())
                        .with("rule", "case.worker-has-payments");
            }
            if (now.isPresent() && Fen.toYuan(now.get().amountOwedFen()).compareTo(recovered) < 0) {
                throw new ApiException(ProblemKind.RULE_VIOLATION, "case.detail.owed-below-recovered", kept.id(),
                        recovered.toPlainString()).with("rule", "recovery.owed-below-recovered");
            }
        }
        caseFile.describe(description.title(), description.regionCode(), description.industryCode(),
                description.employer(), description.project(), workers);
        caseFile.record(entry(caller, "DESCRIBE", "修改案件信息", null));
        CaseFile saved = store.save(caseFile);
        risks.refresh(saved);
        return saved;
    }

    /** The facts of a wage crime beyond the amounts, which the threshold assessment weighs. */
    CaseFile establish(String id, long expectedVersion, CrimeFacts facts, Caller caller) {
        CaseFile caseFile = changeable(id, expectedVersion, caller);
        requireWageCrime(caseFile);
        requireHandlerOrSupervisor(caseFile, caller);
        caseFile.establish(facts);
        assess(caseFile);
        caseFile.record(entry(caller, "ESTABLISH_CRIME_FACTS", "更新拒不支付劳动报酬罪构成要件事实", null));
        return store.save(caseFile);
    }

    /** Whether the case meets the crime's conditions today, reason by reason (法释〔2013〕3号). */
    AssessmentVerdict assessment(String id, Caller caller) {
        CaseFile caseFile = find(id, caller);
        requireWageCrime(caseFile);
        return assess(caseFile);
    }

    /** The project's real-name roster: claimants missing from it are a sign of false litigation. */
    CaseFile roster(String id, long expectedVersion, List<ResidentIdNumber> residentIds, Caller caller) {
        CaseFile caseFile = changeable(id, expectedVersion, caller);
        caseFile.roster(residentIds.stream().map(number -> identity.lookupHashes(number).get(0)).distinct().toList());
        caseFile.record(entry(caller, "RECORD_ROSTER", "登记项目实名制名册（" + residentIds.size() + " 人）", null));
        CaseFile saved = store.save(caseFile);
        risks.refresh(saved);
        return saved;
    }

    Optional<RiskAssessment> risk(String id, Caller caller) {
        return risks.assess(find(id, caller));
    }

    public CaseFile transition(String id, long expectedVersion, Transition transition, Caller caller) {
        CaseFile caseFile = changeable(id, expectedVersion, caller);
        requireHandlerOrSupervisor(caseFile, caller);
        WorkflowStep step;
        try {
            step = workflows.apply(caseFile.workflow(), transition, actorOf(caller), today());
        } catch (TransitionRefused refused) {
            throw Refusals.of(refused);
        }
        caseFile.moveTo(step.state());
        caseFile.record(entry(caller, step.change().action().name(), step.change().summary(), reasonOf(transition)));
        return store.save(caseFile);
    }

    public CaseFile recordPayment(String id, long expectedVersion, String workerId, BigDecimal amount, LocalDate paidOn,
            PaymentChannel channel, Caller caller) {
        CaseFile caseFile = changeable(id, expectedVersion, caller);
        requireHandlerOrSupervisor(caseFile, caller);
        // The ledger refuses what the rules forbid (more than owed, a future date...) before anything is stored.
        try {
            caseFile.ledger().record(workerId, amount, paidOn, channel, today());
        } catch (PaymentRefused refused) {
            throw Refusals.of(refused);
        }
        caseFile.addPayment(new PaymentEntry(workerId, Fen.of(amount), paidOn, channel, caller.subject(), now()));
        caseFile.record(entry(caller, "RECORD_PAYMENT",
                "登记追回工资 " + amount.toPlainString() + " 元（" + channel.label() + "）", null));
        return store.save(caseFile);
    }

    Actor actorOf(Caller caller) {
        Role role = Stream.of(Role.SUPERVISOR, Role.PROCURATOR, Role.CLERK, Role.SERVICE).filter(caller::hasRole)
                .findFirst().orElseThrow(() -> new ApiException(ProblemKind.FORBIDDEN, "problem.detail.forbidden"));
        return new Actor(caller.subject(), role);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }

    private CaseFile changeable(String id, long expectedVersion, Caller caller) {
        CaseFile caseFile = find(id, caller);
        if (caseFile.version() == null || caseFile.version() != expectedVersion) {
            throw new ApiException(ProblemKind.CONFLICT, "problem.detail.stale-version")
                    .with("currentVersion", caseFile.version());
        }
        return caseFile;
    }

    private AssessmentVerdict assess(CaseFile caseFile) {
        WorkflowState state = caseFile.workflow();
        CrimeFacts facts = caseFile.crimeFacts();
        ProsecutionDecision prosecution = state.prosecutionDecision();
        LocalDate prosecutedOn = prosecution != null && prosecution.decision() == ProsecutionDecision.Kind.PROSECUTE
                ? prosecution.decidedOn() : null;
        List<OwedWorker> owed = caseFile.workers().stream().filter(w -> w.amountOwedFen() > 0)
                .map(w -> new OwedWorker(w.id(), w.monthsOwed(), Fen.toYuan(w.amountOwedFen()))).toList();
        try {
            return thresholds.assess(new AssessmentFacts(caseFile.regionCode(), owed, facts.evasion(),
                    facts.ableToPayButDidNot(), facts.orderToPay(), facts.seriousConsequences(),
                    facts.repaidInFullOn(), new Milestones(facts.policeFiledOn() != null ? facts.policeFiledOn()
                            : state.receivedOn(), prosecutedOn, facts.firstInstanceVerdictOn()), today()));
        } catch (IllegalArgumentException inconsistent) {
            // Dates that contradict each other or the case (e.g. a verdict before any prosecution).
            throw new ApiException(ProblemKind.RULE_VIOLATION, inconsistent, "case.detail.inconsistent-facts")
                    .with("rule", "assessment.inconsistent-facts");
        }
    }

    private static void requireWageCrime(CaseFile caseFile) {
        if (caseFile.type() != CaseType.WAGE_CRIME) {
            throw new ApiException(ProblemKind.RULE_VIOLATION, "case.detail.not-wage-crime")
                    .with("rule", "assessment.only-wage-crime");
        }
    }

    /** 捕诉一体: the case stays with its handler; another procurator of the unit may not act on it. */
    private static void requireHandlerOrSupervisor(CaseFile caseFile, Caller caller) {
        String handler = caseFile.workflow().handlerId();
        if (handler != null && !handler.equals(caller.subject()) && !caller.hasRole(Role.SUPERVISOR)
                && !caller.hasRole(Role.SERVICE)) {
            throw new ApiException(ProblemKind.FORBIDDEN, "case.detail.not-handler");
        }
    }

    /** A case of another unit is answered as if it did not exist, as everywhere else. */
    private static CaseFile readableOrConflict(CaseFile caseFile, Caller caller) {
        Optional<String> unit = UnitScope.readable(caller);
        if (unit.isPresent() && !unit.get().equals(caseFile.unit())) {
            throw new ApiException(ProblemKind.CONFLICT, "case.detail.source-in-other-unit");
        }
        return caseFile;
    }

    /** Seals new workers' ID numbers and phones; a known worker given without them keeps the stored ones. */
    private List<Worker> sealed(List<NewWorker> requested, List<Worker> existing) {
        Map<String, Worker> known = new HashMap<>();
        existing.forEach(worker -> known.put(worker.id(), worker));
        int next = existing.stream().mapToInt(w -> Integer.parseInt(w.id().substring(1))).max().orElse(0);
        List<Worker> workers = new ArrayList<>();
        for (NewWorker worker : requested) {
            Worker before = worker.id() == null ? null : known.get(worker.id());
            if (worker.id() != null && before == null) {
                throw new ApiException(ProblemKind.VALIDATION, "case.detail.unknown-worker", worker.id());
            }
            String id = before != null ? before.id() : "w" + (++next);
            workers.add(new Worker(id, worker.name(),
                    worker.residentId() != null ? identity.seal(worker.residentId())
                            : before == null ? null : before.residentId(),
                    worker.phone() != null ? identity.seal(worker.phone()) : before == null ? null : before.phone(),
                    worker.monthsOwed(), Fen.of(worker.amountOwed())));
        }
        return workers;
    }

    private TimelineEntry entry(Caller caller, String action, String summary, String reason) {
        return new TimelineEntry(now(), caller.subject(), actorOf(caller).role().name(), action, summary, reason);
    }

    /** To the millisecond, as MongoDB stores it, so an answer shows the time a later read shows. */
    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    /** The reason a transition gives, for its timeline entry (also used by the benchmark's seeder). */
    static String reasonOf(Transition transition) {
        if (transition instanceof Transition.ExtendArrestReview t) {
            return t.reason();
        } else if (transition instanceof Transition.ExtendProsecutionReview t) {
            return t.reason();
        } else if (transition instanceof Transition.ReturnForSupplementaryInvestigation t) {
            return t.reason();
        } else if (transition instanceof Transition.DecideSupervision t) {
            return t.reason();
        } else if (transition instanceof Transition.DecideFalseLitigation t) {
            return t.reason();
        } else if (transition instanceof Transition.ChangeHandler t) {
            return t.reason();
        } else if (transition instanceof Transition.Withdraw t) {
            return t.reason();
        } else if (transition instanceof Transition.Decline t) {
            return t.reason();
        }
        return null;
    }
}
