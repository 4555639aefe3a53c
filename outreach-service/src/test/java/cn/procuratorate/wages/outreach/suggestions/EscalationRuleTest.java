package cn.procuratorate.wages.outreach.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.wages.outreach.suggestions.Reply.Adoption;
import cn.procuratorate.wages.outreach.suggestions.SuggestionRefused.Rule;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A suggestion may be escalated when its reply is overdue, or when the reply says nothing or refuses without reasons;
 * judged as things stood on the day of the escalation.
 */
class EscalationRuleTest {

    /** Delivered 15 March 2026: the reply is due on 15 May 2026. */
    private static final Issue ISSUE = new Issue(LocalDate.parse("2026-03-13"), null, Issue.Delivery.WRITTEN,
            LocalDate.parse("2026-03-15"), false, LocalDate.parse("2026-05-15"));
    private static final SuggestionProgress AWAITING = SuggestionProgress.draft().withIssue(ISSUE);

    @Nested
    class WithoutAReply {

        @ParameterizedTest(name = "on {0}: may escalate = {1}")
        @CsvSource({
                "2026-03-16, false",
                "2026-05-14, false",   // the day before the due date
                "2026-05-15, false",   // the due date: the reply is still in time
                "2026-05-16, true",    // the day after: overdue
                "2026-09-01, true",
        })
        void onlyOnceTheDueDateHasPassed(LocalDate day, boolean allowed) {
            if (allowed) {
                assertThat(EscalationRule.ground(AWAITING, day)).isEqualTo(Escalation.Ground.REPLY_OVERDUE);
            } else {
                assertThatThrownBy(() -> EscalationRule.ground(AWAITING, day))
                        .isInstanceOfSatisfying(SuggestionRefused.class, refused -> {
                            assertThat(refused.rule()).isEqualTo(Rule.REPLY_NOT_OVERDUE);
                            assertThat(refused.rule().conflict()).isFalse();
                            assertThat(refused.args()).containsExactly(ISSUE.replyDueOn());
                        });
            }
        }

        @Test
        void aReplyThatArrivedLaterDoesNotExcuseTheSilenceOnTheDayOfTheEscalation() {
            SuggestionProgress repliedLate = AWAITING.withReply(reply("2026-06-10", "已整改", Adoption.ADOPTED, null));

            assertThat(EscalationRule.ground(repliedLate, LocalDate.parse("2026-06-01")))
                    .isEqualTo(Escalation.Ground.REPLY_OVERDUE);
        }
    }

    @Nested
    class WithAReply {

        private final LocalDate day = LocalDate.parse("2026-04-20");

        @Test
        void anEmptyReplyMayBeEscalatedBeforeTheDueDate() {
            assertThat(EscalationRule.ground(replied(reply("2026-04-10", "  ", Adoption.ADOPTED, null)), day))
                    .isEqualTo(Escalation.Ground.REPLY_SAYS_NOTHING);
            assertThat(EscalationRule.ground(replied(reply("2026-04-10", null, Adoption.NOT_ADOPTED, "理由")), day))
                    .isEqualTo(Escalation.Ground.REPLY_SAYS_NOTHING);
        }

        @Test
        void notAdoptedInFullOrInPartWithoutReasonsMayBeEscalated() {
            for (Adoption adoption : List.of(Adoption.NOT_ADOPTED, Adoption.PARTLY_ADOPTED)) {
                for (String reasons : new String[] {null, "", " "}) {
                    assertThat(EscalationRule.ground(replied(reply("2026-04-10", "经研究，不予采纳。", adoption,
                            reasons)), day)).isEqualTo(Escalation.Ground.NOT_ADOPTED_WITHOUT_REASONS);
                }
            }
        }

        @Test
        void anAdoptedOrReasonedReplyIsRefusedAfterTheDueDateToo() {
            for (Reply adequate : List.of(reply("2026-04-10", "已采纳，正在整改。", Adoption.ADOPTED, null),
                    reply("2026-04-10", "不予采纳。", Adoption.NOT_ADOPTED, "该项目已由住建部门立案查处，正在执行。"))) {
                for (LocalDate on : List.of(day, LocalDate.parse("2026-05-15"), LocalDate.parse("2026-07-01"))) {
                    assertThatThrownBy(() -> EscalationRule.ground(replied(adequate), on))
                            .isInstanceOfSatisfying(SuggestionRefused.class, refused ->
                                    assertThat(refused.rule()).isEqualTo(Rule.REPLY_ADEQUATE));
                }
            }
        }

        @Test
        void theLatestReplyCounts() {
            SuggestionProgress answeredAgain = replied(reply("2026-04-10", "", Adoption.ADOPTED, null))
                    .withReply(reply("2026-04-18", "已采纳，整改方案附后。", Adoption.ADOPTED, null));

            assertThatThrownBy(() -> EscalationRule.ground(answeredAgain, day))
                    .isInstanceOf(SuggestionRefused.class);
            assertThat(EscalationRule.ground(answeredAgain, LocalDate.parse("2026-04-15")))
                    .isEqualTo(Escalation.Ground.REPLY_SAYS_NOTHING);
        }

        private static SuggestionProgress replied(Reply reply) {
            return AWAITING.withReply(reply);
        }
    }

    private static Reply reply(String receivedOn, String text, Adoption adoption, String reasons) {
        return new Reply(LocalDate.parse(receivedOn), text, adoption, reasons);
    }
}
