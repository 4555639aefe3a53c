package cn.procuratorate.wages.cases.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.wages.cases.risk.Subject.Claimant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FalseLitigationRiskTest {

    static final LocalDate FILED = LocalDate.of(2025, 6, 30);
    static final String EMPLOYER_A = "91110108551385082Q";
    static final String EMPLOYER_B = "91110000600037341L";
    static final String EMPLOYER_C = "12100000400000624D";
    static final String EMPLOYER_D = "91310000MA1FL1234Q";

    private final FalseLitigationRisk risk = FalseLitigationRisk.defaults();

    /** A case of {@code count} claimants h1..hN with amounts 1000.00, 1001.00, ... (all different). */
    static Subject subjectWithDistinctAmounts(int count) {
        List<Claimant> claimants = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            claimants.add(Claimant.of("h" + i, String.valueOf(999 + i)));
        }
        return new Subject("case-0", claimants, EMPLOYER_A, FILED);
    }

    /** {@code sharing} of {@code count} claimants claim 5000.00, the others distinct amounts. */
    static Subject subjectSharing(int count, int sharing) {
        List<Claimant> claimants = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            claimants.add(Claimant.of("h" + i, i <= sharing ? "5000.00" : String.valueOf(6000 + i)));
        }
        return new Subject("case-0", claimants, EMPLOYER_A, FILED);
    }

    @Nested
    class SameClaimantManyEmployers {

        @Test
        void twoEmployersAreNotEnoughThreeAre() {
            Subject subject = subjectWithDistinctAmounts(1);
            List<Claim> two = List.of(new Claim("h1", EMPLOYER_B, FILED.minusMonths(3), "case-1"));
            List<Claim> three = List.of(new Claim("h1", EMPLOYER_B, FILED.minusMonths(3), "case-1"),
                    new Claim("h1", EMPLOYER_C, FILED.minusMonths(6), "case-2"));
            assertThat(risk.score(subject, two, Optional.empty()).flags()).isEmpty();

            RiskAssessment assessment = risk.score(subject, three, Optional.empty());
            assertThat(assessment.flags()).singleElement().satisfies(flag -> {
                assertThat(flag.kind()).isEqualTo(RiskFlagKind.SAME_CLAIMANT_MANY_EMPLOYERS);
                assertThat(flag.code()).isEqualTo("risk.same-claimant-many-employers");
                assertThat(flag.weight()).isEqualTo(40);
                assertThat(flag.evidenceCaseIds()).containsExactly("case-1", "case-2");
                assertThat(flag.claimantHashes()).containsExactly("h1");
                assertThat(flag.explanation()).isEqualTo(
                        "1名申请人在1年内向3个以上不同用人单位主张劳动报酬（最多3个，含本案），涉及案件：case-1、case-2");
                assertThat(flag.explanation()).doesNotContain("h1");
            });
            assertThat(assessment.score()).isEqualTo(40);
            assertThat(assessment.level()).isEqualTo(RiskLevel.MEDIUM);
        }

        @Test
        void theSameEmployerTwiceAndOtherPeoplesClaimsDoNotCount() {
            Subject subject = subjectWithDistinctAmounts(2);
            List<Claim> history = List.of(
                    new Claim("h1", EMPLOYER_A, FILED.minusMonths(1), "case-1"),   // the subject's employer again
                    new Claim("h1", EMPLOYER_B, FILED.minusMonths(2), "case-2"),
                    new Claim("h1", " 91110000600037341l ", FILED.minusMonths(3), "case-3"), // B, written otherwise
                    new Claim("h2", EMPLOYER_C, FILED.minusMonths(2), "case-4"),
                    new Claim("x9", EMPLOYER_D, FILED.minusMonths(2), "case-5"));
            assertThat(risk.score(subject, history, Optional.empty()).flags()).isEmpty();
        }

        @Test
        void claimsOfTheSubjectCaseItselfAreIgnored() {
            Subject subject = subjectWithDistinctAmounts(1);
            List<Claim> history = List.of(new Claim("h1", EMPLOYER_B, FILED, "case-0"),
                    new Claim("h1", EMPLOYER_C, FILED, "case-0"));
            assertThat(risk.score(subject, history, Optional.empty()).flags()).isEmpty();
        }

        /** Twelve months back from the filing day, both ends inclusive; the same forward. */
        @ParameterizedTest(name = "other claims on {0} and {1} → {2}")
        @CsvSource({
                "2024-06-30, 2025-01-01, true",    // exactly 12 months before
                "2024-06-29, 2025-01-01, false",   // one day more
                "2026-06-30, 2026-01-01, true",    // exactly 12 months after (a case scored later)
                "2026-07-01, 2026-01-01, false",
                "2024-07-01, 2026-06-29, false",   // both within 12 months of the case, 2 years apart
                "2024-07-01, 2025-07-01, true"})   // one window of 12 months holds all three
        void theWindowIsTwelveMonthsContainingTheFilingDay(LocalDate first, LocalDate second, boolean flagged) {
            List<Claim> history = List.of(new Claim("h1", EMPLOYER_B, first, "case-1"),
                    new Claim("h1", EMPLOYER_C, second, "case-2"));
            assertThat(risk.score(subjectWithDistinctAmounts(1), history, Optional.empty())
                    .has(RiskFlagKind.SAME_CLAIMANT_MANY_EMPLOYERS)).isEqualTo(flagged);
        }

        @Test
        void onlyTheCasesInTheWindowAreEvidence() {
            List<Claim> history = List.of(new Claim("h1", EMPLOYER_B, FILED.minusMonths(2), "case-1"),
                    new Claim("h1", EMPLOYER_C, FILED.minusMonths(4), "case-2"),
                    new Claim("h1", EMPLOYER_D, FILED.minusYears(3), "case-old"));
            assertThat(risk.score(subjectWithDistinctAmounts(1), history, Optional.empty()).flags().get(0)
                    .evidenceCaseIds()).containsExactly("case-1", "case-2");
        }
    }

    @Nested
    class IdenticalAmounts {

        @ParameterizedTest(name = "{1} of {0} claimants share one amount → {2}")
        @CsvSource({
                "4,   4,  false",    // too few claimants, even all alike
                "5,   4,  true",     // 80 %
                "5,   5,  true",
                "5,   3,  false",    // 60 %
                "100, 79, false",    // 79 %
                "100, 80, true",     // 80 %
                "9,   7,  false",    // 77.8 %
                "10,  8,  true"})
        void atLeastFiveClaimantsAndEightyPercent(int claimants, int sharing, boolean flagged) {
            RiskAssessment assessment = risk.score(subjectSharing(claimants, sharing), List.of(), Optional.empty());
            assertThat(assessment.has(RiskFlagKind.IDENTICAL_AMOUNTS)).isEqualTo(flagged);
        }

        @Test
        void theFlagNamesTheAmountAndTheClaimants() {
            RiskFlag flag = risk.score(subjectSharing(5, 4), List.of(), Optional.empty()).flags().get(0);
            assertThat(flag.code()).isEqualTo("risk.identical-amounts");
            assertThat(flag.weight()).isEqualTo(30);
            assertThat(flag.explanation()).isEqualTo("5名申请人中有4名（80%）主张的数额均为5000.00元");
            assertThat(flag.claimantHashes()).containsExactly("h1", "h2", "h3", "h4");
            assertThat(flag.evidenceCaseIds()).containsExactly("case-0");
            assertThat(flag.params()).containsEntry("amount", "5000.00").containsEntry("percent", "80");
        }

        @Test
        void amountsAreComparedAsMoneyNotAsText() {
            List<Claimant> claimants = List.of(Claimant.of("h1", "5000"), Claimant.of("h2", "5000.0"),
                    Claimant.of("h3", "5000.00"), Claimant.of("h4", "5000.00"), Claimant.of("h5", "4000"));
            assertThat(risk.score(new Subject("case-0", claimants, EMPLOYER_A, FILED), List.of(), Optional.empty())
                    .has(RiskFlagKind.IDENTICAL_AMOUNTS)).isTrue();
        }
    }

    @Nested
    class NotOnRoster {

        @Test
        void withoutARosterNothingIsConcluded() {
            assertThat(risk.score(subjectWithDistinctAmounts(3), List.of(), Optional.empty()).flags()).isEmpty();
        }

        @Test
        void everyClaimantOnTheRosterIsNoFlag() {
            Roster roster = new Roster(Set.of("h1", "h2", "h3", "someone-else"));
            assertThat(risk.score(subjectWithDistinctAmounts(3), List.of(), Optional.of(roster)).flags()).isEmpty();
        }

        @Test
        void claimantsMissingFromTheRosterAreFlagged() {
            Roster roster = new Roster(Set.of("h1", "h3"));
            RiskAssessment assessment = risk.score(subjectWithDistinctAmounts(3), List.of(), Optional.of(roster));
            assertThat(assessment.flags()).singleElement().satisfies(flag -> {
                assertThat(flag.code()).isEqualTo("risk.not-on-roster");
                assertThat(flag.claimantHashes()).containsExactly("h2");
                assertThat(flag.explanation()).startsWith("3名申请人中有1名不在项目实名制登记名册中");
            });
            assertThat(assessment.score()).isEqualTo(40);
        }

        @Test
        void anEmptyRosterMissesEveryone() {
            RiskAssessment assessment = risk.score(subjectWithDistinctAmounts(2), List.of(),
                    Optional.of(new Roster(Set.of())));
            assertThat(assessment.flags().get(0).claimantHashes()).containsExactly("h1", "h2");
        }
    }

    @Nested
    class ScoreAndLevel {

        @Test
        void allFlagsAddUpAndAreCappedAtOneHundred() {
            Subject subject = subjectSharing(5, 5);
            List<Claim> history = List.of(new Claim("h1", EMPLOYER_B, FILED.minusMonths(1), "case-1"),
                    new Claim("h1", EMPLOYER_C, FILED.minusMonths(2), "case-2"));
            RiskAssessment assessment = risk.score(subject, history, Optional.of(new Roster(Set.of("h1"))));
            assertThat(assessment.codes()).containsExactly("risk.same-claimant-many-employers",
                    "risk.identical-amounts", "risk.not-on-roster");
            assertThat(assessment.flags()).extracting(RiskFlag::weight).containsExactly(40, 30, 40);
            assertThat(assessment.score()).isEqualTo(100);
            assertThat(assessment.level()).isEqualTo(RiskLevel.HIGH);
            assertThat(assessment.caseId()).isEqualTo("case-0");
        }

        @Test
        void noFlagIsLowWithScoreZero() {
            RiskAssessment assessment = risk.score(subjectWithDistinctAmounts(3), List.of(), Optional.empty());
            assertThat(assessment.score()).isZero();
            assertThat(assessment.level()).isEqualTo(RiskLevel.LOW);
        }

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({"0, LOW", "29, LOW", "30, MEDIUM", "59, MEDIUM", "60, HIGH", "100, HIGH"})
        void levelsByScore(int score, RiskLevel level) {
            assertThat(RiskThresholds.defaults().levelOf(score)).isEqualTo(level);
        }

        @Test
        void thresholdsAreReplaceable() {
            RiskThresholds stricter = new RiskThresholds(2, Period.ofMonths(6), 3, new BigDecimal("0.5"),
                    50, 50, 10, 20, 50, 100);
            FalseLitigationRisk tuned = new FalseLitigationRisk(stricter);
            Subject subject = subjectSharing(4, 2);
            List<Claim> history = List.of(new Claim("h1", EMPLOYER_B, FILED.minusMonths(6), "case-1"));
            RiskAssessment assessment = tuned.score(subject, history, Optional.empty());
            assertThat(assessment.codes()).containsExactly("risk.same-claimant-many-employers",
                    "risk.identical-amounts");
            assertThat(assessment.score()).isEqualTo(100);
            assertThat(assessment.flags().get(0).explanation()).contains("在6个月内向2个以上");
        }

        @Test
        void inconsistentThresholdsAreRefused() {
            assertThatThrownBy(() -> new RiskThresholds(1, Period.ofMonths(12), 5, new BigDecimal("0.8"),
                    40, 30, 40, 30, 60, 100)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new RiskThresholds(3, Period.ZERO, 5, new BigDecimal("0.8"),
                    40, 30, 40, 30, 60, 100)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new RiskThresholds(3, Period.ofMonths(12), 5, new BigDecimal("1.01"),
                    40, 30, 40, 30, 60, 100)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new RiskThresholds(3, Period.ofMonths(12), 5, new BigDecimal("0.8"),
                    40, 30, 40, 70, 60, 100)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void subjectsAreChecked() {
        assertThatThrownBy(() -> new Subject("case-0", List.of(Claimant.of("h1", "1.00"), Claimant.of("h1", "2.00")),
                EMPLOYER_A, FILED)).hasMessageContaining("twice");
        assertThatThrownBy(() -> Claimant.of("h1", "1.001")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Subject(" ", List.of(), EMPLOYER_A, FILED))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
