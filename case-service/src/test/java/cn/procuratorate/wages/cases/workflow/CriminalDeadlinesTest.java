package cn.procuratorate.wages.cases.workflow;

import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.HANDLER;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.MAJOR_NOT_DETAINED;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.PROCURATOR;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.WORKFLOWS;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.apply;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.date;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The criminal time limits: arrest review, prosecution review, fast track, supplementary investigation. */
class CriminalDeadlinesTest {

    private static final Transition EXTEND_ARREST = new Transition.ExtendArrestReview("案情重大复杂");
    private static final Transition EXTEND_PROSECUTION = new Transition.ExtendProsecutionReview("涉及工人众多");
    private static final Transition RETURN = new Transition.ReturnForSupplementaryInvestigation("补充审计欠薪数额");
    private static final Transition RESUME = new Transition.ResumeAfterSupplementaryInvestigation();

    private static CaseFacts facts(boolean detained, boolean major) {
        return CaseFacts.NONE.withSuspectDetained(detained).withMajorCase(major);
    }

    private static WorkflowState arrestReview(CaseFacts facts, LocalDate receivedOn) {
        return WORKFLOWS.start(CaseType.WAGE_CRIME, EntryPoint.ARREST_REQUEST, facts, HANDLER, receivedOn);
    }

    private static WorkflowState prosecutionReview(CaseFacts facts, LocalDate receivedOn) {
        return WORKFLOWS.start(CaseType.WAGE_CRIME, EntryPoint.TRANSFER_FOR_PROSECUTION, facts, HANDLER, receivedOn);
    }

    @Nested
    class ArrestReview {

        @ParameterizedTest(name = "detained={0}, major={1}: due {2}")
        @CsvSource({
                "true,  false, 2024-03-08",  // 7 days (CPL 91)
                "true,  true,  2024-03-08",  // 7 days whatever the case
                "false, false, 2024-03-16",  // 15 days
                "false, true,  2024-03-16",  // 15 days until extended
        })
        void dueFromReceiptOfTheRequest(boolean detained, boolean major, LocalDate due) {
            WorkflowState state = arrestReview(facts(detained, major), date("2024-03-01"));

            assertThat(state.stage()).isEqualTo(Stage.ARREST_REVIEW);
            assertThat(state.stageStartedOn()).isEqualTo(date("2024-03-01"));
            assertThat(state.dueOn()).isEqualTo(due);
        }

        @Test
        void aMajorCaseNotDetainedIsExtendedTo20DaysInAll() {
            WorkflowState state = arrestReview(facts(false, true), date("2024-03-01"));

            WorkflowStep step = WORKFLOWS.apply(state, EXTEND_ARREST, PROCURATOR, date("2024-03-10"));

            assertThat(step.state().dueOn()).isEqualTo(date("2024-03-21"));
            assertThat(step.state().extensionGranted()).isTrue();
            assertThat(step.state().stageStartedOn()).isEqualTo(date("2024-03-01"));
            assertThat(step.change().stageChanged()).isFalse();
            assertThat(step.change().summary()).contains("案情重大复杂", "2024-03-21");
        }

        @ParameterizedTest(name = "detained={0}, major={1}, extended before={2}: {3}")
        @CsvSource({
                "true,  true,  false, workflow.extension-not-applicable",
                "true,  false, false, workflow.extension-not-applicable",
                "false, false, false, workflow.extension-needs-major-case",
                "false, true,  true,  workflow.extension-already-granted",
        })
        void extensionRefused(boolean detained, boolean major, boolean extendedBefore, String code) {
            WorkflowState state = arrestReview(facts(detained, major), date("2024-03-01"));
            if (extendedBefore) {
                state = apply(state, EXTEND_ARREST, date("2024-03-02"));
            }
            WorkflowState current = state;

            assertThat(refusal(() -> WORKFLOWS.apply(current, EXTEND_ARREST, PROCURATOR, date("2024-03-03"))).code())
                    .isEqualTo(code);
            assertThat(WORKFLOWS.allowedActions(current)).doesNotContain(Action.EXTEND_ARREST_REVIEW);
        }

        @ParameterizedTest
        @CsvSource(value = {"NULL", "''", "'   '"}, nullValues = "NULL")
        void anExtensionNeedsAReason(String reason) {
            WorkflowState state = arrestReview(facts(false, true), date("2024-03-01"));

            assertThat(refusal(() -> WORKFLOWS.apply(state, new Transition.ExtendArrestReview(reason), PROCURATOR,
                    date("2024-03-02"))).code()).isEqualTo("workflow.reason-required");
        }

