package cn.procuratorate.wages.cases.workflow;

import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.CLERK;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.HANDLER;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.PROCURATOR;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.SUPERVISOR;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.WORKFLOWS;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.apply;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.date;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Civil judgment, administrative judgment and enforcement supervision: one workflow. */
class SupervisionWorkflowTest {

    private static WorkflowState received(CaseType type, LocalDate on) {
        return WORKFLOWS.start(type, HANDLER, on);
    }

    private static WorkflowState underReview(CaseType type) {
        return apply(received(type, date("2024-03-01")), new Transition.AcceptApplication(), date("2024-03-03"));
    }

    @ParameterizedTest
    @EnumSource(value = CaseType.class, names = {"CIVIL_JUDGMENT_SUPERVISION", "ADMINISTRATIVE_JUDGMENT_SUPERVISION",
            "ENFORCEMENT_SUPERVISION"})
    void acceptanceNoticeWithin3DaysThenReviewWithin3MonthsOfAcceptance(CaseType type) {
        WorkflowState application = received(type, date("2024-03-01"));
        assertThat(application.stage()).isEqualTo(Stage.APPLICATION_RECEIVED);
        assertThat(application.dueOn()).isEqualTo(date("2024-03-04"));

        WorkflowStep accepted = WORKFLOWS.apply(application, new Transition.AcceptApplication(), CLERK,
                date("2024-03-03"));

        assertThat(accepted.state().stage()).isEqualTo(Stage.SUPERVISION_REVIEW);
        assertThat(accepted.state().dueOn()).isEqualTo(date("2024-06-03"));
        assertThat(accepted.change().summary()).isEqualTo("受理监督申请，开始审查；期限至2024-06-03");
    }

    @ParameterizedTest(name = "accepted {0}: review due {1}")
    @CsvSource({"2024-11-30, 2025-02-28", "2023-11-30, 2024-02-29", "2024-05-31, 2024-08-31", "2024-03-31, 2024-06-30"})
    void theThreeMonthReviewAtMonthEnds(LocalDate acceptedOn, LocalDate due) {
        WorkflowState application = received(CaseType.CIVIL_JUDGMENT_SUPERVISION, acceptedOn);

        assertThat(apply(application, new Transition.AcceptApplication(), acceptedOn).dueOn()).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0}: {1} allowed={2}")
    @CsvSource({
            "CIVIL_JUDGMENT_SUPERVISION,          RETRIAL_SUGGESTION,       true",
            "CIVIL_JUDGMENT_SUPERVISION,          PROTEST,                  true",
            "CIVIL_JUDGMENT_SUPERVISION,          PROCURATORIAL_SUGGESTION, true",
            "CIVIL_JUDGMENT_SUPERVISION,          NO_SUPERVISION,           true",
            "ADMINISTRATIVE_JUDGMENT_SUPERVISION, RETRIAL_SUGGESTION,       true",
            "ADMINISTRATIVE_JUDGMENT_SUPERVISION, PROTEST,                  true",
            "ADMINISTRATIVE_JUDGMENT_SUPERVISION, PROCURATORIAL_SUGGESTION, true",
            "ADMINISTRATIVE_JUDGMENT_SUPERVISION, NO_SUPERVISION,           true",
            "ENFORCEMENT_SUPERVISION,             RETRIAL_SUGGESTION,       false",
            "ENFORCEMENT_SUPERVISION,             PROTEST,                  false",
            "ENFORCEMENT_SUPERVISION,             PROCURATORIAL_SUGGESTION, true",
            "ENFORCEMENT_SUPERVISION,             NO_SUPERVISION,           true",
    })
    void outcomesByType(CaseType type, SupervisionDecision.Outcome outcome, boolean allowed) {
        Transition decide = new Transition.DecideSupervision(outcome, "审查认为");

        assertThat(SupervisionRules.outcomesFor(type).contains(outcome)).isEqualTo(allowed);
        if (allowed) {
            WorkflowState decided = apply(underReview(type), decide, date("2024-05-01"));
            assertThat(decided.supervisionDecision())
                    .isEqualTo(new SupervisionDecision(outcome, "审查认为", date("2024-05-01"), HANDLER));
        } else {
            assertThat(refusal(() -> WORKFLOWS.apply(underReview(type), decide, PROCURATOR, date("2024-05-01")))
                    .code()).isEqualTo("workflow.outcome-not-applicable");
        }
    }

