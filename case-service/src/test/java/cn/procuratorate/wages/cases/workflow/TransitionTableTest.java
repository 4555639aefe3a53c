package cn.procuratorate.wages.cases.workflow;

import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.DAY;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.SUPERVISOR;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.WORKFLOWS;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.refusal;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.sample;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.stateAt;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The transition table, written out once more by hand: every stage × action of every case type is either allowed
 * (the step is not refused as illegal) or refused with {@code workflow.illegal-transition} (409).
 */
class TransitionTableTest {

    /** Workflow, stage, the actions the stage allows (before state and role are considered). */
    private static final String TABLE = """
            CRIMINAL         | RECEIVED                    | START_ARREST_REVIEW START_PROSECUTION_REVIEW RECORD_FACTS WITHDRAW CHANGE_HANDLER
            CRIMINAL         | ARREST_REVIEW               | EXTEND_ARREST_REVIEW DECIDE_ARREST RECORD_FACTS CHANGE_HANDLER
            CRIMINAL         | ARREST_DECIDED              | START_PROSECUTION_REVIEW RECORD_FACTS WITHDRAW CHANGE_HANDLER
            CRIMINAL         | PROSECUTION_REVIEW          | EXTEND_PROSECUTION_REVIEW RETURN_FOR_SUPPLEMENTARY_INVESTIGATION DECIDE_PROSECUTION RECORD_FACTS CHANGE_HANDLER
            CRIMINAL         | SUPPLEMENTARY_INVESTIGATION | RESUME_AFTER_SUPPLEMENTARY_INVESTIGATION RECORD_FACTS CHANGE_HANDLER
            CRIMINAL         | PROSECUTION_DECIDED         | CLOSE CHANGE_HANDLER
            CRIMINAL         | CLOSED                      |
            LAWSUIT_SUPPORT  | ELIGIBILITY_REVIEW          | ASSESS_ELIGIBILITY ISSUE_SUPPORT_OPINION DECLINE WITHDRAW CHANGE_HANDLER
            LAWSUIT_SUPPORT  | SUPPORT_OPINION_ISSUED      | ARRANGE_LEGAL_AID RECORD_COURT_OUTCOME WITHDRAW CHANGE_HANDLER
            LAWSUIT_SUPPORT  | LEGAL_AID_ARRANGED          | RECORD_COURT_OUTCOME WITHDRAW CHANGE_HANDLER
            LAWSUIT_SUPPORT  | COURT_OUTCOME_RECORDED      | RECORD_RECOVERY CLOSE CHANGE_HANDLER
            LAWSUIT_SUPPORT  | CLOSED                      |
            SUPERVISION      | APPLICATION_RECEIVED        | ACCEPT_APPLICATION DECLINE WITHDRAW CHANGE_HANDLER
            SUPERVISION      | SUPERVISION_REVIEW          | DECIDE_SUPERVISION WITHDRAW CHANGE_HANDLER
            SUPERVISION      | SUPERVISION_DECIDED         | RECORD_COURT_RESPONSE CLOSE CHANGE_HANDLER
            SUPERVISION      | COURT_RESPONSE_RECORDED     | CLOSE CHANGE_HANDLER
            SUPERVISION      | CLOSED                      |
            FALSE_LITIGATION | FALSE_LITIGATION_OPENED     | START_INVESTIGATION DECIDE_FALSE_LITIGATION CHANGE_HANDLER
            FALSE_LITIGATION | INVESTIGATION               | DECIDE_FALSE_LITIGATION CHANGE_HANDLER
            FALSE_LITIGATION | FALSE_LITIGATION_DECIDED    | CLOSE CHANGE_HANDLER
            FALSE_LITIGATION | CLOSED                      |
            """;

    private static final Map<Workflow, Map<Stage, Set<Action>>> EXPECTED = parse();

    private static Map<Workflow, Map<Stage, Set<Action>>> parse() {
        Map<Workflow, Map<Stage, Set<Action>>> table = new HashMap<>();
        TABLE.lines().forEach(line -> {
            String[] cells = line.split("\\|", -1);
            EnumSet<Action> actions = EnumSet.noneOf(Action.class);
            Arrays.stream(cells[2].trim().split("\\s+")).filter(name -> !name.isEmpty())
                    .forEach(name -> actions.add(Action.valueOf(name)));
            table.computeIfAbsent(Workflow.valueOf(cells[0].trim()), w -> new HashMap<>())
                    .put(Stage.valueOf(cells[1].trim()), actions);
        });
        return table;
    }

