package cn.procuratorate.wages.cases.casefile;

import cn.procuratorate.wages.cases.recovery.PaymentChannel;
import cn.procuratorate.wages.cases.risk.FalseLitigationRisk;
import cn.procuratorate.wages.cases.risk.RiskAssessment;
import cn.procuratorate.wages.cases.risk.Subject;
import cn.procuratorate.wages.cases.workflow.Actor;
import cn.procuratorate.wages.cases.workflow.CaseFacts;
import cn.procuratorate.wages.cases.workflow.CaseType;
import cn.procuratorate.wages.cases.workflow.CourtOutcome;
import cn.procuratorate.wages.cases.workflow.CourtResponse;
import cn.procuratorate.wages.cases.workflow.EligibilityChecklist;
import cn.procuratorate.wages.cases.workflow.EntryPoint;
import cn.procuratorate.wages.cases.workflow.FalseLitigationDecision;
import cn.procuratorate.wages.cases.workflow.SupervisionDecision;
import cn.procuratorate.wages.cases.workflow.Transition;
import cn.procuratorate.wages.cases.workflow.WorkflowState;
import cn.procuratorate.wages.cases.workflow.WorkflowStep;
import cn.procuratorate.wages.cases.workflow.Workflows;
import cn.procuratorate.wages.common.privacy.PhoneNumber;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The benchmark's synthetic cases, built as the application builds them: the same {@link CaseFile} constructor, the
 * workflow engine for every stage change, {@link WorkerIdentity} for the sealed identities, the timeline entries,
 * payments and risk score that {@link Cases} and {@link RiskReview} record. Only the numbering is done here in bulk
 * (the application asks the database for the highest number, once per case). Case {@code i} is the same on every run.
 */
final class SyntheticCases {

    /** One procuratorate, the regions its cases come from and its procurators (who register and handle them). */
    record Unit(String code, List<String> regions, List<String> procurators) {
    }

    /** The dev units first: the dev tokens of auth-server's dev profile belong to 110105 and 320102. */
    static final List<Unit> UNITS = List.of(
            unit("110105", "110101", "110102", "procurator1"),
            unit("320102", "320104", "320105", null),
            unit("110108", "110106", "110107", null),
            unit("310115", "310104", "310112", null),
            unit("440305", "440303", "440304", null),
            unit("330106", "330102", "330105", null),
            unit("510107", "510104", "510106", null),
            unit("420106", "420102", "420103", null),
            unit("500103", "500106", "500112", null),
            unit("410105", "410102", "410103", null));
    static final int EMPLOYERS = 2_000;
    /** This many employers are in cases of every unit, about 1,000 cases each; the others mostly in one unit. */
    static final int NATIONAL_EMPLOYERS = 20;
    static final Duration SPAN = Duration.ofDays(3 * 365);

    private static final List<String> INDUSTRIES = List.of("E4710", "E4720", "E4812", "E4822", "E4910", "E5010",
            "C1810", "C3311", "G5430", "H6210", "K7010", "O8010");
    /** Home areas of migrant workers (the first 6 digits of their ID numbers). */
    private static final List<String> HOME_AREAS = List.of("411302", "510722", "341221", "430524", "500235", "362421",
            "452123", "612525");
    private static final String[] TRADE_NAMES = {"宏达", "鑫源", "恒泰", "华建", "中联", "盛世", "永安", "金鼎", "瑞丰",
            "天成", "广厦", "博远", "东方", "新城", "顺发", "隆基", "正通", "汇通", "凯旋", "兴业"};
    private static final String[] TRADES = {"建筑劳务", "建设工程", "装饰工程", "服装制造", "物流", "餐饮管理", "物业服务"};
    private static final String PROCURATOR = "PROCURATOR";
    private static final int STALL_PERCENT = 3;
    private static final long SEED = 20_211_231L;

    private final Workflows workflows;
    private final WorkerIdentity identity;
    private final FalseLitigationRisk risk;
    private final LocalDate today;
    private final List<Employer> employers = new ArrayList<>();
    private final List<Employer> contractors = new ArrayList<>();
    // The plan: unit, registration time and number of every case, in registration order.
    private final int[] unitOf;
    private final long[] registeredAt;
    private final int[] sequence;

