package cn.procuratorate.wages.cases.demo;

import cn.procuratorate.wages.cases.casefile.CaseSource;
import cn.procuratorate.wages.cases.casefile.Project;
import cn.procuratorate.wages.cases.casefile.SourceKind;
import cn.procuratorate.wages.cases.demo.PlannedCase.Move;
import cn.procuratorate.wages.cases.demo.PlannedCase.PlannedWorker;
import cn.procuratorate.wages.cases.demo.PlannedCase.Step;
import cn.procuratorate.wages.cases.demo.SyntheticEmployers.Business;
import cn.procuratorate.wages.cases.demo.SyntheticPeople.Person;
import cn.procuratorate.wages.cases.workflow.CaseType;
import cn.procuratorate.wages.cases.workflow.EntryPoint;
import cn.procuratorate.wages.cases.workflow.Stage;
import cn.procuratorate.wages.cases.workflow.StatutoryTimeLimits;
import cn.procuratorate.wages.cases.workflow.Transition;
import cn.procuratorate.wages.cases.workflow.Workflow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Plans the demo cases: parties, amounts, and the history each case has had by today. Every choice comes from one
 * {@link Random} with a fixed seed, so the same day gives the same cases (another day: the same cases, with every
 * date moved along).
 */
final class DemoCasePlanner {

    /** Fixed, so that two runs seed the same cases (the SPP's notice on wage arrears is of 24 December 2021). */
    static final long SEED = 20211224L;
    /** How far back the oldest case was received. */
    static final Period HISTORY = Period.ofMonths(18);
    static final BigDecimal LEAST_OWED = new BigDecimal("3000.00");
    static final BigDecimal MOST_OWED = new BigDecimal("60000.00");
    static final int MOST_WORKERS = 30;

    private record Quota(CaseType type, int cases) {
    }

    /** Unit 110105, whose procurator and supervisor are dev users: every type, at every stage of its workflow. */
    private static final List<Quota> CHAOYANG = List.of(new Quota(CaseType.WAGE_CRIME, 95),
            new Quota(CaseType.LAWSUIT_SUPPORT, 75), new Quota(CaseType.CIVIL_JUDGMENT_SUPERVISION, 30),
            new Quota(CaseType.ADMINISTRATIVE_JUDGMENT_SUPERVISION, 12),
            new Quota(CaseType.ENFORCEMENT_SUPERVISION, 23), new Quota(CaseType.FALSE_LITIGATION, 35));
    /** Unit 320102, whose only dev user is a clerk: new cases the platform routed in, not yet assigned. */
    private static final List<Quota> XUANWU = List.of(new Quota(CaseType.WAGE_CRIME, 15),
            new Quota(CaseType.LAWSUIT_SUPPORT, 15));
    /** Of the cases beyond one per stage, this share is closed; the rest spread evenly over the open stages. */
    private static final int CLOSED_PERCENT = 40;
    /** The supervisor registers some cases unassigned and gives them to the procurator (分案). */
    private static final int ASSIGNED_BY_SUPERVISOR_PERCENT = 15;
    /** People who claim against three employers within a year, for the false-litigation risk to find. */
    private static final int SERIAL_CLAIMANTS = 4;
    private static final int CLAIMS_PER_SERIAL_CLAIMANT = 3;
    private static final int SERIAL_CLAIMS_WITHIN_DAYS = 300;
    /** In most false-litigation cases nearly every claimant asks the same amount, a sign of fabricated claims. */
    private static final int IDENTICAL_AMOUNTS_PERCENT = 60;

    private final Random random;
    private final LocalDate today;
    private final SyntheticPeople people;
    private final SyntheticEmployers employers;
    private final Map<Workflow, Histories> histories = new EnumMap<>(Workflow.class);
    private int sourceNumber;

