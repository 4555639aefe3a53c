package cn.procuratorate.wages.cases.workflow;

import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.HANDLER;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.PROCURATOR;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.SUPERVISOR;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.WORKFLOWS;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.apply;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.date;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.refusal;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.stateAt;
import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.common.security.Role;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Arrest and prosecution decisions, roles, and the handler (捕诉一体). */
class CriminalDecisionsTest {

    private static WorkflowState arrestReview() {
        return WORKFLOWS.start(CaseType.WAGE_CRIME, EntryPoint.ARREST_REQUEST, CaseFacts.detained(), HANDLER,
                date("2024-03-01"));
    }

    private static WorkflowState prosecutionReview() {
        return WORKFLOWS.start(CaseType.WAGE_CRIME, EntryPoint.TRANSFER_FOR_PROSECUTION, CaseFacts.NONE, HANDLER,
                date("2024-03-01"));
    }

    @Nested
    class Arrest {

        @ParameterizedTest(name = "{0} {1} {2}: {3}")
        @CsvSource(nullValues = "NULL", value = {
                "ARREST,    NULL,                  NULL,        OK ARREST",
                "NO_ARREST, NULL,                  NULL,        OK NO_NECESSITY",   // the default reason
                "NO_ARREST, NO_NECESSITY,          NULL,        OK NO_NECESSITY",
                "NO_ARREST, INSUFFICIENT_EVIDENCE, NULL,        OK INSUFFICIENT_EVIDENCE",
                "NO_ARREST, NOT_A_CRIME,           NULL,        OK NOT_A_CRIME",
                "NO_ARREST, OTHER,                 已全额支付工资, OK OTHER",
                "NO_ARREST, OTHER,                 NULL,        workflow.reason-required",
                "NO_ARREST, OTHER,                 '  ',        workflow.reason-required",
                "ARREST,    NO_NECESSITY,          NULL,        workflow.reason-not-applicable",
                "NULL,      NULL,                  NULL,        workflow.field-required",
        })
        void decisionAndReason(ArrestDecision.Kind decision, ArrestDecision.NonArrestReason reason, String note,
                String expected) {
            Transition decide = new Transition.DecideArrest(decision, reason, note);

            if (expected.startsWith("OK")) {
                WorkflowState decided = apply(arrestReview(), decide, date("2024-03-05"));
                String recorded = expected.substring(3);
                assertThat(decided.stage()).isEqualTo(Stage.ARREST_DECIDED);
                assertThat(decided.arrestDecision().decision()).isEqualTo(decision);
                assertThat(decided.arrestDecision().decidedOn()).isEqualTo(date("2024-03-05"));
                assertThat(decided.arrestDecision().decidedBy()).isEqualTo(HANDLER);
                if (decision == ArrestDecision.Kind.ARREST) {
                    assertThat(decided.arrestDecision().reason()).isNull();
                } else {
                    assertThat(decided.arrestDecision().reason().name()).isEqualTo(recorded);
                }
            } else {
                assertThat(refusal(() -> WORKFLOWS.apply(arrestReview(), decide, PROCURATOR, date("2024-03-05")))
                        .code()).isEqualTo(expected);
            }
        }

        @Test
        void theSummaryNamesTheDecisionAndReason() {
            WorkflowStep step = WORKFLOWS.apply(arrestReview(), Transition.DecideArrest.noArrest(), PROCURATOR,
                    date("2024-03-05"));

            assertThat(step.change().summary()).isEqualTo("作出不批准逮捕决定：无逮捕必要");
            assertThat(step.change().from()).isEqualTo(Stage.ARREST_REVIEW);
            assertThat(step.change().to()).isEqualTo(Stage.ARREST_DECIDED);
            assertThat(step.change().actorId()).isEqualTo(HANDLER);
            assertThat(step.change().on()).isEqualTo(date("2024-03-05"));
            assertThat(step.change().dueOn()).isNull();
        }

        @Test
        void thePoliceMayDropTheCaseAfterTheDecision() {
            WorkflowState decided = apply(arrestReview(), Transition.DecideArrest.noArrest(), date("2024-03-05"));

            WorkflowState withdrawn = apply(decided, new Transition.Withdraw("公安机关撤销案件"), date("2024-04-01"));

            assertThat(withdrawn.stage()).isEqualTo(Stage.CLOSED);
            assertThat(withdrawn.closure()).isEqualTo(
                    new Closure(Closure.Kind.WITHDRAWN, "公安机关撤销案件", date("2024-04-01"), HANDLER));
            assertThat(withdrawn.arrestDecision()).isEqualTo(decided.arrestDecision());
        }
    }

    @Nested
    class Prosecution {

