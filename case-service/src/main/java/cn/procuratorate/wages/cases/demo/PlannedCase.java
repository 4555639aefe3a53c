package cn.procuratorate.wages.cases.demo;

import cn.procuratorate.wages.cases.casefile.CaseSource;
import cn.procuratorate.wages.cases.casefile.Employer;
import cn.procuratorate.wages.cases.casefile.Project;
import cn.procuratorate.wages.cases.demo.SyntheticPeople.Person;
import cn.procuratorate.wages.cases.recovery.PaymentChannel;
import cn.procuratorate.wages.cases.workflow.CaseFacts;
import cn.procuratorate.wages.cases.workflow.CaseType;
import cn.procuratorate.wages.cases.workflow.EntryPoint;
import cn.procuratorate.wages.cases.workflow.Transition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A demo case as planned: what is registered, by whom and when, then each step and payment in order. */
record PlannedCase(String unit, DemoActor registrar, CaseType type, EntryPoint entry, CaseFacts facts,
        String regionCode, String industryCode, Employer employer, Project project, List<PlannedWorker> workers,
        CaseSource source, LocalDate receivedOn, List<Move> moves) {

    /** A worker owed {@code amountOwed} yuan (two decimals) for {@code monthsOwed} months. */
    record PlannedWorker(Person person, int monthsOwed, BigDecimal amountOwed) {
    }

    /** Something done in the case after its registration, {@code day} days after it was received. */
    sealed interface Move permits Step, Payment {
        int day();
    }

    record Step(int day, Transition transition, DemoActor actor) implements Move {
    }

    /** Wages paid to the case's {@code worker}-th worker (in the order registered). */
    record Payment(int day, int worker, BigDecimal amount, PaymentChannel channel) implements Move {
    }

    /** Computed, so that it counts every worker, also one added after the case was planned. */
    String title() {
        return Titles.of(this);
    }

    LocalDate dayOf(Move move) {
        return receivedOn.plusDays(move.day());
    }

    /** The same case with one more worker, who has no payments. */
    PlannedCase withWorker(PlannedWorker worker) {
        List<PlannedWorker> more = new ArrayList<>(workers);
        more.add(worker);
        return new PlannedCase(unit, registrar, type, entry, facts, regionCode, industryCode, employer,
                project, List.copyOf(more), source, receivedOn, moves);
    }
}
