package cn.procuratorate.wages.cases.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import cn.procuratorate.wages.cases.demo.PlannedCase.Move;
import cn.procuratorate.wages.cases.demo.PlannedCase.Payment;
import cn.procuratorate.wages.cases.demo.PlannedCase.PlannedWorker;
import cn.procuratorate.wages.cases.demo.PlannedCase.Step;
import cn.procuratorate.wages.cases.recovery.RecoveryLedger;
import cn.procuratorate.wages.cases.recovery.WorkerClaim;
import cn.procuratorate.wages.cases.workflow.Actor;
import cn.procuratorate.wages.cases.workflow.CaseType;
import cn.procuratorate.wages.cases.workflow.DueDates;
import cn.procuratorate.wages.cases.workflow.Stage;
import cn.procuratorate.wages.cases.workflow.StatutoryTimeLimits;
import cn.procuratorate.wages.cases.workflow.Workflow;
import cn.procuratorate.wages.cases.workflow.WorkflowState;
import cn.procuratorate.wages.cases.workflow.Workflows;
import cn.procuratorate.wages.common.identifiers.IndustryCode;
import cn.procuratorate.wages.common.identifiers.RegionCode;
import cn.procuratorate.wages.common.security.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The plan, replayed through the plain workflow and recovery rules that the application service applies. */
class DemoCasePlannerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Workflows WORKFLOWS = Workflows.withDefaults();
    private static final List<PlannedCase> PLANS = plan(TODAY);

    @Test
    void threeHundredCasesOfEveryTypeInTheDevUnits() {
        assertThat(PLANS).hasSize(300);
        assertThat(PLANS.stream().map(PlannedCase::type).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(CaseType.values());
        assertThat(PLANS.stream().collect(Collectors.groupingBy(PlannedCase::unit, Collectors.counting())))
                .containsOnly(Map.entry(Regions.CHAOYANG, 270L), Map.entry(Regions.XUANWU, 30L));
    }

    @Test
    void theSameSeedAndDayGiveTheSamePlan() {
        assertThat(plan(TODAY)).isEqualTo(PLANS);
    }

    @Test
    void everyHistoryIsAcceptedByTheRulesAndTogetherTheyReachEveryStage() {
        Map<Workflow, Set<Stage>> reached = new EnumMap<>(Workflow.class);
        int overdue = 0;
        int dueWithinAWeek = 0;
        for (PlannedCase plan : PLANS) {
            WorkflowState state = replay(plan);
            reached.computeIfAbsent(plan.type().workflow(), w -> EnumSet.noneOf(Stage.class)).add(state.stage());
            overdue += DueDates.isOverdue(state, TODAY) ? 1 : 0;
            dueWithinAWeek += DueDates.dueWithin(state, TODAY, Pace.DUE_SOON_DAYS) ? 1 : 0;
        }
        for (Workflow workflow : Workflow.values()) {
            assertThat(reached.get(workflow)).as(workflow.name())
                    .containsExactlyInAnyOrderElementsOf(workflow.stages());
        }
        assertThat(overdue).isBetween(10, 60);
        assertThat(dueWithinAWeek).isBetween(10, 60);
    }

    @Test
    void datesSpreadOverTheLast18MonthsAndNothingHappensAfterToday() {
        for (PlannedCase plan : PLANS) {
            assertThat(plan.receivedOn()).isBetween(TODAY.minus(DemoCasePlanner.HISTORY), TODAY);
            int previous = 0;
            for (Move move : plan.moves()) {
                assertThat(move.day()).isGreaterThanOrEqualTo(previous);
                assertThat(plan.dayOf(move)).isBeforeOrEqualTo(TODAY);
                previous = move.day();
            }
        }
        assertThat(PLANS.get(0).receivedOn()).isBefore(TODAY.minusMonths(15));
        assertThat(PLANS.stream().filter(p -> p.receivedOn().isAfter(TODAY.minusMonths(1)))).hasSizeGreaterThan(10);
    }

    @Test
    void partiesAndAmountsAreInTheirRanges() {
        long construction = PLANS.stream().filter(p -> p.industryCode().startsWith("E")).count();
        assertThat(construction).isGreaterThan(PLANS.size() * 2 / 5);
        for (PlannedCase plan : PLANS) {
            assertThat(IndustryCode.isValid(plan.industryCode())).isTrue();
            assertThat(RegionCode.of(plan.regionCode()).provinceCode()).isEqualTo(plan.unit().substring(0, 2));
            assertThat(plan.title()).hasSizeLessThanOrEqualTo(200);
            assertThat(plan.project() != null).isEqualTo(plan.industryCode().startsWith("E"));
            assertThat(plan.workers()).hasSizeBetween(1, DemoCasePlanner.MOST_WORKERS);
            for (PlannedWorker worker : plan.workers()) {
                assertThat(worker.amountOwed().scale()).isEqualTo(2);
                assertThat(worker.amountOwed()).isBetween(DemoCasePlanner.LEAST_OWED, DemoCasePlanner.MOST_OWED);
                assertThat(worker.monthsOwed()).isBetween(1, 12);
            }
        }
    }

    @Test
    void someEmployersComeBackAndSomeWorkersClaimAgainstThreeEmployersWithinAYear() {
        Map<String, Long> casesPerEmployer = PLANS.stream().filter(p -> p.employer().creditCode() != null)
                .collect(Collectors.groupingBy(p -> p.employer().creditCode(), Collectors.counting()));
        assertThat(casesPerEmployer.values().stream().filter(n -> n >= 2).count()).isGreaterThan(20);

        Map<String, List<PlannedCase>> casesPerWorker = new HashMap<>();
        PLANS.forEach(plan -> plan.workers().forEach(worker -> casesPerWorker
                .computeIfAbsent(worker.person().residentId().value(), id -> new ArrayList<>()).add(plan)));
        long serialClaimants = casesPerWorker.values().stream().filter(cases -> cases.size() >= 3)
                .filter(cases -> cases.stream().map(c -> c.employer().creditCode()).distinct().count() >= 3)
                .filter(cases -> ChronoUnit.DAYS.between(cases.get(0).receivedOn(),
                        cases.get(cases.size() - 1).receivedOn()) <= 365)
                .count();
        assertThat(serialClaimants).isGreaterThanOrEqualTo(3);
    }

    @Test
    void paymentsGoToCriminalAndLawsuitSupportCasesSomeInFull() {
        Set<CaseType> paid = new HashSet<>();
        int inFull = 0;
        int inPart = 0;
        for (PlannedCase plan : PLANS) {
            RecoveryLedger ledger = ledger(plan);
            BigDecimal owed = plan.workers().stream().map(PlannedWorker::amountOwed).reduce(BigDecimal::add)
                    .orElseThrow();
            BigDecimal recovered = ledger.payments().stream().map(p -> p.amount()).reduce(BigDecimal.ZERO,
                    BigDecimal::add);
            if (recovered.signum() > 0) {
                paid.add(plan.type());
                if (recovered.compareTo(owed) == 0) {
                    inFull++;
                } else {
                    inPart++;
                }
            }
        }
        assertThat(paid).containsExactlyInAnyOrder(CaseType.WAGE_CRIME, CaseType.LAWSUIT_SUPPORT);
        assertThat(inFull).isGreaterThan(10);
        assertThat(inPart).isGreaterThan(10);
    }

    private static List<PlannedCase> plan(LocalDate today) {
        return new DemoCasePlanner(DemoCasePlanner.SEED, today, StatutoryTimeLimits.defaults()).plan();
    }

    /** The workflow state the application service would reach, refusing what it would refuse. */
    private static WorkflowState replay(PlannedCase plan) {
        String handler = plan.registrar() == DemoActor.PROCURATOR ? plan.registrar().caller().subject() : null;
        WorkflowState state = WORKFLOWS.start(plan.type(), plan.entry(), plan.facts(), handler, plan.receivedOn());
        for (Move move : plan.moves()) {
            if (move instanceof Step step) {
                Actor actor = actor(step.actor());
                assertThat(state.handlerId() == null || state.handlerId().equals(actor.id())
                        || actor.role() == Role.SUPERVISOR).as("only the handler or a supervisor acts").isTrue();
                WorkflowState before = state;
                assertThatCode(() -> WORKFLOWS.apply(before, step.transition(), actor, plan.dayOf(step)))
                        .as("%s in %s", step.transition(), before.stage()).doesNotThrowAnyException();
                state = WORKFLOWS.apply(state, step.transition(), actor, plan.dayOf(step)).state();
            }
        }
        return state;
    }

    /** The ledger after every payment of the plan; it refuses one above what a worker is still owed. */
    private static RecoveryLedger ledger(PlannedCase plan) {
        List<WorkerClaim> claims = new ArrayList<>();
        for (int i = 0; i < plan.workers().size(); i++) {
            claims.add(new WorkerClaim("w" + i, plan.workers().get(i).amountOwed()));
        }
        RecoveryLedger ledger = RecoveryLedger.of(claims);
        for (Move move : plan.moves()) {
            if (move instanceof Payment payment) {
                ledger = ledger.record("w" + payment.worker(), payment.amount(), plan.dayOf(payment),
                        payment.channel(), plan.dayOf(payment));
            }
        }
        return ledger;
    }

    private static Actor actor(DemoActor actor) {
        return new Actor(actor.caller().subject(), Role.valueOf(actor.caller().roles().get(0)));
    }
}
