package cn.procuratorate.wages.cases.workflow;

import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.HANDLER;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.PROCURATOR;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.WORKFLOWS;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.apply;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.date;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 虚假诉讼: opened from a flag or a report, investigated, decided, closed. */
class FalseLitigationWorkflowTest {

    private static WorkflowState opened(EntryPoint entry) {
        return WORKFLOWS.start(CaseType.FALSE_LITIGATION, entry, null, HANDLER, date("2024-03-01"));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {"REPORT, 2024-03-08", "RISK_FLAG, NULL"})
    void aReportIsDisposedOfWithin7DaysAFlagHasNoLimit(EntryPoint entry, LocalDate due) {
        WorkflowState state = opened(entry);

        assertThat(state.stage()).isEqualTo(Stage.FALSE_LITIGATION_OPENED);
        assertThat(state.entryPoint()).isEqualTo(entry);
        assertThat(state.dueOn()).isEqualTo(due);
        assertThat(apply(state, new Transition.StartInvestigation(), date("2024-03-02")).dueOn()).isNull();
    }

    @ParameterizedTest(name = "{0}: due {1}")
    @CsvSource(nullValues = "NULL", value = {
            "REFERRED_TO_POLICE,  NULL",
            "SUGGESTION_TO_COURT, 2024-06-10",  // the court's written reply: 2 months
            "UNFOUNDED,           NULL",
    })
    void outcomes(FalseLitigationDecision.Outcome outcome, LocalDate due) {
        WorkflowState investigating = apply(opened(EntryPoint.RISK_FLAG), new Transition.StartInvestigation(),
                date("2024-03-02"));

        WorkflowStep decided = WORKFLOWS.apply(investigating,
                new Transition.DecideFalseLitigation(outcome, "调查核实结论"), PROCURATOR, date("2024-04-10"));

        assertThat(decided.state().stage()).isEqualTo(Stage.FALSE_LITIGATION_DECIDED);
        assertThat(decided.state().falseLitigationDecision())
                .isEqualTo(new FalseLitigationDecision(outcome, "调查核实结论", date("2024-04-10"), HANDLER));
        assertThat(decided.state().dueOn()).isEqualTo(due);
        assertThat(decided.change().summary()).contains(outcome.label());
        assertThat(apply(decided.state(), new Transition.Close(null), date("2024-07-01")).stage())
                .isEqualTo(Stage.CLOSED);
    }

    @Test
    void anObviouslyUnfoundedFlagIsDecidedWithoutAnInvestigationButNeedsAReason() {
        WorkflowState flagged = opened(EntryPoint.RISK_FLAG);

        assertThat(refusal(() -> WORKFLOWS.apply(flagged, new Transition.DecideFalseLitigation(
                FalseLitigationDecision.Outcome.UNFOUNDED, null), PROCURATOR, date("2024-03-02"))).code())
                .isEqualTo("workflow.reason-required");
        assertThat(apply(flagged, new Transition.DecideFalseLitigation(FalseLitigationDecision.Outcome.UNFOUNDED,
                "劳动合同真实"), date("2024-03-02")).stage()).isEqualTo(Stage.FALSE_LITIGATION_DECIDED);
    }

    @Test
    void anOutcomeIsRequired() {
        assertThat(refusal(() -> WORKFLOWS.apply(opened(EntryPoint.REPORT),
                new Transition.DecideFalseLitigation(null, "x"), PROCURATOR, date("2024-03-02"))).code())
                .isEqualTo("workflow.field-required");
    }
}