    @ParameterizedTest(name = "{0}: court response due {1}")
    @CsvSource(nullValues = "NULL", value = {
            "RETRIAL_SUGGESTION,       2024-07-01",  // 2 months
            "PROCURATORIAL_SUGGESTION, 2024-07-01",  // 2 months
            "PROTEST,                  2024-05-31",  // 30 days
            "NO_SUPERVISION,           NULL",
    })
    void theCourtsResponseIsDueByOutcome(SupervisionDecision.Outcome outcome, LocalDate due) {
        WorkflowState decided = apply(underReview(CaseType.CIVIL_JUDGMENT_SUPERVISION),
                new Transition.DecideSupervision(outcome, "理由"), date("2024-05-01"));

        assertThat(decided.stage()).isEqualTo(Stage.SUPERVISION_DECIDED);
        assertThat(decided.dueOn()).isEqualTo(due);
    }

    @Test
    void afterASuggestionTheCaseClosesOnlyOnceTheCourtHasResponded() {
        WorkflowState decided = apply(underReview(CaseType.CIVIL_JUDGMENT_SUPERVISION),
                new Transition.DecideSupervision(SupervisionDecision.Outcome.RETRIAL_SUGGESTION, null),
                date("2024-05-01"));

        assertThat(WORKFLOWS.allowedActions(decided)).containsExactlyInAnyOrder(Action.RECORD_COURT_RESPONSE,
                Action.CHANGE_HANDLER);
        TransitionRefused refused = refusal(() -> WORKFLOWS.apply(decided, new Transition.Close(null), PROCURATOR,
                date("2024-05-02")));
        assertThat(refused.code()).isEqualTo("workflow.court-response-pending");
        assertThat(refused.getMessage()).contains("再审检察建议");

        WorkflowState responded = apply(decided,
                new Transition.RecordCourtResponse(CourtResponse.Kind.ADOPTED, "法院裁定再审"), date("2024-06-20"));
        assertThat(responded.stage()).isEqualTo(Stage.COURT_RESPONSE_RECORDED);
        assertThat(responded.courtResponse())
                .isEqualTo(new CourtResponse(CourtResponse.Kind.ADOPTED, "法院裁定再审", date("2024-06-20")));
        assertThat(responded.dueOn()).isNull();
        assertThat(apply(responded, new Transition.Close(null), date("2024-06-21")).stage()).isEqualTo(Stage.CLOSED);
    }

    @Test
    void withoutSupervisionThereIsNoCourtResponseToRecord() {
        WorkflowState decided = apply(underReview(CaseType.ENFORCEMENT_SUPERVISION),
                new Transition.DecideSupervision(SupervisionDecision.Outcome.NO_SUPERVISION, "执行行为并无不当"),
                date("2024-05-01"));

        assertThat(WORKFLOWS.allowedActions(decided)).containsExactlyInAnyOrder(Action.CLOSE, Action.CHANGE_HANDLER);
        assertThat(refusal(() -> WORKFLOWS.apply(decided,
                new Transition.RecordCourtResponse(CourtResponse.Kind.ADOPTED, null), PROCURATOR, date("2024-05-02")))
                .code()).isEqualTo("workflow.no-court-response-expected");
        assertThat(apply(decided, new Transition.Close(null), date("2024-05-02")).stage()).isEqualTo(Stage.CLOSED);
    }

    @Test
    void noSupervisionNeedsAReasonAndAnOutcomeIsRequired() {
        assertThat(refusal(() -> WORKFLOWS.apply(underReview(CaseType.CIVIL_JUDGMENT_SUPERVISION),
                new Transition.DecideSupervision(SupervisionDecision.Outcome.NO_SUPERVISION, " "), PROCURATOR,
                date("2024-05-01"))).code()).isEqualTo("workflow.reason-required");
        assertThat(refusal(() -> WORKFLOWS.apply(underReview(CaseType.CIVIL_JUDGMENT_SUPERVISION),
                new Transition.DecideSupervision(null, "理由"), PROCURATOR, date("2024-05-01"))).code())
                .isEqualTo("workflow.field-required");
    }