    static Stream<Arguments> everyStageAndAction() {
        return Arrays.stream(CaseType.values()).flatMap(type -> type.workflow().stages().stream()
                .flatMap(stage -> Arrays.stream(Action.values()).map(action -> Arguments.of(type, stage, action))));
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @MethodSource("everyStageAndAction")
    void everyStageAllowsExactlyTheTabledActions(CaseType type, Stage stage, Action action) {
        boolean expected = EXPECTED.get(type.workflow()).get(stage).contains(action);
        WorkflowState state = stateAt(type, stage);

        assertThat(type.workflow().actionsIn(stage).contains(action)).isEqualTo(expected);
        if (expected) {
            try {
                WorkflowStep step = WORKFLOWS.apply(state, sample(action), SUPERVISOR, DAY);
                assertThat(step.change().action()).isEqualTo(action);
                assertThat(step.change().from()).isEqualTo(stage);
            } catch (TransitionRefused refused) {
                // Allowed by the stage, refused by a rule of the state: never as an illegal transition.
                assertThat(refused.code()).isNotEqualTo("workflow.illegal-transition");
                assertThat(refused.isConflict()).isFalse();
            }
        } else {
            TransitionRefused refused = refusal(() -> WORKFLOWS.apply(state, sample(action), SUPERVISOR, DAY));
            assertThat(refused.code()).isEqualTo("workflow.illegal-transition");
            assertThat(refused.isConflict()).isTrue();
            assertThat(refused.getMessage()).contains(stage.label(), action.label());
        }
    }

    @ParameterizedTest
    @EnumSource(Workflow.class)
    void theTableCoversEveryStageOfTheWorkflow(Workflow workflow) {
        assertThat(workflow.stages()).containsExactlyInAnyOrderElementsOf(EXPECTED.get(workflow).keySet());
        assertThat(workflow.stages()).last().isEqualTo(Stage.CLOSED);
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void everyStageButClosedBelongsToOneWorkflow(Stage stage) {
        Set<Workflow> workflows = stage.workflows();
        if (stage == Stage.CLOSED) {
            assertThat(workflows).containsExactlyInAnyOrder(Workflow.values());
        } else {
            assertThat(workflows).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Action.class)
    void everyActionHasItsTransitionAndIsUsedSomewhere(Action action) {
        assertThat(sample(action).action()).isEqualTo(action);
        assertThat(Arrays.stream(Workflow.values())
                .anyMatch(workflow -> workflow.stages().stream().anyMatch(s -> workflow.actionsIn(s).contains(action))))
                .isTrue();
    }

    @Test
    void oneTransitionRecordPerAction() {
        assertThat(Transition.class.getPermittedSubclasses()).hasSize(Action.values().length);
    }

    @Test
    void aClosedCaseAllowsNothing() {
        for (CaseType type : CaseType.values()) {
            WorkflowState closed = stateAt(type, Stage.CLOSED);
            assertThat(WORKFLOWS.allowedActions(closed)).isEmpty();
            assertThat(closed.closure().kind()).isEqualTo(Closure.Kind.CONCLUDED);
            assertThat(closed.dueOn()).isNull();
        }
    }

    /** The fixture states are the plain ones (rounds left, extension available, checklist complete). */
    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            WAGE_CRIME                  | RECEIVED                    | START_ARREST_REVIEW START_PROSECUTION_REVIEW RECORD_FACTS WITHDRAW CHANGE_HANDLER
            WAGE_CRIME                  | ARREST_REVIEW               | EXTEND_ARREST_REVIEW DECIDE_ARREST RECORD_FACTS CHANGE_HANDLER
            WAGE_CRIME                  | PROSECUTION_REVIEW          | EXTEND_PROSECUTION_REVIEW RETURN_FOR_SUPPLEMENTARY_INVESTIGATION DECIDE_PROSECUTION RECORD_FACTS CHANGE_HANDLER
            LAWSUIT_SUPPORT             | ELIGIBILITY_REVIEW          | ASSESS_ELIGIBILITY ISSUE_SUPPORT_OPINION DECLINE WITHDRAW CHANGE_HANDLER
            CIVIL_JUDGMENT_SUPERVISION  | SUPERVISION_DECIDED         | RECORD_COURT_RESPONSE CHANGE_HANDLER
            ENFORCEMENT_SUPERVISION     | COURT_RESPONSE_RECORDED     | CLOSE CHANGE_HANDLER
            FALSE_LITIGATION            | FALSE_LITIGATION_OPENED     | START_INVESTIGATION DECIDE_FALSE_LITIGATION CHANGE_HANDLER
            """)
    void allowedActionsForASupervisor(CaseType type, Stage stage, String actions) {
        WorkflowState state = stateAt(type, stage);

        assertThat(WORKFLOWS.allowedActions(state, SUPERVISOR).stream().map(Enum::name).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(actions.trim().split("\\s+"));
    }
}