    SyntheticCases(int count, Instant now, Workflows workflows, WorkerIdentity identity, FalseLitigationRisk risk) {
        this.workflows = workflows;
        this.identity = identity;
        this.risk = risk;
        this.today = LocalDate.ofInstant(now, Cases.CHINA);
        SplittableRandom random = new SplittableRandom(SEED);
        for (int e = 0; e < EMPLOYERS; e++) {
            // An employer's home unit is e % 10 (national ones aside): its code is registered there.
            Unit home = UNITS.get(e % UNITS.size());
            employers.add(new Employer(TRADE_NAMES[e % 20] + TRADE_NAMES[(e / 20) % 20] + TRADES[(e / 400) % 7]
                    + "有限公司", SyntheticIdentities.creditCode(home.code(), random),
                    e % 9 == 0 ? EmployerKind.INDIVIDUAL_BUSINESS : EmployerKind.COMPANY));
        }
        for (int c = 0; c < 30; c++) {
            contractors.add(new Employer("中建" + TRADE_NAMES[c % 20] + "第" + (c + 1) + "工程局有限公司",
                    SyntheticIdentities.creditCode(UNITS.get(c % UNITS.size()).code(), random), EmployerKind.COMPANY));
        }
        unitOf = new int[count];
        registeredAt = new long[count];
        sequence = new int[count];
        Map<String, Integer> lastNumber = new HashMap<>();
        long start = now.minus(SPAN).toEpochMilli();
        long step = SPAN.toMillis() / count;
        for (int i = 0; i < count; i++) {
            unitOf[i] = random.nextInt(UNITS.size());
            registeredAt[i] = start + i * step + random.nextLong(step);
            int year = LocalDate.ofInstant(Instant.ofEpochMilli(registeredAt[i]), Cases.CHINA).getYear();
            sequence[i] = lastNumber.merge(unitOf[i] + "/" + year, 1, Integer::sum);
        }
    }

    int count() {
        return unitOf.length;
    }

    /** The day the cases were planned on (China's calendar): the overdue ones are due before it. */
    LocalDate today() {
        return today;
    }