        @Test
        void startedFromReceivedTheClockStartsOnTheDayOfTheRequest() {
            WorkflowState received = WORKFLOWS.start(CaseType.WAGE_CRIME, EntryPoint.CRIMINAL_RECEIVED,
                    CaseFacts.detained(), HANDLER, date("2024-02-20"));
            assertThat(received.dueOn()).isNull();

            WorkflowState review = apply(received, new Transition.StartArrestReview(), date("2024-03-01"));

            assertThat(review.stageStartedOn()).isEqualTo(date("2024-03-01"));
            assertThat(review.dueOn()).isEqualTo(date("2024-03-08"));
            assertThat(review.receivedOn()).isEqualTo(date("2024-02-20"));
        }

        @Test
        void theArrestDecisionEndsTheClock() {
            WorkflowState decided = apply(arrestReview(CaseFacts.detained(), date("2024-03-01")),
                    Transition.DecideArrest.arrest(), date("2024-03-05"));

            assertThat(decided.stage()).isEqualTo(Stage.ARREST_DECIDED);
            assertThat(decided.dueOn()).isNull();
        }

        @Test
        void theSuspectReleasedDuringReviewGets15DaysFromTheStart() {
            WorkflowState state = arrestReview(CaseFacts.detained(), date("2024-03-01"));

            WorkflowState released = apply(state, new Transition.RecordFacts(CaseFacts.notDetained(), "取保候审"),
                    date("2024-03-04"));

            assertThat(released.dueOn()).isEqualTo(date("2024-03-16"));
            assertThat(released.stageStartedOn()).isEqualTo(date("2024-03-01"));
        }

        @Test
        void anExtensionLapsesWhenTheSuspectIsDetainedAfterwards() {
            WorkflowState extended = apply(arrestReview(facts(false, true), date("2024-03-01")), EXTEND_ARREST,
                    date("2024-03-02"));

            WorkflowState detained = apply(extended, new Transition.RecordFacts(facts(true, true), null),
                    date("2024-03-03"));

            assertThat(detained.extensionGranted()).isFalse();
            assertThat(detained.dueOn()).isEqualTo(date("2024-03-08"));
        }
    }

    @Nested
    class ProsecutionReview {

        @ParameterizedTest(name = "received {0}, fast track={1}, over one year={2}: due {3}")
        @CsvSource({
                "2024-03-01, false, false, 2024-04-01",  // 1 month (CPL 172)
                "2024-03-01, true,  false, 2024-03-11",  // fast track: 10 days
                "2024-03-01, true,  true,  2024-03-16",  // fast track, likely sentence over one year: 15 days
                "2024-12-20, true,  false, 2024-12-30",
                "2024-12-25, false, false, 2025-01-25",
        })
        void dueFromReceiptOfTheTransfer(LocalDate receivedOn, boolean fastTrack, boolean overOneYear,
                LocalDate due) {
            CaseFacts facts = !fastTrack ? CaseFacts.NONE
                    : overOneYear ? CaseFacts.NONE.withFastTrackOverOneYear() : CaseFacts.NONE.withFastTrack();

            WorkflowState state = prosecutionReview(facts, receivedOn);

            assertThat(state.stage()).isEqualTo(Stage.PROSECUTION_REVIEW);
            assertThat(state.dueOn()).isEqualTo(due);
        }

        @Test
        void aMajorCaseIsExtendedBy15Days() {
            WorkflowState state = prosecutionReview(MAJOR_NOT_DETAINED, date("2024-03-01"));

            WorkflowState extended = apply(state, EXTEND_PROSECUTION, date("2024-03-25"));

            assertThat(extended.dueOn()).isEqualTo(date("2024-04-16"));
            assertThat(refusal(() -> WORKFLOWS.apply(extended, EXTEND_PROSECUTION, PROCURATOR, date("2024-03-26")))
                    .code()).isEqualTo("workflow.extension-already-granted");
        }

        @Test
        void theFastTrackCannotBeExtended() {
            WorkflowState state = prosecutionReview(MAJOR_NOT_DETAINED.withFastTrackOverOneYear(), date("2024-03-01"));

            TransitionRefused refused = refusal(() -> WORKFLOWS.apply(state, EXTEND_PROSECUTION, PROCURATOR,
                    date("2024-03-02")));

            assertThat(refused.code()).isEqualTo("workflow.extension-not-applicable");
            assertThat(refused.getMessage()).contains("速裁");
        }

