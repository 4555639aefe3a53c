package cn.procuratorate.wages.cases.workflow;

import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.HANDLER;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.PROCURATOR;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.WORKFLOWS;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.apply;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.date;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.refusal;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.stateAt;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 支持起诉: the eligibility checklist, the opinion, legal aid, the court's outcome and the amounts. */
class LawsuitSupportWorkflowTest {

    private static WorkflowState requested() {
        return WORKFLOWS.start(CaseType.LAWSUIT_SUPPORT, HANDLER, date("2024-03-01"));
    }

    @ParameterizedTest(name = "{0} {1} {2} {3}: missing [{4}]")
    @CsvSource({
            "true,  true,  true,  true,  ''",
            "false, true,  true,  true,  RIGHTS_INFRINGED",
            "true,  false, true,  true,  AGENCIES_ACTED_WITHOUT_RESULT",
            "true,  true,  false, true,  WORKER_WANTS_TO_SUE",
            "true,  true,  true,  false, WORKER_CANNOT_OR_DARE_NOT_SUE_ALONE",
            "false, true,  false, true,  RIGHTS_INFRINGED WORKER_WANTS_TO_SUE",
            "true,  false, true,  false, AGENCIES_ACTED_WITHOUT_RESULT WORKER_CANNOT_OR_DARE_NOT_SUE_ALONE",
            "false, false, false, false, RIGHTS_INFRINGED AGENCIES_ACTED_WITHOUT_RESULT WORKER_WANTS_TO_SUE WORKER_CANNOT_OR_DARE_NOT_SUE_ALONE",
    })
    void allFourConditionsAreNeededAndARefusalNamesTheMissingOnes(boolean infringed, boolean agencies,
            boolean wants, boolean cannot, String missing) {
        EligibilityChecklist checklist = new EligibilityChecklist(infringed, agencies, wants, cannot);
        WorkflowState assessed = apply(requested(), new Transition.AssessEligibility(checklist), date("2024-03-02"));
        Transition issue = new Transition.IssueSupportOpinion("帮助起草起诉状");

        assertThat(assessed.stage()).isEqualTo(Stage.ELIGIBILITY_REVIEW);
        assertThat(assessed.eligibility()).isEqualTo(checklist);
        if (missing.isEmpty()) {
            WorkflowState issued = apply(assessed, issue, date("2024-03-05"));
            assertThat(issued.stage()).isEqualTo(Stage.SUPPORT_OPINION_ISSUED);
            assertThat(issued.supportOpinion()).isEqualTo(new SupportOpinion(date("2024-03-05"), HANDLER, "帮助起草起诉状"));
            assertThat(WORKFLOWS.allowedActions(assessed)).contains(Action.ISSUE_SUPPORT_OPINION);
        } else {
            String[] names = missing.split(" ");
            TransitionRefused refused = refusal(() -> WORKFLOWS.apply(assessed, issue, PROCURATOR, date("2024-03-05")));
            assertThat(refused.code()).isEqualTo("workflow.eligibility-incomplete");
            assertThat(refused.details()).containsExactly(names);
            assertThat(refused.getMessage()).contains(Arrays.stream(names)
                    .map(name -> EligibilityChecklist.Item.valueOf(name).label()).toList());
            assertThat(WORKFLOWS.allowedActions(assessed)).doesNotContain(Action.ISSUE_SUPPORT_OPINION);
        }
    }

    @Test
    void withoutAnyAssessmentAllFourAreMissing() {
        TransitionRefused refused = refusal(() -> WORKFLOWS.apply(requested(),
                new Transition.IssueSupportOpinion(null), PROCURATOR, date("2024-03-02")));

        assertThat(refused.details()).hasSize(4);
        assertThat(refused.getMessage()).startsWith("不符合支持起诉条件，尚缺：劳动者合法权益受到侵害");
    }

    @Test
    void fromRequestToRecoveryWithoutDueDates() {
        WorkflowState state = requested();
        assertThat(state.dueOn()).isNull();
        state = apply(state, new Transition.AssessEligibility(EligibilityChecklist.ALL_MET), date("2024-03-02"));
        state = apply(state, new Transition.IssueSupportOpinion(null), date("2024-03-05"));
        state = apply(state, new Transition.ArrangeLegalAid(" 区法律援助中心 ", "指派律师"), date("2024-03-06"));
        assertThat(state.legalAid()).isEqualTo(new LegalAid("区法律援助中心", "指派律师", date("2024-03-06")));
        state = apply(state, new Transition.RecordCourtOutcome(CourtOutcome.Kind.PARTLY_WON,
                new BigDecimal("12000.5"), "支持大部分诉请"), date("2024-05-20"));
        assertThat(state.courtOutcome().amountAwarded()).isEqualByComparingTo("12000.50");
        assertThat(state.courtOutcome().amountAwarded().toPlainString()).isEqualTo("12000.50");
        WorkflowStep recovery = WORKFLOWS.apply(state, new Transition.RecordRecovery(new BigDecimal("8000")),
                PROCURATOR, date("2024-06-01"));
        assertThat(recovery.change().summary()).isEqualTo("累计追回8000.00元");
        state = apply(recovery.state(), new Transition.RecordRecovery(new BigDecimal("12000.50")),
                date("2024-07-01"));
        assertThat(state.amountRecovered()).isEqualByComparingTo("12000.50");
        assertThat(state.stage()).isEqualTo(Stage.COURT_OUTCOME_RECORDED);
        state = apply(state, new Transition.Close(null), date("2024-07-02"));

        assertThat(state.stage()).isEqualTo(Stage.CLOSED);
        assertThat(state.dueOn()).isNull();
    }

