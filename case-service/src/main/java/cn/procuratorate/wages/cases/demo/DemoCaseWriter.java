package cn.procuratorate.wages.cases.demo;

import cn.procuratorate.wages.cases.casefile.CaseFile;
import cn.procuratorate.wages.cases.casefile.Cases;
import cn.procuratorate.wages.cases.demo.PlannedCase.Move;
import cn.procuratorate.wages.cases.demo.PlannedCase.Payment;
import cn.procuratorate.wages.cases.demo.PlannedCase.PlannedWorker;
import cn.procuratorate.wages.cases.demo.PlannedCase.Step;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Replays a planned case through the application service, each step on the day it happened: numbering, sealing of
 * personal data, the workflow rules, the ledger and the timeline apply exactly as to a case entered by hand.
 */
final class DemoCaseWriter {

    private static final LocalTime OFFICE_OPENS = LocalTime.of(9, 0);
    /** Entries of one day a few minutes apart, so that the timeline keeps their order. */
    private static final long MINUTES_BETWEEN_ENTRIES = 7;

    private final Cases cases;

    DemoCaseWriter(Cases cases) {
        this.cases = cases;
    }

    CaseFile write(PlannedCase plan) {
        CaseFile caseFile = cases.at(officeHours(plan.receivedOn(), 0)).register(registration(plan),
                plan.registrar().caller());
        int entry = 1;
        for (Move move : plan.moves()) {
            LocalDate day = plan.dayOf(move);
            Cases thatDay = cases.at(officeHours(day, entry++));
            if (move instanceof Step step) {
                caseFile = thatDay.transition(caseFile.id(), caseFile.version(), step.transition(),
                        step.actor().caller());
            } else if (move instanceof Payment payment) {
                caseFile = thatDay.recordPayment(caseFile.id(), caseFile.version(),
                        caseFile.workers().get(payment.worker()).id(), payment.amount(), day, payment.channel(),
                        DemoActor.PROCURATOR.caller());
            }
        }
        return caseFile;
    }

    private static Cases.Registration registration(PlannedCase plan) {
        List<Cases.NewWorker> workers = plan.workers().stream().map(DemoCaseWriter::newWorker).toList();
        // Staff register in their own unit; the platform's service names the unit it routes the case to.
        String unit = plan.registrar() == DemoActor.SERVICE ? plan.unit() : null;
        return new Cases.Registration(plan.type(), plan.entry(), plan.facts(), plan.title(), plan.regionCode(),
                plan.industryCode(), plan.employer(), plan.project(), workers, plan.source(), null,
                plan.receivedOn(), unit);
    }

    private static Cases.NewWorker newWorker(PlannedWorker worker) {
        return new Cases.NewWorker(null, worker.person().name(), worker.person().residentId(),
                worker.person().phone(), worker.monthsOwed(), worker.amountOwed());
    }

    private static Clock officeHours(LocalDate day, int entry) {
        return Clock.fixed(day.atTime(OFFICE_OPENS).plusMinutes(MINUTES_BETWEEN_ENTRIES * entry)
                .atZone(Cases.CHINA).toInstant(), Cases.CHINA);
    }
}
