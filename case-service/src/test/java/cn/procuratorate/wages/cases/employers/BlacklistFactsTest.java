package cn.procuratorate.wages.cases.employers;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.cases.assessment.ThresholdAssessment;
import cn.procuratorate.wages.cases.casefile.Cases;
import cn.procuratorate.wages.cases.workflow.CaseType;
import cn.procuratorate.wages.cases.workflow.ProsecutionDecision;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlacklistFactsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private final BlacklistFacts facts = new BlacklistFacts(ThresholdAssessment.defaults());

    @Test
    void noFactsForAPaidEmployerWithOneSmallCase() {
        assertThat(facts.of(List.of(arrears("a", "2026-01-10", "210102", 3, 500_00, 500_00)), TODAY)).isEmpty();
    }

    @Test
    void twelveMonthsApartIsARepeatADayMoreIsNot() {
        EmployerCase first = arrears("a", "2025-03-31", "210102", 1, 100, 100);
        EmployerCase twelveMonthsLater = arrears("b", "2026-03-31", "210102", 1, 100, 100);
        EmployerCase aDayMore = arrears("c", "2027-04-01", "210102", 1, 100, 100);

        assertThat(facts.of(List.of(aDayMore, twelveMonthsLater, first), TODAY))
                .containsExactly(fact(BlacklistFactKind.REPEAT_ARREARS, "a", "b"));
    }

    @Test
    void theCrimeAmountIsReachedByTheProvincesFigureOnlyWhereItIsCertain() {
        // Liaoning: ¥10,000 for one worker owed 3 months. Jiangsu has no figure: between ¥5,000 and ¥20,000 it
        // depends on one, so it is no fact; ¥20,000 reaches every province's. 2 months never do.
        List<EmployerCase> cases = List.of(
                arrears("liaoning", "2024-01-01", "210102", 3, 10_000_00, 10_000_00),
                arrears("jiangsu", "2022-01-01", "320102", 3, 19_999_99, 19_999_99),
                arrears("jiangsu-high", "2020-01-01", "320102", 3, 20_000_00, 20_000_00),
                arrears("two-months", "2018-01-01", "210102", 2, 50_000_00, 50_000_00));

        assertThat(facts.of(cases, TODAY))
                .containsExactly(fact(BlacklistFactKind.CRIME_AMOUNT_REACHED, "jiangsu-high", "liaoning"));
    }

    @Test
    void prosecutionAndOutstandingWagesAreFactsOfTheirCases() {
        EmployerCase prosecuted = new EmployerCase("p", CaseType.WAGE_CRIME, "210102", "E4710",
                new EmployerCase.Party("甲公司"), List.of(new EmployerCase.OwedWorker(1, 100)), true, 100, 40,
                LocalDate.parse("2020-01-01").atStartOfDay(Cases.CHINA).toInstant(),
                new EmployerCase.Progress(new EmployerCase.Decision(ProsecutionDecision.Kind.PROSECUTE)));

        assertThat(facts.of(List.of(prosecuted), TODAY)).containsExactly(
                fact(BlacklistFactKind.PROSECUTED, "p"), fact(BlacklistFactKind.WAGES_OUTSTANDING, "p"));
    }

    @Test
    void falseLitigationShowsNoArrearsFacts() {
        EmployerCase falseLitigation = new EmployerCase("f", CaseType.FALSE_LITIGATION, "210102", "E4710",
                new EmployerCase.Party("甲公司"), List.of(new EmployerCase.OwedWorker(6, 90_000_00)), true,
                90_000_00, 0, LocalDate.parse("2026-11-01").atStartOfDay(Cases.CHINA).toInstant(), null);

        assertThat(facts.of(List.of(falseLitigation, arrears("a", "2026-10-01", "210102", 1, 100, 100)), TODAY))
                .isEmpty();
    }

    private static EmployerCase arrears(String id, String createdOn, String region, int months, long owedFen,
            long recoveredFen) {
        return new EmployerCase(id, CaseType.WAGE_CRIME, region, "E4710", new EmployerCase.Party("甲公司"),
                List.of(new EmployerCase.OwedWorker(months, owedFen)), true, owedFen, recoveredFen,
                LocalDate.parse(createdOn).atStartOfDay(Cases.CHINA).toInstant(), null);
    }

    private static BlacklistFact fact(BlacklistFactKind kind, String... caseIds) {
        return new BlacklistFact(kind, kind.label(), List.of(caseIds));
    }
}