        @Test
        void anOrdinaryCaseCannotBeExtended() {
            WorkflowState state = prosecutionReview(CaseFacts.NONE, date("2024-03-01"));

            assertThat(refusal(() -> WORKFLOWS.apply(state, EXTEND_PROSECUTION, PROCURATOR, date("2024-03-02")))
                    .code()).isEqualTo("workflow.extension-needs-major-case");
        }

        @Test
        void aGuiltyPleaWithFastTrackDuringReviewShortensTheLimitFromTheStartAndDropsTheExtension() {
            WorkflowState extended = apply(prosecutionReview(MAJOR_NOT_DETAINED, date("2024-03-01")),
                    EXTEND_PROSECUTION, date("2024-03-02"));

            WorkflowStep step = WORKFLOWS.apply(extended,
                    new Transition.RecordFacts(MAJOR_NOT_DETAINED.withFastTrack(), "签署认罪认罚具结书"),
                    PROCURATOR, date("2024-03-05"));

            assertThat(step.state().dueOn()).isEqualTo(date("2024-03-11"));
            assertThat(step.state().extensionGranted()).isFalse();
            assertThat(step.change().summary()).contains("认罪认罚", "速裁", "2024-03-11");
        }

        @Test
        void theFastTrackNeedsAGuiltyPlea() {
            CaseFacts inconsistent = new CaseFacts(false, false, false, true, false);

            assertThat(refusal(() -> prosecutionReview(inconsistent, date("2024-03-01"))).code())
                    .isEqualTo("workflow.fast-track-needs-guilty-plea");
            WorkflowState state = prosecutionReview(CaseFacts.NONE, date("2024-03-01"));
            assertThat(refusal(() -> WORKFLOWS.apply(state, new Transition.RecordFacts(inconsistent, null),
                    PROCURATOR, date("2024-03-02"))).code()).isEqualTo("workflow.fast-track-needs-guilty-plea");
        }

        @Test
        void entryAtProsecutionReviewHasNoArrestDecisionAndTheSameHandler() {
            WorkflowState state = prosecutionReview(CaseFacts.detained(), date("2024-03-01"));

            assertThat(state.entryPoint()).isEqualTo(EntryPoint.TRANSFER_FOR_PROSECUTION);
            assertThat(state.arrestDecision()).isNull();
            assertThat(state.handlerId()).isEqualTo(HANDLER);
            assertThat(WORKFLOWS.allowedActions(state)).contains(Action.DECIDE_PROSECUTION,
                    Action.RETURN_FOR_SUPPLEMENTARY_INVESTIGATION).doesNotContain(Action.DECIDE_ARREST);
        }
    }

    @Nested
    class SupplementaryInvestigation {

        @Test
        void oneMonthPerRoundAndTheReviewRestartsInFullOnReturn() {
            WorkflowState review = prosecutionReview(CaseFacts.NONE, date("2024-03-01"));

            WorkflowState returned = apply(review, RETURN, date("2024-03-20"));
            assertThat(returned.stage()).isEqualTo(Stage.SUPPLEMENTARY_INVESTIGATION);
            assertThat(returned.supplementaryRounds()).isEqualTo(1);
            assertThat(returned.dueOn()).isEqualTo(date("2024-04-20"));

            WorkflowState resumed = apply(returned, RESUME, date("2024-04-15"));
            assertThat(resumed.stage()).isEqualTo(Stage.PROSECUTION_REVIEW);
            assertThat(resumed.stageStartedOn()).isEqualTo(date("2024-04-15"));
            assertThat(resumed.dueOn()).isEqualTo(date("2024-05-15"));
        }

        @Test
        void theFastTrackLimitAlsoRestartsInFull() {
            WorkflowState review = prosecutionReview(CaseFacts.NONE.withFastTrack(), date("2024-03-01"));

            WorkflowState resumed = apply(apply(review, RETURN, date("2024-03-05")), RESUME, date("2024-03-25"));

            assertThat(resumed.dueOn()).isEqualTo(date("2024-04-04"));
        }

