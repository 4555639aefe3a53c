package cn.procuratorate.wages.cases.workflow;

/** The result of {@link Workflows#apply}: the new state and what changed. */
public record WorkflowStep(WorkflowState state, WorkflowChange change) {
}