    DemoCasePlanner(long seed, LocalDate today, StatutoryTimeLimits limits) {
        this.random = new Random(seed);
        this.today = today;
        this.people = new SyntheticPeople(random, today);
        this.employers = new SyntheticEmployers(random, people);
        Pace pace = new Pace(random, (int) ChronoUnit.DAYS.between(today.minus(HISTORY), today));
        Recoveries recoveries = new Recoveries(random);
        histories.put(Workflow.CRIMINAL, new CriminalHistories(random, pace, recoveries, limits));
        histories.put(Workflow.LAWSUIT_SUPPORT, new LawsuitSupportHistories(random, pace, recoveries));
        histories.put(Workflow.SUPERVISION, new SupervisionHistories(random, pace, limits));
        histories.put(Workflow.FALSE_LITIGATION, new FalseLitigationHistories(random, pace, limits));
    }

    /** Every planned case, in the order received (so that case numbers follow it). */
    List<PlannedCase> plan() {
        List<PlannedCase> plans = new ArrayList<>();
        for (Quota quota : CHAOYANG) {
            for (Stage target : targets(quota)) {
                plans.add(handled(quota.type(), target));
            }
        }
        for (Quota quota : XUANWU) {
            for (int i = 0; i < quota.cases(); i++) {
                plans.add(referred(quota.type()));
            }
        }
        addSerialClaimants(plans);
        plans.sort(Comparator.comparing(PlannedCase::receivedOn));
        return List.copyOf(plans);
    }

    /** Each stage of the type's workflow once, then closed or any open stage. */
    private List<Stage> targets(Quota quota) {
        List<Stage> stages = quota.type().workflow().stages();
        List<Stage> open = stages.stream().filter(stage -> !stage.isClosed()).toList();
        List<Stage> targets = new ArrayList<>(stages);
        while (targets.size() < quota.cases()) {
            targets.add(random.nextInt(100) < CLOSED_PERCENT ? Stage.CLOSED : open.get(random.nextInt(open.size())));
        }
        return targets;
    }

    /** A case of unit 110105, handled by its procurator through the history that leaves it in {@code target}. */
    private PlannedCase handled(CaseType type, Stage target) {
        String unit = Regions.CHAOYANG;
        Business business = employers.employerFor(unit);
        Project project = employers.projectFor(business, unit);
        List<PlannedWorker> workers = workers(type, business.trade());
        History history = histories.get(type.workflow()).towards(target,
                new CaseDraft(type, workers, project != null, business.region().name()));
        List<Move> moves = new ArrayList<>();
        DemoActor registrar = DemoActor.PROCURATOR;
        if (random.nextInt(100) < ASSIGNED_BY_SUPERVISOR_PERCENT) {
            registrar = DemoActor.SUPERVISOR;
            moves.add(new Step(0, new Transition.ChangeHandler(DemoActor.PROCURATOR.caller().subject(), null),
                    DemoActor.SUPERVISOR));
        }
        moves.addAll(history.moves());
        return planned(unit, registrar, type, history, business, project, workers, moves);
    }

    /** A case the platform routed into unit 320102 (a 人社 referral, a worker's request), still unassigned. */
    private PlannedCase referred(CaseType type) {
        String unit = Regions.XUANWU;
        Business business = employers.employerFor(unit);
        Project project = employers.projectFor(business, unit);
        History history = new History(type.defaultEntry()).stay(random.nextInt(120));
        return planned(unit, DemoActor.SERVICE, type, history, business, project, workers(type, business.trade()),
                List.of());
    }

    private PlannedCase planned(String unit, DemoActor registrar, CaseType type, History history, Business business,
            Project project, List<PlannedWorker> workers, List<Move> moves) {
        int span = history.span();
        LocalDate receivedOn = today.minusDays(span);
        if (receivedOn.isBefore(today.minus(HISTORY))) {
            throw new IllegalStateException("A " + type + " history of " + span + " days is longer than " + HISTORY);
        }
        return new PlannedCase(unit, registrar, type, history.entry(), history.facts(), business.region().code(),
                business.trade().industryCode(), business.employer(), project, workers,
                source(history.entry(), unit, receivedOn), receivedOn, List.copyOf(moves));
    }

