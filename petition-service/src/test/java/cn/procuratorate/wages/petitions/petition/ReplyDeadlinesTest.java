package cn.procuratorate.wages.petitions.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** SPP rules art. 163: procedural reply within 7 days of receipt, result within 3 months. */
class ReplyDeadlinesTest {

    @Test
    void proceduralReplyIsDueSevenCalendarDaysAfterReceipt() {
        assertThat(ReplyDeadlines.due(ReplyKind.PROCEDURAL, LocalDate.of(2026, 11, 26))).isEqualTo("2026-12-03");
        assertThat(ReplyDeadlines.due(ReplyKind.PROCEDURAL, LocalDate.of(2026, 12, 28))).isEqualTo("2027-01-04");
        // Holidays are not skipped: the rule counts days.
        assertThat(ReplyDeadlines.due(ReplyKind.PROCEDURAL, LocalDate.of(2026, 9, 30))).isEqualTo("2026-10-07");
    }

    @Test
    void resultReplyIsDueThreeMonthsAfterReceiptEndingOnTheMonthsLastDayIfNeeded() {
        assertThat(ReplyDeadlines.due(ReplyKind.RESULT, LocalDate.of(2026, 11, 26))).isEqualTo("2027-02-26");
        assertThat(ReplyDeadlines.due(ReplyKind.RESULT, LocalDate.of(2026, 11, 30))).isEqualTo("2027-02-28");
        assertThat(ReplyDeadlines.due(ReplyKind.RESULT, LocalDate.of(2027, 11, 30))).isEqualTo("2028-02-29");
    }

    @Test
    void everyReplyHasALimit() {
        for (ReplyKind reply : ReplyKind.values()) {
            assertThat(ReplyDeadlines.due(reply, LocalDate.of(2026, 1, 1))).isAfter(LocalDate.of(2026, 1, 1));
        }
    }
}
