package cn.procuratorate.wages.outreach.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The recipient's reply is due two months after delivery (人民检察院检察建议工作规定 2019), sooner when urgent. */
class ReplyPeriodsTest {

    private static final ReplyPeriods DEFAULTS = ReplyPeriods.defaults();

    @Test
    void theStatutoryPeriodIsTwoMonthsAndTheUrgentDefaultFifteenDays() {
        assertThat(ReplyPeriods.WRITTEN_REPLY_WITHIN).isEqualTo(Period.ofMonths(2));
        assertThat(DEFAULTS.replyPeriod()).isEqualTo(ReplyPeriods.WRITTEN_REPLY_WITHIN);
        assertThat(DEFAULTS.urgentReplyPeriod()).isEqualTo(Period.ofDays(15));
    }

    @ParameterizedTest(name = "delivered {0}: due {1}")
    @CsvSource({
            "2026-03-15, 2026-05-15",
            "2026-11-20, 2027-01-20",   // across the year
            "2025-12-31, 2026-02-28",   // no 31 February: the month's last day
            "2023-12-31, 2024-02-29",   // leap year
            "2026-12-30, 2027-02-28",
            "2026-08-31, 2026-10-31",
            "2026-07-31, 2026-09-30",
            "2026-02-28, 2026-04-28",   // same day number, never later than "to the month's end"
    })
    void twoCalendarMonthsFromDelivery(LocalDate deliveredOn, LocalDate due) {
        assertThat(DEFAULTS.dueOn(deliveredOn, false, null)).isEqualTo(due);
    }

    @Test
    void anUrgentSuggestionIsDueSoonerWithItsOwnDaysOrTheDefault() {
        LocalDate delivered = LocalDate.parse("2026-03-15");

        assertThat(DEFAULTS.dueOn(delivered, true, null)).isEqualTo("2026-03-30");
        assertThat(DEFAULTS.dueOn(delivered, true, 7)).isEqualTo("2026-03-22");
        // The last day before the ordinary due date (15 May) is still shorter.
        assertThat(DEFAULTS.dueOn(delivered, true, 60)).isEqualTo("2026-05-14");
    }

    @Test
    void anUrgentPeriodThatIsNotShorterIsRefusedNamingTheOrdinaryDueDate() {
        LocalDate delivered = LocalDate.parse("2025-12-31");

        assertThatThrownBy(() -> DEFAULTS.dueOn(delivered, true, 59))
                .isInstanceOfSatisfying(SuggestionRefused.class, refused -> {
                    assertThat(refused.rule()).isEqualTo(SuggestionRefused.Rule.URGENT_PERIOD_NOT_SHORTER);
                    assertThat(refused.rule().conflict()).isFalse();
                    assertThat(refused.args()).containsExactly(LocalDate.parse("2026-02-28"));
                });
        assertThat(DEFAULTS.dueOn(delivered, true, 58)).isEqualTo("2026-02-27");
    }

    @Test
    void daysAreOnlyNamedForAnUrgentSuggestion() {
        assertThatThrownBy(() -> DEFAULTS.dueOn(LocalDate.parse("2026-03-15"), false, 10))
                .isInstanceOfSatisfying(SuggestionRefused.class, refused ->
                        assertThat(refused.rule()).isEqualTo(SuggestionRefused.Rule.PERIOD_ONLY_WHEN_URGENT));
    }

    @Test
    void configurationOverridesEitherPeriodAndKeepsTheOtherDefault() {
        ReplyPeriods threeMonths = new ReplyPeriods(Period.ofMonths(3), null);
        ReplyPeriods urgentTenDays = new ReplyPeriods(null, Period.ofDays(10));

        assertThat(threeMonths.dueOn(LocalDate.parse("2026-03-15"), false, null)).isEqualTo("2026-06-15");
        assertThat(threeMonths.urgentReplyPeriod()).isEqualTo(ReplyPeriods.URGENT_DEFAULT);
        assertThat(urgentTenDays.dueOn(LocalDate.parse("2026-03-15"), true, null)).isEqualTo("2026-03-25");
        assertThat(urgentTenDays.replyPeriod()).isEqualTo(ReplyPeriods.WRITTEN_REPLY_WITHIN);
    }

    @Test
    void aConfiguredPeriodMustBePositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ReplyPeriods(Period.ZERO, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new ReplyPeriods(null, Period.ofDays(-1)));
    }
}