    /** The police's transfer number, 人社's referral number, a risk flag raised here; nothing for an application. */
    private CaseSource source(EntryPoint entry, String unit, LocalDate receivedOn) {
        String suffix = "-" + unit + "-" + receivedOn.getYear() + "-" + String.format("%04d", ++sourceNumber);
        return switch (entry) {
            case ARREST_REQUEST, TRANSFER_FOR_PROSECUTION -> new CaseSource(SourceKind.POLICE_TRANSFER, "GA" + suffix);
            case CRIMINAL_RECEIVED -> new CaseSource(SourceKind.PARTNER_AGENCY, "RS" + suffix);
            case RISK_FLAG -> new CaseSource(SourceKind.EX_OFFICIO, null);
            default -> null;
        };
    }

    /** A criminal case has at least 3 workers owed 3 months or more; civil ones are often one worker alone. */
    private List<PlannedWorker> workers(CaseType type, Trade trade) {
        int count = switch (type) {
            case WAGE_CRIME -> random.nextBoolean() ? between(3, 9) : between(10, MOST_WORKERS);
            case LAWSUIT_SUPPORT -> between(1, 1 + random.nextInt(12));
            case FALSE_LITIGATION -> between(5, 20);
            default -> between(1, 6);
        };
        int leastMonths = type == CaseType.WAGE_CRIME ? 3 : 1;
        List<PlannedWorker> workers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int months = between(leastMonths, between(leastMonths, 12));
            workers.add(new PlannedWorker(people.next(trade.mostlyMen()), months,
                    owed(months, trade.monthlyPayMin(), trade.monthlyPayMax())));
        }
        if (type == CaseType.FALSE_LITIGATION && random.nextInt(100) < IDENTICAL_AMOUNTS_PERCENT) {
            return identicalAmounts(workers);
        }
        return workers;
    }

    /** All but about one in ten claim the first worker's amount for the first worker's months. */
    private List<PlannedWorker> identicalAmounts(List<PlannedWorker> workers) {
        PlannedWorker first = workers.get(0);
        return workers.stream().map(w -> random.nextInt(10) == 0 ? w
                : new PlannedWorker(w.person(), first.monthsOwed(), first.amountOwed())).toList();
    }

    /** Months of pay at a rate of the trade, less what was paid on account, in fen, within the demo's range. */
    private BigDecimal owed(int months, int payMin, int payMax) {
        long fen = (long) between(payMin, payMax) * months * between(60, 100) + random.nextInt(100);
        BigDecimal owed = BigDecimal.valueOf(fen, 2);
        return owed.max(LEAST_OWED).min(MOST_OWED);
    }

    /**
     * Each serial claimant joins three civil cases against different employers received within 300 days, with a
     * claim of their own.
     */
    private void addSerialClaimants(List<PlannedCase> plans) {
        List<Integer> civil = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            PlannedCase plan = plans.get(i);
            if (plan.unit().equals(Regions.CHAOYANG) && plan.type() != CaseType.WAGE_CRIME
                    && plan.employer().creditCode() != null) {
                civil.add(i);
            }
        }
        civil.sort(Comparator.comparing(i -> plans.get(i).receivedOn()));
        for (int claimant = 0; claimant < SERIAL_CLAIMANTS; claimant++) {
            Person person = people.next(true);
            int first = random.nextInt(civil.size() / 2);
            LocalDate start = plans.get(civil.get(first)).receivedOn();
            Set<String> employersClaimed = new HashSet<>();
            for (int k = first; k < civil.size() && employersClaimed.size() < CLAIMS_PER_SERIAL_CLAIMANT; k++) {
                PlannedCase plan = plans.get(civil.get(k));
                if (ChronoUnit.DAYS.between(start, plan.receivedOn()) > SERIAL_CLAIMS_WITHIN_DAYS) {
                    break;
                }
                if (employersClaimed.add(plan.employer().creditCode())) {
                    int months = between(2, 6);
                    PlannedWorker claim = new PlannedWorker(person, months, owed(months, 5000, 8000));
                    plans.set(civil.get(k), plan.withWorker(claim));
                }
            }
        }
    }

    private int between(int least, int most) {
        return least + random.nextInt(most - least + 1);
    }
}
