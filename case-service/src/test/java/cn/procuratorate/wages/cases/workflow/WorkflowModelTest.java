package cn.procuratorate.wages.cases.workflow;

import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.HANDLER;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.WORKFLOWS;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.date;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.refusal;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.statesOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Starting states, rule codes, labels, and a state that stores as a plain sub-document. */
class WorkflowModelTest {

    static Stream<Arguments> everyTypeAndEntryPoint() {
        return Arrays.stream(CaseType.values())
                .flatMap(type -> Arrays.stream(EntryPoint.values()).map(entry -> Arguments.of(type, entry)));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("everyTypeAndEntryPoint")
    void aCaseStartsOnlyAtAnEntryPointOfItsWorkflow(CaseType type, EntryPoint entry) {
        if (entry.workflow() == type.workflow()) {
            WorkflowState state = WORKFLOWS.start(type, entry, CaseFacts.NONE, HANDLER, date("2024-03-01"));
            assertThat(state.stage()).isEqualTo(entry.stage());
            assertThat(state.stageStartedOn()).isEqualTo(date("2024-03-01"));
            assertThat(state.receivedOn()).isEqualTo(date("2024-03-01"));
            assertThat(state.supplementaryRounds()).isZero();
            assertThat(state.closure()).isNull();
            assertThat(type.workflow().entryPoints()).contains(entry);
        } else {
            TransitionRefused refused = refusal(() -> WORKFLOWS.start(type, entry, CaseFacts.NONE, HANDLER,
                    date("2024-03-01")));
            assertThat(refused.code()).isEqualTo("workflow.entry-point-not-applicable");
        }
    }

    @Test
    void criminalCasesEnterAtReceivedArrestReviewOrProsecutionReview() {
        assertThat(Workflow.CRIMINAL.entryPoints().stream().map(EntryPoint::stage))
                .containsExactly(Stage.RECEIVED, Stage.ARREST_REVIEW, Stage.PROSECUTION_REVIEW);
    }

    @ParameterizedTest
    @EnumSource(CaseType.class)
    void everyTypeHasALabelAndADefaultEntryOfItsWorkflow(CaseType type) {
        assertThat(type.label()).isNotBlank();
        assertThat(type.defaultEntry().workflow()).isEqualTo(type.workflow());
        assertThat(WORKFLOWS.start(type, HANDLER, date("2024-03-01")).stage()).isEqualTo(type.defaultEntry().stage());
    }

    @Test
    void ruleCodesAreStableAndDistinct() {
        Set<String> codes = new HashSet<>();
        for (RuleCode rule : RuleCode.values()) {
            assertThat(rule.code()).startsWith("workflow.").matches("[a-z.-]+");
            assertThat(codes.add(rule.code())).isTrue();
            assertThat(rule.isConflict()).isEqualTo(rule == RuleCode.ILLEGAL_TRANSITION);
            assertThat(rule.format("甲", "乙")).doesNotContain("{").isNotBlank();
        }
    }

    @Test
    void theStateIsImmutableAcrossSteps() {
        WorkflowState before = WORKFLOWS.start(CaseType.WAGE_CRIME, EntryPoint.ARREST_REQUEST, null, HANDLER,
                date("2024-03-01"));
        WorkflowState copy = new WorkflowState(before.type(), before.entryPoint(), before.stage(), before.receivedOn(),
                before.stageStartedOn(), before.dueOn(), before.handlerId(), before.facts(), before.extensionGranted(),
                before.supplementaryRounds(), null, null, null, null, null, null, null, null, null, null, null);

        WORKFLOWS.apply(before, Transition.DecideArrest.arrest(), WorkflowFixtures.PROCURATOR, date("2024-03-02"));

        assertThat(before).isEqualTo(copy);
        assertThat(before.facts()).isEqualTo(CaseFacts.NONE);
    }

    @Test
    void aStoredStateIsCheckedWhenRead() {
        assertThatIllegalArgumentException().isThrownBy(() -> new WorkflowState(CaseType.LAWSUIT_SUPPORT,
                EntryPoint.SUPPORT_REQUEST, Stage.ARREST_REVIEW, date("2024-03-01"), date("2024-03-01"), null, null,
                null, false, 0, null, null, null, null, null, null, null, null, null, null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new WorkflowState(CaseType.LAWSUIT_SUPPORT,
                EntryPoint.REPORT, Stage.ELIGIBILITY_REVIEW, date("2024-03-01"), date("2024-03-01"), null, null,
                null, false, 0, null, null, null, null, null, null, null, null, null, null, null));
    }

    /** Enums, strings, dates, booleans, ints and amounts only, or records of those: a plain sub-document. */
    @Test
    void theStateHoldsOnlyPlainValues() {
        assertPlain(WorkflowState.class, new HashSet<>());
    }

    private static void assertPlain(Class<?> record, Set<Class<?>> seen) {
        if (!seen.add(record)) {
            return;
        }
        for (RecordComponent component : record.getRecordComponents()) {
            Type type = component.getGenericType();
            assertThat(type).as(record.getSimpleName() + "." + component.getName())
                    .isNotInstanceOf(ParameterizedType.class);
            Class<?> raw = component.getType();
            if (raw.isRecord()) {
                assertPlain(raw, seen);
            } else {
                assertThat(raw.isEnum() || raw.isPrimitive() || raw == String.class || raw == LocalDate.class
                        || raw == BigDecimal.class).as(record.getSimpleName() + "." + component.getName()).isTrue();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(CaseType.class)
    void everyStateAlongTheWayHasAConsistentDueDate(CaseType type) {
        statesOf(type).values().forEach(state -> {
            assertThat(state.dueOn()).isEqualTo(WORKFLOWS.dueOn(state));
            if (state.dueOn() != null) {
                assertThat(state.dueOn()).isAfter(state.stageStartedOn());
            }
        });
    }

    @Test
    void labelsAreChinese() {
        for (Stage stage : Stage.values()) {
            assertThat(stage.label()).isNotBlank();
        }
        for (Action action : Action.values()) {
            assertThat(action.label()).isNotBlank();
        }
        assertThat(Workflow.SUPERVISION.label()).isEqualTo("诉讼监督");
        assertThat(CaseType.WAGE_CRIME.label()).isEqualTo("拒不支付劳动报酬案件");
    }
}