    @Test
    void legalAidMayBeSkippedWhenTheWorkerSuesWithoutIt() {
        WorkflowState issued = stateAt(CaseType.LAWSUIT_SUPPORT, Stage.SUPPORT_OPINION_ISSUED);

        WorkflowState outcome = apply(issued, new Transition.RecordCourtOutcome(CourtOutcome.Kind.SETTLED,
                new BigDecimal("5000"), null), date("2024-04-01"));

        assertThat(outcome.stage()).isEqualTo(Stage.COURT_OUTCOME_RECORDED);
        assertThat(outcome.legalAid()).isNull();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(nullValues = "NULL", value = {
            "WON,        1000,    OK 1000.00",
            "WON,        0.1,     OK 0.10",
            "SETTLED,    0,       OK 0.00",
            "LOST,       NULL,    OK 0.00",
            "WITHDRAWN,  0.00,    OK 0.00",
            "WON,        NULL,    workflow.field-required",
            "PARTLY_WON, -1,      workflow.amount-invalid",
            "WON,        10.005,  workflow.amount-invalid",
            "LOST,       100,     workflow.reason-not-applicable",
            "NULL,       100,     workflow.field-required",
    })
    void amountsAwarded(CourtOutcome.Kind outcome, BigDecimal amount, String expected) {
        WorkflowState issued = stateAt(CaseType.LAWSUIT_SUPPORT, Stage.LEGAL_AID_ARRANGED);
        Transition record = new Transition.RecordCourtOutcome(outcome, amount, null);

        if (expected.startsWith("OK")) {
            assertThat(apply(issued, record, date("2024-04-01")).courtOutcome().amountAwarded().toPlainString())
                    .isEqualTo(expected.substring(3));
        } else {
            assertThat(refusal(() -> WORKFLOWS.apply(issued, record, PROCURATOR, date("2024-04-01"))).code())
                    .isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {"-0.01, workflow.amount-invalid", "1.001, workflow.amount-invalid",
            "NULL, workflow.field-required"})
    void amountsRecovered(BigDecimal amount, String code) {
        WorkflowState outcome = stateAt(CaseType.LAWSUIT_SUPPORT, Stage.COURT_OUTCOME_RECORDED);

        assertThat(refusal(() -> WORKFLOWS.apply(outcome, new Transition.RecordRecovery(amount), PROCURATOR,
                date("2024-04-01"))).code()).isEqualTo(code);
    }

    @Test
    void legalAidNeedsAProvider() {
        WorkflowState issued = stateAt(CaseType.LAWSUIT_SUPPORT, Stage.SUPPORT_OPINION_ISSUED);

        TransitionRefused refused = refusal(() -> WORKFLOWS.apply(issued, new Transition.ArrangeLegalAid(" ", null),
                PROCURATOR, date("2024-04-01")));

        assertThat(refused.code()).isEqualTo("workflow.field-required");
        assertThat(refused.getMessage()).isEqualTo("安排法律援助须填写法律援助机构或律师");
    }

    @ParameterizedTest
    @CsvSource({"DECLINE, DECLINED", "WITHDRAW, WITHDRAWN"})
    void declinedOrWithdrawnBeforeTheOpinion(Action action, Closure.Kind kind) {
        Transition transition = action == Action.DECLINE ? new Transition.Decline("劳动者可自行起诉")
                : new Transition.Withdraw("已与用人单位和解");

        WorkflowState closed = apply(requested(), transition, date("2024-03-03"));

        assertThat(closed.stage()).isEqualTo(Stage.CLOSED);
        assertThat(closed.closure().kind()).isEqualTo(kind);
        assertThat(refusal(() -> WORKFLOWS.apply(requested(), action == Action.DECLINE
                ? new Transition.Decline(null) : new Transition.Withdraw(""), PROCURATOR, date("2024-03-03"))).code())
                .isEqualTo("workflow.reason-required");
    }
}
