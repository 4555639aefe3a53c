package cn.procuratorate.wages.cases.employers;

import cn.procuratorate.wages.cases.assessment.AssessmentFacts;
import cn.procuratorate.wages.cases.assessment.AssessmentFacts.OwedWorker;
import cn.procuratorate.wages.cases.assessment.Condition;
import cn.procuratorate.wages.cases.assessment.Finding;
import cn.procuratorate.wages.cases.assessment.ThresholdAssessment;
import cn.procuratorate.wages.common.identifiers.RegionCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/** Finds the {@link BlacklistFactKind facts} an employer's arrears cases show. Plain rules over loaded cases. */
@Component
class BlacklistFacts {

    /** Two arrears cases registered at most this many months apart make a repeat. */
    static final int REPEAT_WITHIN_MONTHS = 12;

    private final ThresholdAssessment thresholds;

    BlacklistFacts(ThresholdAssessment thresholds) {
        this.thresholds = thresholds;
    }

    /** The facts the cases show, in the order of {@link BlacklistFactKind}; false litigation cases show none. */
    List<BlacklistFact> of(List<EmployerCase> cases, LocalDate today) {
        List<EmployerCase> arrears = cases.stream().filter(EmployerCase::isArrears)
                .sorted(Comparator.comparing(EmployerCase::createdAt)).toList();
        List<BlacklistFact> facts = new ArrayList<>();
        add(facts, BlacklistFactKind.PROSECUTED, arrears, EmployerCase::prosecuted);
        add(facts, BlacklistFactKind.CRIME_AMOUNT_REACHED, arrears, c -> reachesCrimeAmount(c, today));
        add(facts, BlacklistFactKind.WAGES_OUTSTANDING, arrears, c -> c.wages().outstanding().signum() > 0);
        List<EmployerCase> repeats = repeats(arrears);
        if (!repeats.isEmpty()) {
            facts.add(BlacklistFact.of(BlacklistFactKind.REPEAT_ARREARS, repeats));
        }
        return facts;
    }

    private static void add(List<BlacklistFact> facts, BlacklistFactKind kind, List<EmployerCase> cases,
            Predicate<EmployerCase> shows) {
        List<EmployerCase> evidence = cases.stream().filter(shows).toList();
        if (!evidence.isEmpty()) {
            facts.add(BlacklistFact.of(kind, evidence));
        }
    }

    /**
     * The amount condition of the crime alone, by the case's own workers and province: MET only, since a region
     * without figures of its own is judged against the whole national range and an amount in between stays open.
     */
    private boolean reachesCrimeAmount(EmployerCase arrears, LocalDate today) {
        if (!RegionCode.isValid(arrears.regionCode())) {
            return false;
        }
        List<OwedWorker> owed = new ArrayList<>();
        for (EmployerCase.OwedWorker worker : arrears.workers()) {
            if (worker.amountOwedFen() > 0) {
                owed.add(new OwedWorker("w" + owed.size(), worker.monthsOwed(),
                        BigDecimal.valueOf(worker.amountOwedFen(), 2)));
            }
        }
        AssessmentFacts facts = AssessmentFacts.builder(arrears.regionCode(), today).workers(owed).build();
        return thresholds.assess(facts).finding(Condition.AMOUNT) == Finding.MET;
    }

    /** The cases (sorted by registration) with another one registered within {@link #REPEAT_WITHIN_MONTHS}. */
    private static List<EmployerCase> repeats(List<EmployerCase> sorted) {
        List<EmployerCase> repeats = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            boolean withPrevious = i > 0 && close(sorted.get(i - 1), sorted.get(i));
            boolean withNext = i + 1 < sorted.size() && close(sorted.get(i), sorted.get(i + 1));
            if (withPrevious || withNext) {
                repeats.add(sorted.get(i));
            }
        }
        return repeats;
    }

    private static boolean close(EmployerCase earlier, EmployerCase later) {
        return !later.createdOn().isAfter(earlier.createdOn().plusMonths(REPEAT_WITHIN_MONTHS));
    }
}
