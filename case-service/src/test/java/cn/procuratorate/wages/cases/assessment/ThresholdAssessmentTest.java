package cn.procuratorate.wages.cases.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.wages.cases.assessment.AssessmentFacts.OrderToPay;
import cn.procuratorate.wages.cases.assessment.ProvincialThresholds.Figures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThresholdAssessmentTest {

    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    static final OrderToPay ORDER_PASSED =
            new OrderToPay(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 15), OrderDelivery.SERVED, false);

    private final ThresholdAssessment assessment = ThresholdAssessment.defaults();

    /** Facts meeting evasion and order to pay, so that only the amount decides the outcome. */
    static AssessmentFacts.Builder otherwiseMet(String region) {
        return AssessmentFacts.builder(region, AS_OF)
                .evasion(EvasionKind.ABSCONDED)
                .orderToPay(ORDER_PASSED);
    }

    /** {@code count} workers owed 1 month each (so only the many-workers test can apply), {@code total} in all. */
    static AssessmentFacts.Builder workersOwingInTotal(AssessmentFacts.Builder builder, int count, String total) {
        BigDecimal sum = new BigDecimal(total);
        BigDecimal each = sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.DOWN);
        for (int i = 1; i < count; i++) {
            builder.worker("w" + i, 1, each.toPlainString());
        }
        return builder.worker("w" + count, 1, sum.subtract(each.multiply(BigDecimal.valueOf(count - 1)))
                .toPlainString());
    }

    @Nested
    class Amount {

        @ParameterizedTest(name = "{0} months owed → {1}")
        @CsvSource({"0, NOT_MET", "2, NOT_MET", "3, MET", "4, MET", "12, MET"})
        void oneWorkerCountsFromThreeMonths(int months, Finding expected) {
            AssessmentVerdict verdict = assessment.assess(otherwiseMet("210102").worker("w1", months, "20000.00")
                    .build());
            assertThat(verdict.finding(Condition.AMOUNT)).isEqualTo(expected);
            assertThat(verdict.codes()).contains(expected == Finding.MET ? "amount.single-worker-threshold-met"
                    : "amount.single-worker-months-not-reached");
        }

        /** Each province of the default table, one fen below, at and one fen above its per-worker figure. */
        @ParameterizedTest(name = "{0}: {1} → {2}")
        @CsvSource({
                "21,     9999.99,  NOT_MET", "21,     10000.00, MET", "21,     10000.01, MET",
                "210102, 9999.99,  NOT_MET", "210102, 10000.00, MET",
                "52,     9999.99,  NOT_MET", "52,     10000.00, MET", "52,     10000.01, MET",
                "41,     7999.99,  NOT_MET", "41,     8000.00,  MET", "41,     8000.01,  MET",
                "410105, 7999.99,  NOT_MET", "410105, 8000.00,  MET",
                "50,     9999.99,  NOT_MET", "50,     10000.00, MET", "50,     10000.01, MET"})
        void oneWorkerAgainstTheProvincialFigure(String region, String owed, Finding expected) {
            AssessmentVerdict verdict = assessment.assess(otherwiseMet(region).worker("w1", 3, owed).build());
            assertThat(verdict.finding(Condition.AMOUNT)).isEqualTo(expected);
            assertThat(verdict.outcome()).isEqualTo(expected == Finding.MET ? Outcome.MEETS_ALL_CONDITIONS
                    : Outcome.NOT_MET);
            assertThat(verdict.figures().source()).isEqualTo(AppliedFigures.Source.REGIONAL_FIGURES);
            assertThat(verdict.codes()).doesNotContain("amount.province-figure-unknown");
        }

        /** Each province of the default table, one fen below, at and one fen above its total figure. */
        @ParameterizedTest(name = "{0}: 10 workers, {1} → {2}")
        @CsvSource({
                "21, 49999.99, NOT_MET", "21, 50000.00, MET", "21, 50000.01, MET",
                "52, 49999.99, NOT_MET", "52, 50000.00, MET", "52, 50000.01, MET",
                "41, 39999.99, NOT_MET", "41, 40000.00, MET", "41, 40000.01, MET",
                "50, 59999.99, NOT_MET", "50, 60000.00, MET", "50, 60000.01, MET"})
        void tenWorkersAgainstTheProvincialTotal(String region, String total, Finding expected) {
            AssessmentVerdict verdict = assessment.assess(workersOwingInTotal(otherwiseMet(region), 10, total)
                    .build());
            assertThat(verdict.finding(Condition.AMOUNT)).isEqualTo(expected);
            assertThat(verdict.codes()).contains("amount.single-worker-months-not-reached",
                    expected == Finding.MET ? "amount.many-workers-threshold-met"
                            : "amount.many-workers-threshold-not-met");
        }

        @ParameterizedTest(name = "{0} workers → {1}")
        @CsvSource({"9, NOT_MET, amount.many-workers-count-not-reached",
                "10, MET, amount.many-workers-threshold-met",
                "11, MET, amount.many-workers-threshold-met"})
        void manyWorkersCountFromTen(int workers, Finding expected, String code) {
            // ¥90,000 for 9 workers is well above every total figure: only the head count decides.
            AssessmentVerdict verdict = assessment.assess(workersOwingInTotal(otherwiseMet("21"), workers,
                    String.valueOf(workers * 10_000)).build());
            assertThat(verdict.finding(Condition.AMOUNT)).isEqualTo(expected);
            assertThat(verdict.codes()).contains(code);
        }

        /** Beijing (11) has no figures in the default table: both ends of the national range are tried. */
        @ParameterizedTest(name = "unknown province, one worker {0} → {1}")
        @CsvSource({
                "4999.99,  NOT_MET,      amount.single-worker-threshold-not-met,            NOT_MET",
                "5000.00,  UNDETERMINED, amount.single-worker-depends-on-province-figure,   UNDETERMINED",
                "19999.99, UNDETERMINED, amount.single-worker-depends-on-province-figure,   UNDETERMINED",
                "20000.00, MET,          amount.single-worker-threshold-met,                MEETS_ALL_CONDITIONS"})
        void unknownProvinceOneWorker(String owed, Finding expected, String code, Outcome outcome) {
            AssessmentVerdict verdict = assessment.assess(otherwiseMet("110105").worker("w1", 3, owed).build());
            assertThat(verdict.finding(Condition.AMOUNT)).isEqualTo(expected);
            assertThat(verdict.outcome()).isEqualTo(outcome);
            assertThat(verdict.codes()).startsWith("amount.province-figure-unknown").contains(code);
            assertThat(verdict.reasonsFor(Condition.AMOUNT).get(0).finding()).isEqualTo(expected);
            assertThat(verdict.figures().source()).isEqualTo(AppliedFigures.Source.NATIONAL_RANGE);
            assertThat(verdict.figures().regionKey()).isEqualTo("110105");
        }

        @ParameterizedTest(name = "unknown province, 10 workers {0} → {1}")
        @CsvSource({
                "29999.99,  NOT_MET,      amount.many-workers-threshold-not-met",
                "30000.00,  UNDETERMINED, amount.many-workers-depends-on-province-figure",
                "99999.99,  UNDETERMINED, amount.many-workers-depends-on-province-figure",
                "100000.00, MET,          amount.many-workers-threshold-met"})
        void unknownProvinceManyWorkers(String total, Finding expected, String code) {
            AssessmentVerdict verdict = assessment.assess(workersOwingInTotal(otherwiseMet("44"), 10, total).build());
            assertThat(verdict.finding(Condition.AMOUNT)).isEqualTo(expected);
            assertThat(verdict.codes()).contains("amount.province-figure-unknown", code);
        }

        @Test
        void eitherTestSufficesAndAMetOneWinsOverAnUndeterminedOne() {
            // Unknown province: the single worker (¥6,000) depends on the figure, the ten workers (¥100,000) do not.
            AssessmentFacts.Builder builder = workersOwingInTotal(otherwiseMet("11"), 9, "94000.00");
            AssessmentVerdict verdict = assessment.assess(builder.worker("w10", 3, "6000.00").build());
            assertThat(verdict.finding(Condition.AMOUNT)).isEqualTo(Finding.MET);
            assertThat(verdict.codes()).contains("amount.single-worker-depends-on-province-figure",
                    "amount.many-workers-threshold-met");
        }

        @Test
        void theHighestAmountOfTheWorkersOwedLongEnoughDecides() {
            AssessmentVerdict verdict = assessment.assess(otherwiseMet("21")
                    .worker("short", 2, "50000.00").worker("long-small", 6, "3000.00")
                    .worker("long-large", 3, "12000.00").build());
            Reason reason = verdict.reasonsFor(Condition.AMOUNT).get(0);
            assertThat(reason.code()).isEqualTo("amount.single-worker-threshold-met");
            assertThat(reason.params()).containsEntry("workerId", "long-large").containsEntry("amount", "12000.00")
                    .containsEntry("figure", "10000.00");
            assertThat(reason.explanation()).isEqualTo(
                    "劳动者long-large被拖欠3个月劳动报酬12,000.00元，达到一名劳动者3个月以上、10,000.00元的数额较大标准"
                            + "（法释〔2013〕3号第三条第一项）");
        }

        @Test
        void noWorkersIsNotMet() {
            AssessmentVerdict verdict = assessment.assess(otherwiseMet("21").build());
            assertThat(verdict.finding(Condition.AMOUNT)).isEqualTo(Finding.NOT_MET);
            assertThat(verdict.codes()).contains("amount.no-workers-owed");
        }

        @Test
        void aPrefectureMayHaveFiguresOfItsOwn() {
            // Guangdong (粤高法发〔2015〕4号): Guangzhou 20,000/100,000, most other cities 10,000/60,000.
            ThresholdAssessment guangdong = new ThresholdAssessment(AssessmentRules.defaults().withThresholds(
                    ProvincialThresholds.defaults().withOverrides(Map.of(
                            "44", Figures.of("10000", "60000"), "4401", Figures.of("20000", "100000")))));
            AssessmentVerdict guangzhou = guangdong.assess(otherwiseMet("440103").worker("w1", 3, "15000.00")
                    .build());
            AssessmentVerdict shantou = guangdong.assess(otherwiseMet("440507").worker("w1", 3, "15000.00")
                    .build());
            assertThat(guangzhou.finding(Condition.AMOUNT)).isEqualTo(Finding.NOT_MET);
            assertThat(guangzhou.figures().regionKey()).isEqualTo("4401");
            assertThat(shantou.finding(Condition.AMOUNT)).isEqualTo(Finding.MET);
            assertThat(shantou.figures().regionKey()).isEqualTo("44");
        }
    }

    @Nested
    class Evasion {

        @Test
        void noEvasionAndNoAbilityToPayRecordedIsNotMet() {
            AssessmentVerdict verdict = assessment.assess(AssessmentFacts.builder("21", AS_OF)
                    .worker("w1", 3, "10000.00").orderToPay(ORDER_PASSED).build());
            assertThat(verdict.finding(Condition.EVASION)).isEqualTo(Finding.NOT_MET);
            assertThat(verdict.outcome()).isEqualTo(Outcome.NOT_MET);
            assertThat(verdict.codes()).contains("evasion.none-recorded");
        }

        @Test
        void eitherEvasionOrAbilityToPayMeetsIt() {
            AssessmentVerdict evaded = assessment.assess(AssessmentFacts.builder("21", AS_OF)
                    .worker("w1", 3, "10000.00").orderToPay(ORDER_PASSED)
                    .evasion(EvasionKind.FICTITIOUS_DEBTS, EvasionKind.CONCEALED_DESTROYED_OR_ALTERED_RECORDS).build());
            AssessmentVerdict able = assessment.assess(AssessmentFacts.builder("21", AS_OF)
                    .worker("w1", 3, "10000.00").orderToPay(ORDER_PASSED).ableToPayButDidNot(true).build());
            assertThat(evaded.finding(Condition.EVASION)).isEqualTo(Finding.MET);
            assertThat(evaded.reasonsFor(Condition.EVASION).get(0).params())
                    .containsEntry("kinds", "FICTITIOUS_DEBTS,CONCEALED_DESTROYED_OR_ALTERED_RECORDS");
            assertThat(able.finding(Condition.EVASION)).isEqualTo(Finding.MET);
            assertThat(able.codes()).contains("evasion.able-to-pay-did-not");
        }
    }

    @Nested
    class OrderToPayCondition {

        @ParameterizedTest(name = "as of {0} → {1}")
        @CsvSource({
                "2025-03-14, NOT_MET, order.deadline-not-passed",   // day before the deadline
                "2025-03-15, NOT_MET, order.deadline-not-passed",   // the deadline day: still time to pay
                "2025-03-16, MET,     order.deadline-passed-unpaid"}) // the day after
        void theDeadlinePassesTheDayAfterIt(LocalDate asOf, Finding expected, String code) {
            AssessmentVerdict verdict = assessment.assess(AssessmentFacts.builder("21", asOf)
                    .worker("w1", 3, "10000.00").evasion(EvasionKind.ABSCONDED).orderToPay(ORDER_PASSED).build());
            assertThat(verdict.finding(Condition.ORDER_TO_PAY)).isEqualTo(expected);
            assertThat(verdict.codes()).contains(code);
        }

        @ParameterizedTest(name = "{0}, paid by deadline {1} → {2}")
        @CsvSource({
                "SERVED,              false, MET,     order.deadline-passed-unpaid",
                "SERVED,              true,  NOT_MET, order.paid-by-deadline",
                "POSTED_AND_RECORDED, false, MET,     order.posted-deadline-passed-unpaid",
                "POSTED_NOT_RECORDED, false, NOT_MET, order.posting-not-recorded"})
        void deliveryAndPaymentByTheDeadline(OrderDelivery delivery, boolean paid, Finding expected, String code) {
            OrderToPay order = new OrderToPay(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 15), delivery, paid);
            AssessmentVerdict verdict = assessment.assess(AssessmentFacts.builder("21", AS_OF)
                    .worker("w1", 3, "10000.00").evasion(EvasionKind.ABSCONDED).orderToPay(order).build());
            assertThat(verdict.finding(Condition.ORDER_TO_PAY)).isEqualTo(expected);
            assertThat(verdict.reasonsFor(Condition.ORDER_TO_PAY)).extracting(Reason::code).containsExactly(code);
        }

        @Test
        void noOrderIsNotMet() {
            AssessmentVerdict verdict = assessment.assess(AssessmentFacts.builder("21", AS_OF)
                    .worker("w1", 3, "10000.00").evasion(EvasionKind.ABSCONDED).build());
            assertThat(verdict.finding(Condition.ORDER_TO_PAY)).isEqualTo(Finding.NOT_MET);
            assertThat(verdict.outcome()).isEqualTo(Outcome.NOT_MET);
            assertThat(verdict.codes()).contains("order.not-issued");
        }
    }

    @Nested
    class OutcomeAndBand {

        @Test
        void allConditionsWithoutSeriousConsequencesUpToThreeYears() {
            AssessmentVerdict verdict = assessment.assess(otherwiseMet("21").worker("w1", 3, "10000.00").build());
            assertThat(verdict.outcome()).isEqualTo(Outcome.MEETS_ALL_CONDITIONS);
            assertThat(verdict.sentenceBand()).isEqualTo(SentenceBand.UP_TO_THREE_YEARS);
            assertThat(verdict.finding(Condition.SERIOUS_CONSEQUENCES)).isEqualTo(Finding.NOT_MET);
            assertThat(verdict.leniencyStage()).isEqualTo(LeniencyStage.NOT_REPAID);
            assertThat(verdict.reasons()).extracting(Reason::condition).containsExactly(Condition.AMOUNT,
                    Condition.AMOUNT, Condition.EVASION, Condition.ORDER_TO_PAY, Condition.SERIOUS_CONSEQUENCES,
                    Condition.REPAYMENT);
            assertThat(verdict.reasons()).allSatisfy(reason -> assertThat(reason.explanation()).isNotBlank());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"BASIC_LIVING_SERIOUSLY_AFFECTED", "MAJOR_ILLNESS_UNTREATED", "CHILD_OUT_OF_SCHOOL",
                "VIOLENCE_OR_THREATS", "OTHER"})
        void eachSeriousConsequenceRaisesTheBand(SeriousConsequence consequence) {
            AssessmentVerdict verdict = assessment.assess(otherwiseMet("21").worker("w1", 3, "10000.00")
                    .seriousConsequences(consequence).build());
            assertThat(verdict.sentenceBand()).isEqualTo(SentenceBand.THREE_TO_SEVEN_YEARS);
            assertThat(verdict.finding(Condition.SERIOUS_CONSEQUENCES)).isEqualTo(Finding.MET);
            assertThat(verdict.codes()).contains("serious-consequences.present");
        }

        @Test
        void noBandUnlessAllConditionsAreMet() {
            AssessmentVerdict notMet = assessment.assess(otherwiseMet("21").worker("w1", 3, "9999.99")
                    .seriousConsequences(SeriousConsequence.VIOLENCE_OR_THREATS).build());
            AssessmentVerdict undetermined = assessment.assess(otherwiseMet("11").worker("w1", 3, "9999.99").build());
            assertThat(notMet.outcome()).isEqualTo(Outcome.NOT_MET);
            assertThat(notMet.sentenceBand()).isEqualTo(SentenceBand.NOT_APPLICABLE);
            assertThat(undetermined.outcome()).isEqualTo(Outcome.UNDETERMINED);
            assertThat(undetermined.sentenceBand()).isEqualTo(SentenceBand.NOT_APPLICABLE);
        }

        @Test
        void aNotMetConditionWinsOverAnUndeterminedOne() {
            AssessmentVerdict verdict = assessment.assess(AssessmentFacts.builder("11", AS_OF)
                    .worker("w1", 3, "9999.99").evasion(EvasionKind.ABSCONDED).build());
            assertThat(verdict.finding(Condition.AMOUNT)).isEqualTo(Finding.UNDETERMINED);
            assertThat(verdict.outcome()).isEqualTo(Outcome.NOT_MET);
        }
    }

    @Nested
    class Leniency {

        static final LocalDate FILED = LocalDate.of(2025, 4, 10);
        static final LocalDate PROSECUTED = LocalDate.of(2025, 5, 20);
        static final LocalDate VERDICT = LocalDate.of(2025, 6, 25);

        private AssessmentVerdict repaid(ThresholdAssessment rules, LocalDate on, boolean serious) {
            AssessmentFacts.Builder builder = otherwiseMet("21").worker("w1", 3, "10000.00")
                    .milestones(FILED, PROSECUTED, VERDICT).repaidInFullOn(on);
            if (serious) {
                builder.seriousConsequences(SeriousConsequence.CHILD_OUT_OF_SCHOOL);
            }
            return rules.assess(builder.build());
        }

        /** Same-day payments count as before the milestone by default (and are flagged for checking). */
        @ParameterizedTest(name = "repaid {0}, serious {1} → {2}")
        @CsvSource({
                "2025-04-09, false, BEFORE_FILING,                           false",
                "2025-04-10, false, BEFORE_FILING,                           true",
                "2025-04-11, false, BEFORE_PROSECUTION,                      false",
                "2025-05-20, false, BEFORE_PROSECUTION,                      true",
                "2025-05-21, false, BEFORE_FIRST_INSTANCE_VERDICT,           false",
                "2025-06-25, false, BEFORE_FIRST_INSTANCE_VERDICT,           true",
                "2025-06-26, false, NONE,                                    false",
                "2025-04-09, true,  DISCRETIONARY_WITH_SERIOUS_CONSEQUENCES, false",
                "2025-06-25, true,  DISCRETIONARY_WITH_SERIOUS_CONSEQUENCES, true",
                "2025-06-26, true,  NONE,                                    false"})
        void stageByTheDayOfRepayment(LocalDate on, boolean serious, LeniencyStage expected, boolean flagged) {
            AssessmentVerdict verdict = repaid(assessment, on, serious);
            assertThat(verdict.leniencyStage()).isEqualTo(expected);
            assertThat(verdict.finding(Condition.REPAYMENT)).isEqualTo(Finding.MET);
            assertThat(verdict.codes()).contains("leniency." + expected.name().toLowerCase().replace('_', '-'));
            assertThat(verdict.codes().contains("leniency.same-day-as-milestone")).isEqualTo(flagged);
        }

        @ParameterizedTest(name = "repaid {0} → {1}")
        @CsvSource({
                "2025-04-09, BEFORE_FILING",
                "2025-04-10, BEFORE_PROSECUTION",
                "2025-05-20, BEFORE_FIRST_INSTANCE_VERDICT",
                "2025-06-25, NONE"})
        void sameDayMayCountAsAfterTheMilestone(LocalDate on, LeniencyStage expected) {
            ThresholdAssessment strict = new ThresholdAssessment(
                    AssessmentRules.defaults().withSameDayRepayment(SameDayRepayment.COUNTS_AS_AFTER));
            assertThat(repaid(strict, on, false).leniencyStage()).isEqualTo(expected);
        }

        @Test
        void milestonesNotYetReachedLeaveTheEarlierStage() {
            AssessmentVerdict notFiled = assessment.assess(otherwiseMet("21").worker("w1", 3, "10000.00")
                    .repaidInFullOn(AS_OF).build());
            AssessmentVerdict filedOnly = assessment.assess(otherwiseMet("21").worker("w1", 3, "10000.00")
                    .milestones(FILED, null, null).repaidInFullOn(AS_OF).build());
            assertThat(notFiled.leniencyStage()).isEqualTo(LeniencyStage.BEFORE_FILING);
            assertThat(filedOnly.leniencyStage()).isEqualTo(LeniencyStage.BEFORE_PROSECUTION);
        }

        @Test
        void notRepaid() {
            AssessmentVerdict verdict = assessment.assess(otherwiseMet("21").worker("w1", 3, "10000.00")
                    .milestones(FILED, PROSECUTED, null).build());
            assertThat(verdict.leniencyStage()).isEqualTo(LeniencyStage.NOT_REPAID);
            assertThat(verdict.finding(Condition.REPAYMENT)).isEqualTo(Finding.NOT_MET);
            assertThat(verdict.codes()).contains("leniency.not-repaid");
        }
    }

    @Nested
    class Facts {

        @Test
        void refusesInconsistentFacts() {
            assertThatThrownBy(() -> AssessmentFacts.builder("21", AS_OF).worker("w1", 3, "1.00")
                    .worker("w1", 1, "2.00").build()).hasMessageContaining("twice");
            assertThatThrownBy(() -> AssessmentFacts.builder("21", AS_OF).repaidInFullOn(AS_OF.plusDays(1)).build())
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> AssessmentFacts.builder("21", AS_OF).milestones(null, AS_OF, null).build())
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> AssessmentFacts.builder("21", AS_OF)
                    .milestones(AS_OF, AS_OF.minusDays(1), null).build()).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> AssessmentFacts.builder("21", AS_OF).milestones(AS_OF.plusDays(1), null, null)
                    .build()).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new OrderToPay(AS_OF, AS_OF.minusDays(1), OrderDelivery.SERVED, false))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> AssessmentFacts.builder("21", AS_OF).orderToPay(
                    new OrderToPay(AS_OF.plusDays(1), AS_OF.plusDays(9), OrderDelivery.SERVED, false)).build())
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @ParameterizedTest
        @CsvSource({"2", "211", "2101021", "99", "990000", "a1"})
        void refusesRegionCodesThatAreNoPrefixOfAProvince(String region) {
            assertThatThrownBy(() -> AssessmentFacts.builder(region, AS_OF).build())
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @ParameterizedTest
        @CsvSource({"0.00", "-1.00", "1.001"})
        void refusesAmountsThatAreNotPositiveFen(String amount) {
            assertThatThrownBy(() -> AssessmentFacts.OwedWorker.of("w1", 3, amount))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void amountsAreKeptWithTwoDecimals() {
            assertThat(AssessmentFacts.OwedWorker.of("w1", 3, "10000").amountOwed()).hasToString("10000.00");
            assertThat(AssessmentFacts.OwedWorker.of("w1", 3, "1.500").amountOwed()).hasToString("1.50");
        }
    }
}
