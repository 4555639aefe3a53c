package cn.procuratorate.wages.outreach.suggestions;

import static cn.procuratorate.wages.outreach.suggestions.SuggestionAction.CLOSE;
import static cn.procuratorate.wages.outreach.suggestions.SuggestionAction.EDIT;
import static cn.procuratorate.wages.outreach.suggestions.SuggestionAction.ESCALATE;
import static cn.procuratorate.wages.outreach.suggestions.SuggestionAction.ISSUE;
import static cn.procuratorate.wages.outreach.suggestions.SuggestionAction.RECORD_RECTIFICATION;
import static cn.procuratorate.wages.outreach.suggestions.SuggestionAction.RECORD_REPLY;
import static cn.procuratorate.wages.outreach.suggestions.SuggestionAction.WITHDRAW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.wages.outreach.suggestions.Reply.Adoption;
import cn.procuratorate.wages.outreach.suggestions.SuggestionRefused.Rule;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class SuggestionWorkflowTest {

    private static final SuggestionWorkflow WORKFLOW = new SuggestionWorkflow(ReplyPeriods.defaults());
    private static final LocalDate TODAY = LocalDate.parse("2026-06-30");
    private static final Recipient HOUSING = new Recipient(Recipient.Kind.DEPARTMENT, "某区住房和城乡建设委员会",
            Recipient.Sector.HOUSING, "110105");
    private static final SuggestionContent COMPLETE = new SuggestionContent(SuggestionKind.SOCIAL_GOVERNANCE,
            HOUSING, "多个在建项目未按规定开设农民工工资专用账户", "督促在建项目开设工资专用账户并按月足额拨付人工费用",
            List.of(new Evidence(Evidence.Kind.CASE, "c-1", "110105-2026-00012")));
    private static final Issuing WRITTEN_ON_15_MARCH = new Issuing(LocalDate.parse("2026-03-13"), "京朝检建〔2026〕3号",
            Issue.Delivery.WRITTEN, LocalDate.parse("2026-03-15"), false, null);

    @Test
    void aDraftIsIssuedWithItsReplyDueTwoMonthsAfterDelivery() {
        SuggestionProgress issued = WORKFLOW.issue(WORKFLOW.start(), COMPLETE, WRITTEN_ON_15_MARCH, TODAY);

        assertThat(issued.stage()).isEqualTo(SuggestionStage.ISSUED);
        assertThat(issued.issue().replyDueOn()).isEqualTo("2026-05-15");
        assertThat(issued.awaitingReply()).isTrue();
        assertThat(issued.replyOverdue(LocalDate.parse("2026-05-15"))).isFalse();
        assertThat(issued.replyOverdue(LocalDate.parse("2026-05-16"))).isTrue();
        assertThat(issued.daysUntilReplyDue(LocalDate.parse("2026-05-10"))).hasValue(5L);
    }

    @Test
    void deliveryDefaultsToTheDayOfIssueAndAPublicAnnouncementDeliversOnTheSpot() {
        SuggestionProgress announced = WORKFLOW.issue(WORKFLOW.start(), COMPLETE, new Issuing(
                LocalDate.parse("2026-04-01"), null, Issue.Delivery.PUBLIC_ANNOUNCEMENT, null, true, 10), TODAY);

        assertThat(announced.issue().deliveredOn()).isEqualTo("2026-04-01");
        assertThat(announced.issue().urgent()).isTrue();
        assertThat(announced.issue().replyDueOn()).isEqualTo("2026-04-11");
    }

    @Test
    void theWholeLifeFromDraftToClosed() {
        SuggestionProgress progress = WORKFLOW.issue(WORKFLOW.start(), COMPLETE, WRITTEN_ON_15_MARCH, TODAY);
        progress = WORKFLOW.reply(progress, adopted("2026-05-10"), TODAY);
        assertThat(progress.stage()).isEqualTo(SuggestionStage.REPLIED);
        assertThat(progress.awaitingReply()).isFalse();
        assertThat(progress.replyOverdue(TODAY)).isFalse();

        progress = WORKFLOW.rectify(progress, new Rectification(LocalDate.parse("2026-06-20"), "12个项目已开设专户"),
                TODAY);
        assertThat(progress.stage()).isEqualTo(SuggestionStage.RECTIFIED);

        progress = WORKFLOW.close(progress, "整改到位", TODAY);
        assertThat(progress.stage()).isEqualTo(SuggestionStage.CLOSED);
        assertThat(progress.closure()).isEqualTo(new Closure(TODAY, "整改到位"));
        assertThat(WORKFLOW.allowed(progress, COMPLETE, TODAY)).isEmpty();
    }

    @Test
    void theActionsEachStageOffers() {
        SuggestionProgress draft = WORKFLOW.start();
        SuggestionProgress issued = WORKFLOW.issue(draft, COMPLETE, WRITTEN_ON_15_MARCH, TODAY);
        SuggestionProgress replied = WORKFLOW.reply(issued, adopted("2026-05-10"), TODAY);

        assertThat(WORKFLOW.allowed(draft, COMPLETE, TODAY)).containsExactlyInAnyOrder(EDIT, ISSUE, WITHDRAW);
        // Overdue on 30 June: escalation offered; closing is not, until it was escalated.
        assertThat(WORKFLOW.allowed(issued, COMPLETE, TODAY)).containsExactlyInAnyOrder(RECORD_REPLY, ESCALATE);
        assertThat(WORKFLOW.allowed(issued, COMPLETE, LocalDate.parse("2026-04-01")))
                .containsExactlyInAnyOrder(RECORD_REPLY);
        assertThat(WORKFLOW.allowed(replied, COMPLETE, TODAY))
                .containsExactlyInAnyOrder(RECORD_REPLY, RECORD_RECTIFICATION, CLOSE);
        SuggestionProgress refused = WORKFLOW.reply(issued, reply("2026-05-10", "不予采纳", Adoption.NOT_ADOPTED, null),
                TODAY);
        assertThat(WORKFLOW.allowed(refused, COMPLETE, TODAY)).containsExactlyInAnyOrder(RECORD_REPLY, ESCALATE, CLOSE);
    }

    @Test
    void stepsTheStageDoesNotAllowAreConflicts() {
        SuggestionProgress draft = WORKFLOW.start();
        SuggestionProgress issued = WORKFLOW.issue(draft, COMPLETE, WRITTEN_ON_15_MARCH, TODAY);
        SuggestionProgress withdrawn = WORKFLOW.withdraw(draft, "证据不足", TODAY);

        assertConflict(() -> WORKFLOW.reply(draft, adopted("2026-05-10"), TODAY));
        assertConflict(() -> WORKFLOW.escalate(draft, TODAY, Escalation.Target.SUPERIOR_PROCURATORATE, "上级院", "逾期",
                "supervisor1", TODAY));
        assertConflict(() -> WORKFLOW.issue(issued, COMPLETE, WRITTEN_ON_15_MARCH, TODAY));
        assertConflict(() -> WORKFLOW.requireEditable(issued));
        assertConflict(() -> WORKFLOW.rectify(issued, new Rectification(TODAY, "已整改"), TODAY));
        assertConflict(() -> WORKFLOW.withdraw(issued, "撤回", TODAY));
        assertConflict(() -> WORKFLOW.issue(withdrawn, COMPLETE, WRITTEN_ON_15_MARCH, TODAY));
        SuggestionProgress rectified = WORKFLOW.rectify(WORKFLOW.reply(issued, adopted("2026-05-10"), TODAY),
                new Rectification(TODAY, "已整改"), TODAY);
        assertConflict(() -> WORKFLOW.escalate(rectified, TODAY, Escalation.Target.GOVERNMENT, "区政府", "再次",
                "supervisor1", TODAY));
        assertConflict(() -> WORKFLOW.reply(rectified, adopted("2026-06-01"), TODAY));
    }

    @Test
    void issuingNeedsARecipientAndARequestAndARetrialSuggestionGoesToACourt() {
        SuggestionContent bare = new SuggestionContent(SuggestionKind.SOCIAL_GOVERNANCE, null, "问题", " ", List.of());
        assertRule(() -> WORKFLOW.issue(WORKFLOW.start(), bare, WRITTEN_ON_15_MARCH, TODAY), Rule.INCOMPLETE,
                "recipient, request");

        SuggestionContent retrialToDepartment = new SuggestionContent(SuggestionKind.RETRIAL, HOUSING, "判决认定事实错误",
                "建议再审", List.of());
        assertRule(() -> WORKFLOW.issue(WORKFLOW.start(), retrialToDepartment, WRITTEN_ON_15_MARCH, TODAY),
                Rule.RETRIAL_NEEDS_COURT);
        SuggestionContent retrialToCourt = new SuggestionContent(SuggestionKind.RETRIAL, new Recipient(
                Recipient.Kind.COURT, "某区人民法院", Recipient.Sector.COURT, "110105"), "判决认定事实错误", "建议再审",
                List.of());
        assertThat(WORKFLOW.issue(WORKFLOW.start(), retrialToCourt, WRITTEN_ON_15_MARCH, TODAY).stage())
                .isEqualTo(SuggestionStage.ISSUED);
    }

    @Test
    void datesMayNotLieInTheFutureNorBeforeWhatTheyFollow() {
        assertRule(() -> WORKFLOW.issue(WORKFLOW.start(), COMPLETE, new Issuing(TODAY.plusDays(1), null,
                Issue.Delivery.WRITTEN, null, false, null), TODAY), Rule.DATE_IN_FUTURE, "issuedOn", TODAY.plusDays(1));
        assertRule(() -> WORKFLOW.issue(WORKFLOW.start(), COMPLETE, new Issuing(TODAY, null, Issue.Delivery.WRITTEN,
                TODAY.minusDays(1), false, null), TODAY), Rule.DATE_TOO_EARLY, "deliveredOn", TODAY.minusDays(1),
                TODAY);

        SuggestionProgress issued = WORKFLOW.issue(WORKFLOW.start(), COMPLETE, WRITTEN_ON_15_MARCH, TODAY);
        assertRule(() -> WORKFLOW.reply(issued, adopted("2026-03-14"), TODAY), Rule.DATE_TOO_EARLY, "receivedOn",
                LocalDate.parse("2026-03-14"), LocalDate.parse("2026-03-15"));
        assertRule(() -> WORKFLOW.reply(issued, adopted("2026-07-01"), TODAY), Rule.DATE_IN_FUTURE, "receivedOn",
                LocalDate.parse("2026-07-01"));
        SuggestionProgress replied = WORKFLOW.reply(issued, adopted("2026-05-10"), TODAY);
        assertRule(() -> WORKFLOW.reply(replied, adopted("2026-05-09"), TODAY), Rule.DATE_TOO_EARLY, "receivedOn",
                LocalDate.parse("2026-05-09"), LocalDate.parse("2026-05-10"));
        assertRule(() -> WORKFLOW.escalate(issued, TODAY.plusDays(1), Escalation.Target.GOVERNMENT, "区政府", "逾期",
                "supervisor1", TODAY), Rule.DATE_IN_FUTURE, "escalatedOn", TODAY.plusDays(1));
    }

    @Test
    void escalationIsRecordedWithoutChangingTheStageAndMayBeRepeated() {
        SuggestionProgress issued = WORKFLOW.issue(WORKFLOW.start(), COMPLETE, WRITTEN_ON_15_MARCH, TODAY);

        SuggestionProgress once = WORKFLOW.escalate(issued, LocalDate.parse("2026-05-20"),
                Escalation.Target.RECIPIENT_SUPERIOR, "区人民政府", "逾期未回复，经督促仍未回复", "supervisor1", TODAY);
        SuggestionProgress twice = WORKFLOW.escalate(once, TODAY, Escalation.Target.SUPERIOR_PROCURATORATE,
                "市人民检察院", "通报后仍未回复", "supervisor1", TODAY);

        assertThat(twice.stage()).isEqualTo(SuggestionStage.ISSUED);
        assertThat(twice.replyOverdue(TODAY)).isTrue();
        assertThat(twice.escalations()).extracting(Escalation::ground)
                .containsExactly(Escalation.Ground.REPLY_OVERDUE, Escalation.Ground.REPLY_OVERDUE);
        assertThat(WORKFLOW.allowed(twice, COMPLETE, TODAY)).contains(CLOSE);
        assertRule(() -> WORKFLOW.escalate(issued, LocalDate.parse("2026-05-15"), Escalation.Target.GOVERNMENT, "区政府",
                "逾期", "supervisor1", TODAY), Rule.REPLY_NOT_OVERDUE, LocalDate.parse("2026-05-15"));
    }

    @Test
    void aRectificationNeedsAnAdoptingReply() {
        SuggestionProgress issued = WORKFLOW.issue(WORKFLOW.start(), COMPLETE, WRITTEN_ON_15_MARCH, TODAY);
        SuggestionProgress notAdopted = WORKFLOW.reply(issued, reply("2026-05-10", "不予采纳", Adoption.NOT_ADOPTED,
                "已另案处理"), TODAY);
        SuggestionProgress partly = WORKFLOW.reply(issued, reply("2026-05-10", "部分采纳", Adoption.PARTLY_ADOPTED,
                "其余项目已竣工"), TODAY);

        assertRule(() -> WORKFLOW.rectify(notAdopted, new Rectification(TODAY, "无"), TODAY),
                Rule.RECTIFICATION_NEEDS_ADOPTION);
        assertThat(WORKFLOW.rectify(partly, new Rectification(TODAY, "5个项目已整改"), TODAY).stage())
                .isEqualTo(SuggestionStage.RECTIFIED);
        assertThat(WORKFLOW.close(notAdopted, "理由成立，结案", TODAY).stage()).isEqualTo(SuggestionStage.CLOSED);
    }

    @Test
    void aSuggestionWithoutReplyClosesOnlyOnceEscalated() {
        SuggestionProgress issued = WORKFLOW.issue(WORKFLOW.start(), COMPLETE, WRITTEN_ON_15_MARCH, TODAY);

        assertRule(() -> WORKFLOW.close(issued, "结案", TODAY), Rule.CLOSE_NEEDS_REPLY_OR_ESCALATION);
        SuggestionProgress escalated = WORKFLOW.escalate(issued, TODAY, Escalation.Target.SUPERIOR_PROCURATORATE,
                "市人民检察院", "逾期未回复", "supervisor1", TODAY);
        assertThat(WORKFLOW.close(escalated, "已报告上级院跟进", TODAY).stage()).isEqualTo(SuggestionStage.CLOSED);
    }

    private static Reply adopted(String receivedOn) {
        return reply(receivedOn, "已采纳，将于一个月内完成整改。", Adoption.ADOPTED, null);
    }

    private static Reply reply(String receivedOn, String text, Adoption adoption, String reasons) {
        return new Reply(LocalDate.parse(receivedOn), text, adoption, reasons);
    }

    private static void assertConflict(ThrowingCallable step) {
        assertThatThrownBy(step).isInstanceOfSatisfying(SuggestionRefused.class, refused -> {
            assertThat(refused.rule()).isEqualTo(Rule.ILLEGAL_TRANSITION);
            assertThat(refused.rule().conflict()).isTrue();
        });
    }

    private static void assertRule(ThrowingCallable step, Rule rule, Object... args) {
        assertThatThrownBy(step).isInstanceOfSatisfying(SuggestionRefused.class, refused -> {
            assertThat(refused.rule()).isEqualTo(rule);
            assertThat(refused.rule().conflict()).isFalse();
            if (args.length > 0) {
                assertThat(refused.args()).containsExactly(args);
            }
        });
    }
}