        @ParameterizedTest(name = "{0} {1} {2}: {3}")
        @CsvSource(nullValues = "NULL", value = {
                "PROSECUTE,     NULL,                          NULL,     OK",
                "NOT_PROSECUTE, WAGES_PAID_BEFORE_PROSECUTION, NULL,     OK",
                "NOT_PROSECUTE, MINOR_CIRCUMSTANCES,           NULL,     OK",
                "NOT_PROSECUTE, INSUFFICIENT_EVIDENCE,         NULL,     OK",
                "NOT_PROSECUTE, NOT_A_CRIME,                   NULL,     OK",
                "NOT_PROSECUTE, OTHER,                         经研究决定, OK",
                "NOT_PROSECUTE, OTHER,                         NULL,     workflow.reason-required",
                "NOT_PROSECUTE, NULL,                          NULL,     workflow.reason-required",
                "PROSECUTE,     MINOR_CIRCUMSTANCES,           NULL,     workflow.reason-not-applicable",
                "NULL,          NULL,                          NULL,     workflow.field-required",
        })
        void decisionAndReason(ProsecutionDecision.Kind decision, ProsecutionDecision.NonProsecutionReason reason,
                String note, String expected) {
            Transition decide = new Transition.DecideProsecution(decision, reason, note);

            if (expected.equals("OK")) {
                WorkflowState decided = apply(prosecutionReview(), decide, date("2024-03-20"));
                assertThat(decided.stage()).isEqualTo(Stage.PROSECUTION_DECIDED);
                assertThat(decided.prosecutionDecision()).isEqualTo(
                        new ProsecutionDecision(decision, reason, note, date("2024-03-20"), HANDLER));
                assertThat(decided.dueOn()).isNull();
            } else {
                assertThat(refusal(() -> WORKFLOWS.apply(prosecutionReview(), decide, PROCURATOR,
                        date("2024-03-20"))).code()).isEqualTo(expected);
            }
        }

        @Test
        void wagesRepaidBeforeProsecutionIsRecordedAndTheCaseCloses() {
            WorkflowState decided = apply(prosecutionReview(), Transition.DecideProsecution.notProsecute(
                    ProsecutionDecision.NonProsecutionReason.WAGES_PAID_BEFORE_PROSECUTION, "已足额支付并赔偿"),
                    date("2024-03-20"));

            WorkflowStep closed = WORKFLOWS.apply(decided, new Transition.Close("不起诉决定已宣布送达"), PROCURATOR,
                    date("2024-03-28"));

            assertThat(closed.state().stage()).isEqualTo(Stage.CLOSED);
            assertThat(closed.state().closure().kind()).isEqualTo(Closure.Kind.CONCLUDED);
            assertThat(closed.state().prosecutionDecision().reason())
                    .isEqualTo(ProsecutionDecision.NonProsecutionReason.WAGES_PAID_BEFORE_PROSECUTION);
            assertThat(closed.change().summary()).isEqualTo("办结结案（不起诉决定已宣布送达）");
        }
    }

    @Nested
    class Roles {

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource({
                "PROCURATOR,     OK",
                "SUPERVISOR,     OK",
                "CLERK,          workflow.decision-needs-procurator",
                "SERVICE,        workflow.decision-needs-procurator",
                "PARTNER_AGENCY, workflow.role-not-allowed",
                "OPERATOR,       workflow.role-not-allowed",
        })
        void onlyProcuratorsAndSupervisorsDecide(Role role, String expected) {
            Actor actor = new Actor("someone", role);
            Transition decide = Transition.DecideArrest.arrest();

            if (expected.equals("OK")) {
                assertThat(WORKFLOWS.apply(arrestReview(), decide, actor, date("2024-03-02")).state().stage())
                        .isEqualTo(Stage.ARREST_DECIDED);
                assertThat(WORKFLOWS.allowedActions(arrestReview(), actor)).contains(Action.DECIDE_ARREST);
            } else {
                assertThat(refusal(() -> WORKFLOWS.apply(arrestReview(), decide, actor, date("2024-03-02"))).code())
                        .isEqualTo(expected);
                assertThat(WORKFLOWS.allowedActions(arrestReview(), actor)).doesNotContain(Action.DECIDE_ARREST);
            }
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource({
                "PROCURATOR,     OK",
                "CLERK,          OK",
                "SERVICE,        OK",
                "PARTNER_AGENCY, workflow.role-not-allowed",
        })
        void otherStepsAreOpenToStaffAndServices(Role role, String expected) {
            WorkflowState received = WORKFLOWS.start(CaseType.WAGE_CRIME, HANDLER, date("2024-03-01"));
            Actor actor = new Actor("someone", role);

            if (expected.equals("OK")) {
                assertThat(WORKFLOWS.apply(received, new Transition.StartArrestReview(), actor, date("2024-03-02"))
                        .state().stage()).isEqualTo(Stage.ARREST_REVIEW);
            } else {
                assertThat(refusal(() -> WORKFLOWS.apply(received, new Transition.StartArrestReview(), actor,
                        date("2024-03-02"))).code()).isEqualTo(expected);
                assertThat(WORKFLOWS.allowedActions(received, actor)).isEmpty();
            }
        }

        @Test
        void withoutAnActorRolesAreNotConsidered() {
            assertThat(WORKFLOWS.allowedActions(arrestReview())).contains(Action.DECIDE_ARREST, Action.CHANGE_HANDLER);
            assertThat(WORKFLOWS.allowedActions(arrestReview(), PROCURATOR)).contains(Action.DECIDE_ARREST)
                    .doesNotContain(Action.CHANGE_HANDLER);
            assertThat(WORKFLOWS.refusal(arrestReview(), Action.CHANGE_HANDLER, PROCURATOR)).get()
                    .extracting(TransitionRefused::code).isEqualTo("workflow.handler-change-needs-supervisor");
            assertThat(WORKFLOWS.refusal(arrestReview(), Action.CHANGE_HANDLER, SUPERVISOR)).isEmpty();
        }
    }