    /** The employers that have cases in {@code unit}: the ones a staff token of that unit can ask about. */
    List<String> employersSeenBy(String unit) {
        int index = UNITS.stream().map(Unit::code).toList().indexOf(unit);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < count(); i++) {
            if (unitOf[i] == index) {
                Optional.ofNullable(employerOf(i, random(i)).creditCode()).ifPresent(seen::add);
            }
        }
        return seen.stream().sorted().toList();
    }

    /** Case {@code i}, ready to insert: registered, moved through its workflow, paid and scored. */
    CaseFile caseFile(int i) {
        SplittableRandom random = random(i);
        Employer employer = employerOf(i, random);
        Unit unit = UNITS.get(unitOf[i]);
        CaseType type = type(random);
        EntryPoint entry = entry(type, random);
        String handler = unit.procurators().get(random.nextInt(unit.procurators().size()));
        Instant at = Instant.ofEpochMilli(registeredAt[i]);
        LocalDate receivedOn = LocalDate.ofInstant(at, Cases.CHINA);
        String industry = INDUSTRIES.get(random.nextInt(INDUSTRIES.size()));
        // One case in 20 claims one same amount for every worker: the pattern the false-litigation score flags.
        List<Worker> workers = workers(random, random.nextInt(20) == 0);
        CaseFacts facts = type == CaseType.WAGE_CRIME
                ? CaseFacts.NONE.withSuspectDetained(random.nextInt(5) < 2).withMajorCase(random.nextInt(10) == 0)
                : null;
        WorkflowState state = workflows.start(type, entry, facts, handler, receivedOn);
        TimelineEntry registered = new TimelineEntry(at, handler, PROCURATOR, "REGISTER",
                "登记" + type.label() + "（" + entry.label() + "）", null);
        CaseFile caseFile = new CaseFile(new CaseNumber(unit.code(), receivedOn.getYear(), sequence[i]), type,
                title(type, employer, workers), unit.regions().get(random.nextInt(unit.regions().size())), industry,
                employer, project(industry, employer, random), workers, source(i, type, random), state, registered);
        progress(caseFile, Actor.procurator(handler), receivedOn, random);
        score(caseFile);
        return caseFile;
    }

    private SplittableRandom random(int i) {
        return new SplittableRandom(SEED + 0x9E3779B97F4A7C15L * (i + 1));
    }

    /** The first draw of a case's random: a fifth of the cases go to the national employers. */
    private Employer employerOf(int i, SplittableRandom random) {
        int pick = random.nextInt(100);
        if (pick < 3) {
            return new Employer("包工头" + SyntheticIdentities.personName(random), null,
                    EmployerKind.UNLICENSED_CONTRACTOR);
        }
        if (pick < 23) {
            return employers.get(random.nextInt(NATIONAL_EMPLOYERS));
        }
        // Mostly an employer at home in the case's own unit, sometimes one from elsewhere.
        int home = random.nextInt(10) < 8 ? unitOf[i] : random.nextInt(UNITS.size());
        int perUnit = (EMPLOYERS - NATIONAL_EMPLOYERS) / UNITS.size();
        return employers.get(NATIONAL_EMPLOYERS + random.nextInt(perUnit) * UNITS.size() + home);
    }

    private static CaseType type(SplittableRandom random) {
        int pick = random.nextInt(100);
        return pick < 35 ? CaseType.WAGE_CRIME : pick < 65 ? CaseType.LAWSUIT_SUPPORT
                : pick < 77 ? CaseType.ENFORCEMENT_SUPERVISION : pick < 89 ? CaseType.CIVIL_JUDGMENT_SUPERVISION
                : pick < 94 ? CaseType.ADMINISTRATIVE_JUDGMENT_SUPERVISION : CaseType.FALSE_LITIGATION;
    }

    private static EntryPoint entry(CaseType type, SplittableRandom random) {
        List<EntryPoint> entries = type.workflow().entryPoints();
        return random.nextInt(2) == 0 ? type.defaultEntry() : entries.get(random.nextInt(entries.size()));
    }

    /** 1 to 20 workers, most cases few; a third without a phone. */
    private List<Worker> workers(SplittableRandom random, boolean identicalClaims) {
        double r = random.nextDouble();
        int count = 1 + (int) (19 * r * r);
        int sameMonths = 1 + random.nextInt(12);
        long sameWage = 3_000 + random.nextInt(60) * 100L;
        List<Worker> workers = new ArrayList<>();
        for (int w = 1; w <= count; w++) {
            PhoneNumber phone = random.nextInt(3) == 0 ? null : SyntheticIdentities.mobile(random);
            int months = identicalClaims ? sameMonths : 1 + random.nextInt(12);
            long wage = identicalClaims ? sameWage : 3_000 + random.nextInt(60) * 100L;
            BigDecimal owed = BigDecimal.valueOf(wage * months);
            workers.add(new Worker("w" + w, SyntheticIdentities.personName(random),
                    identity.seal(SyntheticIdentities.residentId(HOME_AREAS.get(random.nextInt(HOME_AREAS.size())),
                            random, today)),
                    identity.seal(phone), months, Fen.of(owed)));
        }
        return workers;
    }

    private static String title(CaseType type, Employer employer, List<Worker> workers) {
        return switch (type) {
            case WAGE_CRIME -> employer.name() + "拒不支付劳动报酬案";
            case LAWSUIT_SUPPORT -> workers.get(0).name() + "等" + workers.size() + "人诉" + employer.name()
                    + "追索劳动报酬支持起诉案";
            case FALSE_LITIGATION -> employer.name() + "虚假诉讼线索";
            default -> employer.name() + "劳动报酬纠纷" + type.label();
        };
    }

    private Project project(String industry, Employer employer, SplittableRandom random) {
        if (!industry.startsWith("E") || random.nextInt(10) < 3) {
            return null;
        }
        Employer contractor = contractors.get(random.nextInt(contractors.size()));
        return new Project(employer.name().substring(0, 2) + "花园" + (1 + random.nextInt(9)) + "期工程",
                contractor.name(), contractor.creditCode());
    }

    private static CaseSource source(int i, CaseType type, SplittableRandom random) {
        int pick = random.nextInt(100);
        if (pick < 35) {
            return new CaseSource(SourceKind.PETITION, "%024x".formatted(i + 1));
        } else if (pick < 45) {
            return new CaseSource(SourceKind.PARTNER_AGENCY, "HRSS-" + (i + 1));
        } else if (pick < 60 && type == CaseType.WAGE_CRIME) {
            return new CaseSource(SourceKind.POLICE_TRANSFER, "GA-" + (i + 1));
        }
        return null;
    }

    /**
     * Takes the case along its workflow's usual path, a step every 1–20 days, until today; a few cases stall in a
     * stage (the overdue ones). Wages are recovered, worker by worker, after the second step.
     */
    private void progress(CaseFile caseFile, Actor actor, LocalDate receivedOn, SplittableRandom random) {
        LocalDate day = receivedOn;
        int steps = 0;
        for (Transition transition : path(caseFile, random)) {
            if (!workflows.allowedActions(caseFile.workflow()).contains(transition.action())) {
                continue; // a stage the entry point skipped
            }
            day = day.plusDays(1 + random.nextInt(20));
            if (!day.isBefore(today) || random.nextInt(100) < STALL_PERCENT) {
                return;
            }
            WorkflowStep step = workflows.apply(caseFile.workflow(), transition, actor, day);
            caseFile.moveTo(step.state());
            caseFile.record(new TimelineEntry(atWorkTime(day, random), actor.id(), PROCURATOR,
                    step.change().action().name(), step.change().summary(), Cases.reasonOf(transition)));
            if (++steps == 2 && caseFile.owedFen() > 0 && recovers(caseFile.type())) {
                recoverWages(caseFile, actor, day, random);
            }
        }
    }

    private static boolean recovers(CaseType type) {
        return type == CaseType.WAGE_CRIME || type == CaseType.LAWSUIT_SUPPORT;
    }

    private static List<Transition> path(CaseFile caseFile, SplittableRandom random) {
        BigDecimal owed = Fen.toYuan(caseFile.owedFen());
        return switch (caseFile.type().workflow()) {
            case CRIMINAL -> List.of(new Transition.StartArrestReview(),
                    random.nextInt(4) == 0 ? Transition.DecideArrest.noArrest() : Transition.DecideArrest.arrest(),
                    new Transition.StartProsecutionReview(), Transition.DecideProsecution.prosecute(),
                    new Transition.Close(null));
            case LAWSUIT_SUPPORT -> List.of(new Transition.AssessEligibility(EligibilityChecklist.ALL_MET),
                    new Transition.IssueSupportOpinion(null), new Transition.ArrangeLegalAid("区法律援助中心", null),
                    new Transition.RecordCourtOutcome(CourtOutcome.Kind.WON, owed, null),
                    new Transition.RecordRecovery(owed), new Transition.Close(null));
            case SUPERVISION -> List.of(new Transition.AcceptApplication(),
                    new Transition.DecideSupervision(SupervisionDecision.Outcome.PROCURATORIAL_SUGGESTION,
                            "执行程序违法，未依法采取执行措施"),
                    new Transition.RecordCourtResponse(CourtResponse.Kind.ADOPTED, "法院已纠正"),
                    new Transition.Close(null));
            case FALSE_LITIGATION -> List.of(new Transition.StartInvestigation(),
                    new Transition.DecideFalseLitigation(FalseLitigationDecision.Outcome.REFERRED_TO_POLICE,
                            "虚构劳动关系，以农民工名义提起诉讼"),
                    new Transition.Close(null));
        };
    }

    /** As {@link Cases#recordPayment}: each payment the whole amount owed to one worker. */
    private static void recoverWages(CaseFile caseFile, Actor actor, LocalDate day, SplittableRandom random) {
        PaymentChannel[] channels = PaymentChannel.values();
        for (Worker worker : caseFile.workers()) {
            if (random.nextInt(2) == 0) {
                continue;
            }
            PaymentChannel channel = channels[random.nextInt(channels.length)];
            Instant at = atWorkTime(day, random);
            caseFile.addPayment(new PaymentEntry(worker.id(), worker.amountOwedFen(), day, channel, actor.id(), at));
            caseFile.record(new TimelineEntry(at, actor.id(), PROCURATOR, "RECORD_PAYMENT", "登记追回工资 "
                    + Fen.toYuan(worker.amountOwedFen()).toPlainString() + " 元（" + channel.label() + "）", null));
        }
    }

    /**
     * As {@link RiskReview#refresh} stores it (a separate update there, which leaves the version alone). Scored
     * against no other case: the synthetic workers do not claim twice, so the history would be empty anyway.
     */
    private void score(CaseFile caseFile) {
        if (!RiskReview.isScored(caseFile)) {
            return;
        }
        Set<String> seen = new HashSet<>();
        List<Subject.Claimant> claimants = new ArrayList<>();
        for (Worker worker : caseFile.workers()) {
            if (seen.add(worker.residentId().hash())) {
                claimants.add(new Subject.Claimant(worker.residentId().hash(), Fen.toYuan(worker.amountOwedFen())));
            }
        }
        RiskAssessment assessment = risk.score(new Subject("new", claimants, caseFile.employer().creditCode(),
                caseFile.workflow().receivedOn()), List.of(), Optional.empty());
        // CaseFile has no setter for these: the application writes them with an update of its own.
        ReflectionTestUtils.setField(caseFile, "riskScore", assessment.score());
        ReflectionTestUtils.setField(caseFile, "riskLevel", assessment.level().name());
        ReflectionTestUtils.setField(caseFile, "riskCodes", assessment.codes());
    }

    private static Instant atWorkTime(LocalDate day, SplittableRandom random) {
        return day.atTime(LocalTime.of(9, 0).plusMinutes(random.nextInt(8 * 60)).plusSeconds(random.nextInt(60)))
                .atZone(Cases.CHINA).toInstant();
    }

    private static Unit unit(String code, String region2, String region3, String devProcurator) {
        List<String> procurators = new ArrayList<>();
        if (devProcurator != null) {
            procurators.add(devProcurator);
        }
        for (int p = procurators.size() + 1; p <= 6; p++) {
            procurators.add("procurator-" + code + "-" + p);
        }
        return new Unit(code, List.of(code, region2, region3), List.copyOf(procurators));
    }
}
