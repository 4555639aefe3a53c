package cn.procuratorate.wages.cases.workflow;

import java.time.LocalDate;

/**
 * What a step changed, for the caller's timeline: the action, the stages before and after (equal when the step
 * stays in its stage), the day, who, the due date after the step, and a short Chinese summary.
 */
public record WorkflowChange(Action action, Stage from, Stage to, LocalDate on, String actorId, LocalDate dueOn,
        String summary) {

    public boolean stageChanged() {
        return from != to;
    }
}
