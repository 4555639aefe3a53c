package cn.procuratorate.wages.cases.workflow;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Questions about a due date, in calendar days of the caller's calendar (Asia/Shanghai: the caller passes today).
 * A stage without a due date (null) is never overdue nor due soon. On the due date itself the act is still in
 * time: {@code isOverdue} is false that day and true from the next.
 */
public final class DueDates {

    private DueDates() {
    }

    public static boolean isOverdue(WorkflowState state, LocalDate today) {
        return isOverdue(state.dueOn(), today);
    }

    /** Days until the due date: 0 on the due date, negative once overdue, empty without a due date. */
    public static OptionalLong daysLeft(WorkflowState state, LocalDate today) {
        return daysLeft(state.dueOn(), today);
    }

    /**
     * Whether the due date is today or within the next {@code days} days ({@code days} = 0: due today).
     * An overdue stage is not "due within": it is overdue.
     */
    public static boolean dueWithin(WorkflowState state, LocalDate today, int days) {
        return dueWithin(state.dueOn(), today, days);
    }

    public static boolean isOverdue(LocalDate dueOn, LocalDate today) {
        Objects.requireNonNull(today, "today");
        return dueOn != null && today.isAfter(dueOn);
    }

    public static OptionalLong daysLeft(LocalDate dueOn, LocalDate today) {
        Objects.requireNonNull(today, "today");
        return dueOn == null ? OptionalLong.empty() : OptionalLong.of(ChronoUnit.DAYS.between(today, dueOn));
    }

    public static boolean dueWithin(LocalDate dueOn, LocalDate today, int days) {
        Objects.requireNonNull(today, "today");
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        if (dueOn == null || today.isAfter(dueOn)) {
            return false;
        }
        return ChronoUnit.DAYS.between(today, dueOn) <= days;
    }
}
