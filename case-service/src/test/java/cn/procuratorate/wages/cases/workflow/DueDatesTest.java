package cn.procuratorate.wages.cases.workflow;

import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.HANDLER;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.WORKFLOWS;
import static cn.procuratorate.wages.cases.workflow.WorkflowFixtures.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Overdue and due-soon, in calendar days: due today is in time, the day after is overdue. */
class DueDatesTest {

    /** An arrest review, suspect detained, received 1 March 2024: due 8 March. */
    private static final WorkflowState DUE_8_MARCH = WORKFLOWS.start(CaseType.WAGE_CRIME, EntryPoint.ARREST_REQUEST,
            CaseFacts.detained(), HANDLER, date("2024-03-01"));

    @ParameterizedTest(name = "today {0}: overdue={1}, days left={2}, due within 0/1/3 = {3}/{4}/{5}")
    @CsvSource({
            "2024-03-01, false,  7, false, false, false",
            "2024-03-05, false,  3, false, false, true",
            "2024-03-06, false,  2, false, false, true",
            "2024-03-07, false,  1, false, true,  true",
            "2024-03-08, false,  0, true,  true,  true",   // due today: not overdue
            "2024-03-09, true,  -1, false, false, false",  // the day after: overdue
            "2024-04-08, true, -31, false, false, false",
    })
    void boundaries(LocalDate today, boolean overdue, long daysLeft, boolean within0, boolean within1,
            boolean within3) {
        assertThat(DUE_8_MARCH.dueOn()).isEqualTo(date("2024-03-08"));
        assertThat(DueDates.isOverdue(DUE_8_MARCH, today)).isEqualTo(overdue);
        assertThat(DueDates.daysLeft(DUE_8_MARCH, today)).hasValue(daysLeft);
        assertThat(DueDates.dueWithin(DUE_8_MARCH, today, 0)).isEqualTo(within0);
        assertThat(DueDates.dueWithin(DUE_8_MARCH, today, 1)).isEqualTo(within1);
        assertThat(DueDates.dueWithin(DUE_8_MARCH, today, 3)).isEqualTo(within3);
    }

    @Test
    void aStageWithoutDueDateIsNeverOverdueNorDueSoon() {
        WorkflowState noLimit = WORKFLOWS.start(CaseType.LAWSUIT_SUPPORT, HANDLER, date("2024-03-01"));
        LocalDate muchLater = date("2030-01-01");

        assertThat(noLimit.dueOn()).isNull();
        assertThat(DueDates.isOverdue(noLimit, muchLater)).isFalse();
        assertThat(DueDates.daysLeft(noLimit, muchLater)).isEmpty();
        assertThat(DueDates.dueWithin(noLimit, muchLater, 365)).isFalse();
    }

    @Test
    void acrossAYearAndALeapDay() {
        assertThat(DueDates.daysLeft(date("2025-01-01"), date("2024-12-31"))).hasValue(1);
        assertThat(DueDates.daysLeft(date("2024-03-01"), date("2024-02-28"))).hasValue(2);
    }

    @Test
    void aNegativeWindowIsABug() {
        assertThatIllegalArgumentException().isThrownBy(() -> DueDates.dueWithin(DUE_8_MARCH, date("2024-03-01"), -1));
    }
}