        @Test
        void anExtensionIsNotCarriedOverButCanBeGrantedAgain() {
            WorkflowState extended = apply(prosecutionReview(MAJOR_NOT_DETAINED, date("2024-03-01")),
                    EXTEND_PROSECUTION, date("2024-03-20"));

            WorkflowState resumed = apply(apply(extended, RETURN, date("2024-03-25")), RESUME, date("2024-04-10"));
            assertThat(resumed.extensionGranted()).isFalse();
            assertThat(resumed.dueOn()).isEqualTo(date("2024-05-10"));

            assertThat(apply(resumed, EXTEND_PROSECUTION, date("2024-05-01")).dueOn()).isEqualTo(date("2024-05-25"));
        }

        @Test
        void twoRoundsAtMostTheThirdIsRefused() {
            WorkflowState state = prosecutionReview(CaseFacts.NONE, date("2024-03-01"));
            state = apply(apply(state, RETURN, date("2024-03-10")), RESUME, date("2024-04-01"));
            state = apply(apply(state, RETURN, date("2024-04-10")), RESUME, date("2024-05-01"));
            WorkflowState afterTwo = state;

            TransitionRefused refused = refusal(() -> WORKFLOWS.apply(afterTwo, RETURN, PROCURATOR,
                    date("2024-05-10")));

            assertThat(afterTwo.supplementaryRounds()).isEqualTo(2);
            assertThat(refused.code()).isEqualTo("workflow.supplementary-rounds-exhausted");
            assertThat(refused.isConflict()).isFalse();
            assertThat(refused.getMessage()).contains("2");
            assertThat(WORKFLOWS.allowedActions(afterTwo)).doesNotContain(Action.RETURN_FOR_SUPPLEMENTARY_INVESTIGATION)
                    .contains(Action.DECIDE_PROSECUTION);
        }

        @Test
        void aReturnNeedsAReason() {
            WorkflowState state = prosecutionReview(CaseFacts.NONE, date("2024-03-01"));

            assertThat(refusal(() -> WORKFLOWS.apply(state, new Transition.ReturnForSupplementaryInvestigation(" "),
                    PROCURATOR, date("2024-03-02"))).code()).isEqualTo("workflow.reason-required");
        }

        @Test
        void theSummaryCountsTheRound() {
            WorkflowStep step = WORKFLOWS.apply(prosecutionReview(CaseFacts.NONE, date("2024-03-01")), RETURN,
                    PROCURATOR, date("2024-03-10"));

            assertThat(step.change().from()).isEqualTo(Stage.PROSECUTION_REVIEW);
            assertThat(step.change().to()).isEqualTo(Stage.SUPPLEMENTARY_INVESTIGATION);
            assertThat(step.change().dueOn()).isEqualTo(date("2024-04-10"));
            assertThat(step.change().summary()).startsWith("第1次退回补充侦查").contains("补充审计欠薪数额", "2024-04-10");
        }
    }

    /** Months are added with LocalDate.plusMonths: the same day next month, or that month's last day. */
    @ParameterizedTest(name = "received {0}, extended={1}: due {2}")
    @CsvSource({
            "2024-01-31, false, 2024-02-29",  // leap year
            "2023-01-31, false, 2023-02-28",
            "2024-03-31, false, 2024-04-30",
            "2024-01-30, false, 2024-02-29",
            "2024-01-31, true,  2024-03-15",  // 29 Feb + 15 days
            "2024-12-31, false, 2025-01-31",
            // Known simplification (see Deadlines): the statutory reading would be 31 March for a period starting
            // on the last day of February; plusMonths gives the earlier 28/29 March.
            "2023-02-28, false, 2023-03-28",
            "2024-02-29, false, 2024-03-29",
    })
    void monthEnds(LocalDate receivedOn, boolean extended, LocalDate due) {
        WorkflowState state = prosecutionReview(MAJOR_NOT_DETAINED, receivedOn);
        if (extended) {
            state = apply(state, EXTEND_PROSECUTION, receivedOn);
        }

        assertThat(state.dueOn()).isEqualTo(due);
    }

    @Test
    void aStepDatedBeforeTheStageStartedIsRefused() {
        WorkflowState state = prosecutionReview(CaseFacts.NONE, date("2024-03-01"));

        TransitionRefused refused = refusal(() -> WORKFLOWS.apply(state, Transition.DecideProsecution.prosecute(),
                PROCURATOR, date("2024-02-29")));

        assertThat(refused.code()).isEqualTo("workflow.date-before-stage-start");
        assertThat(refused.args()).containsExactly("2024-02-29", "2024-03-01");
    }
}