    @Nested
    class Handler {

        @ParameterizedTest(name = "{0} gives it to [{1}] because [{2}]: {3}")
        @CsvSource(nullValues = "NULL", value = {
                "SUPERVISOR, p2,   承办人调岗, OK",
                "PROCURATOR, p2,   承办人调岗, workflow.handler-change-needs-supervisor",
                "CLERK,      p2,   承办人调岗, workflow.handler-change-needs-supervisor",
                "SERVICE,    p2,   承办人调岗, workflow.handler-change-needs-supervisor",
                "SUPERVISOR, p2,   NULL,      workflow.reason-required",
                "SUPERVISOR, p2,   ' ',       workflow.reason-required",
                "SUPERVISOR, p1,   承办人调岗, workflow.handler-unchanged",
                "SUPERVISOR, ' ',  承办人调岗, workflow.field-required",
                "SUPERVISOR, NULL, 承办人调岗, workflow.field-required",
        })
        void aChangeOfHandlerNeedsASupervisorAndAReason(Role role, String newHandler, String reason,
                String expected) {
            WorkflowState state = stateAt(CaseType.WAGE_CRIME, Stage.PROSECUTION_REVIEW);
            Transition change = new Transition.ChangeHandler(newHandler, reason);
            Actor actor = new Actor("s1", role);

            if (expected.equals("OK")) {
                WorkflowStep step = WORKFLOWS.apply(state, change, actor, date("2024-03-10"));
                assertThat(step.state().handlerId()).isEqualTo("p2");
                assertThat(step.state().stage()).isEqualTo(state.stage());
                assertThat(step.state().dueOn()).isEqualTo(state.dueOn());
                assertThat(step.change().summary()).isEqualTo("更换承办检察官：p1 → p2（承办人调岗）");
            } else {
                TransitionRefused refused = refusal(() -> WORKFLOWS.apply(state, change, actor, date("2024-03-10")));
                assertThat(refused.code()).isEqualTo(expected);
                assertThat(refused.isConflict()).isFalse();
            }
        }

        @Test
        void theHandlerOfTheArrestReviewKeepsTheCaseThroughProsecutionReview() {
            WorkflowState state = WORKFLOWS.start(CaseType.WAGE_CRIME, EntryPoint.ARREST_REQUEST,
                    CaseFacts.notDetained(), "p7", date("2024-03-01"));
            List<Transition> path = List.of(Transition.DecideArrest.arrest(),
                    new Transition.StartProsecutionReview(), new Transition.ReturnForSupplementaryInvestigation("补证"),
                    new Transition.ResumeAfterSupplementaryInvestigation(), Transition.DecideProsecution.prosecute());
            List<String> handlers = new ArrayList<>();
            for (Transition transition : path) {
                state = WORKFLOWS.apply(state, transition, Actor.procurator("p7"), date("2024-03-10")).state();
                handlers.add(state.handlerId());
            }

            assertThat(handlers).containsOnly("p7");
        }

        @Test
        void anUnassignedCaseGetsItsFirstHandlerWithoutAReason() {
            WorkflowState unassigned = WORKFLOWS.start(CaseType.WAGE_CRIME, null, date("2024-03-01"));

            WorkflowStep step = WORKFLOWS.apply(unassigned, new Transition.ChangeHandler("p3", null), SUPERVISOR,
                    date("2024-03-01"));

            assertThat(unassigned.handlerId()).isNull();
            assertThat(step.state().handlerId()).isEqualTo("p3");
            assertThat(step.change().summary()).isEqualTo("指定承办检察官：p3");
        }
    }
}