    @Test
    void aClerkAcceptsButOnlyAProcuratorDecides() {
        WorkflowState review = underReview(CaseType.CIVIL_JUDGMENT_SUPERVISION);

        assertThat(refusal(() -> WORKFLOWS.apply(review, new Transition.DecideSupervision(
                SupervisionDecision.Outcome.PROTEST, null), CLERK, date("2024-05-01"))).code())
                .isEqualTo("workflow.decision-needs-procurator");
        assertThat(WORKFLOWS.allowedActions(review, CLERK)).containsExactly(Action.WITHDRAW);
        WorkflowState application = received(CaseType.CIVIL_JUDGMENT_SUPERVISION, date("2024-03-01"));
        assertThat(WORKFLOWS.allowedActions(application, CLERK)).containsExactlyInAnyOrder(Action.ACCEPT_APPLICATION,
                Action.WITHDRAW);
        assertThat(refusal(() -> WORKFLOWS.apply(application, new Transition.Decline("超过申请期限"), CLERK,
                date("2024-03-02"))).code()).isEqualTo("workflow.decision-needs-procurator");
        assertThat(WORKFLOWS.allowedActions(review, SUPERVISOR)).containsExactlyInAnyOrder(Action.DECIDE_SUPERVISION,
                Action.WITHDRAW, Action.CHANGE_HANDLER);
    }

    @ParameterizedTest
    @CsvSource({"DECLINE, APPLICATION_RECEIVED, DECLINED", "WITHDRAW, APPLICATION_RECEIVED, WITHDRAWN",
            "WITHDRAW, SUPERVISION_REVIEW, WITHDRAWN"})
    void notAcceptedOrWithdrawnBeforeTheDecision(Action action, Stage stage, Closure.Kind kind) {
        WorkflowState state = stage == Stage.APPLICATION_RECEIVED
                ? received(CaseType.CIVIL_JUDGMENT_SUPERVISION, date("2024-03-01"))
                : underReview(CaseType.CIVIL_JUDGMENT_SUPERVISION);
        Transition transition = action == Action.DECLINE ? new Transition.Decline("超过申请监督期限")
                : new Transition.Withdraw("申请人撤回监督申请");

        WorkflowState closed = apply(state, transition, date("2024-03-03"));

        assertThat(closed.closure().kind()).isEqualTo(kind);
        assertThat(closed.dueOn()).isNull();
    }

    @ParameterizedTest(name = "{0}, applied before={1}: refused={2}")
    @CsvSource({
            "CIVIL_JUDGMENT_SUPERVISION,          true,  true",
            "CIVIL_JUDGMENT_SUPERVISION,          false, false",
            "ADMINISTRATIVE_JUDGMENT_SUPERVISION, true,  false",
            "ENFORCEMENT_SUPERVISION,             true,  false",
            "LAWSUIT_SUPPORT,                     true,  false",
            "WAGE_CRIME,                          true,  false",
    })
    void civilJudgmentSupervisionAdmitsOneApplicationOnly(CaseType type, boolean appliedBefore, boolean refused) {
        assertThat(SupervisionRules.secondApplicationRefused(type, appliedBefore)).isEqualTo(refused);
        if (refused) {
            TransitionRefused refusal = refusal(() -> {
                SupervisionRules.requireFirstApplication(type, appliedBefore);
                return null;
            });
            assertThat(refusal.code()).isEqualTo("workflow.second-application-refused");
            assertThat(refusal.isConflict()).isFalse();
        } else {
            assertThatCode(() -> SupervisionRules.requireFirstApplication(type, appliedBefore))
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void outcomesOfANonSupervisionTypeAreEmpty() {
        assertThat(SupervisionRules.outcomesFor(CaseType.WAGE_CRIME)).isEmpty();
    }
}
