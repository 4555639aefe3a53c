package cn.procuratorate.wages.outreach.suggestions;

import static cn.procuratorate.wages.outreach.suggestions.SuggestionBodies.create;
import static cn.procuratorate.wages.outreach.suggestions.SuggestionBodies.draft;
import static cn.procuratorate.wages.outreach.suggestions.SuggestionBodies.reply;
import static cn.procuratorate.wages.outreach.suggestions.SuggestionBodies.step;
import static cn.procuratorate.wages.outreach.suggestions.SuggestionBodies.writtenOn;
import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.testing.CaseServiceCallerIT;
import cn.procuratorate.wages.testing.TestTokens;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The life of a suggestion through the API, and the lists of replies overdue and due soon. */
class SuggestionApiIT extends CaseServiceCallerIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void aDraftIsIssuedRepliedRectifiedAndClosedWithItsTimeline() {
        Map<String, Object> drafted = create(procurator(), draft("110101"));
        assertThat(drafted.get("stage")).isEqualTo("DRAFT");
        assertThat((List<Object>) drafted.get("allowedActions")).containsExactlyInAnyOrder("EDIT", "WITHDRAW");
        assertThat((List<Map<?, ?>>) drafted.get("evidence")).extracting(e -> (Object) e.get("kind"))
                .containsExactly("CASE", "PETITION");

        LocalDate issuedOn = TODAY.minusDays(20);
        Map<String, Object> issued = step(supervisor(), drafted, "issue", Map.of("issuedOn", issuedOn.toString(),
                "delivery", "PUBLIC_ANNOUNCEMENT", "documentNumber", "京朝检建〔2026〕1号"), 200);
        Map<?, ?> issue = (Map<?, ?>) issued.get("issue");
        assertThat(issued.get("stage")).isEqualTo("ISSUED");
        assertThat(issue.get("deliveredOn")).isEqualTo(issuedOn.toString());
        assertThat(issue.get("replyDueOn")).isEqualTo(issuedOn.plusMonths(2).toString());
        assertThat(issued.get("replyOverdue")).isEqualTo(false);
        assertThat(issued.get("mayEscalate")).isNull();

        Map<String, Object> replied = step(procurator(), issued, "replies", reply(TODAY.minusDays(2).toString(),
                "ADOPTED", "已采纳，已责令 12 个在建项目限期开设工资专用账户。", null), 200);
        assertThat(replied.get("stage")).isEqualTo("REPLIED");
        assertThat(((List<Map<?, ?>>) replied.get("replies")).get(0).get("late")).isEqualTo(false);
        Map<String, Object> rectified = step(procurator(), replied, "rectification", Map.of("completedOn",
                TODAY.toString(), "description", "12 个项目均已开设专户并按月拨付人工费用"), 200);
        assertThat(rectified.get("stage")).isEqualTo("RECTIFIED");
        Map<String, Object> closed = step(procurator(), rectified, "close", Map.of("note", "整改到位，结案"), 200);
        assertThat(closed.get("stage")).isEqualTo("CLOSED");
        assertThat((Map<String, Object>) closed.get("closure")).containsEntry("note", "整改到位，结案");

        List<Map<String, Object>> timeline = clerk().get()
                .uri("/api/outreach/suggestions/{id}/timeline", drafted.get("id")).exchange()
                .expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
        assertThat(timeline).extracting(e -> (Object) e.get("action"))
                .containsExactly("DRAFT", "ISSUE", "RECORD_REPLY", "RECORD_RECTIFICATION", "CLOSE");
        assertThat(timeline.get(1)).containsEntry("actor", "supervisor1").containsEntry("role", "SUPERVISOR");
        assertThat((String) timeline.get(1).get("summary")).contains("公开宣告").contains(issuedOn.plusMonths(2)
                .toString());
        assertThat(timeline.get(4)).containsEntry("reason", "整改到位，结案");
    }

    @Test
    void readsCarryTheVersionAsETagAndADraftIsEditedUntilIssued() {
        Map<String, Object> drafted = create(procurator(), draft("110102"));
        EntityExchangeResult<Map> read = clerk().get().uri("/api/outreach/suggestions/{id}", drafted.get("id"))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult();
        assertThat(read.getResponseHeaders().getETag()).isEqualTo("\"0\"");
        assertThat((List<Object>) read.getResponseBody().get("allowedActions")).isEmpty();

        Map<String, Object> body = draft("110102");
        body.put("kind", "CORRECT_ILLEGALITY");
        body.put("request", "依法纠正对欠薪投诉不予受理的行为");
        EntityExchangeResult<Map> edited = procurator().put().uri("/api/outreach/suggestions/{id}", drafted.get("id"))
                .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult();
        assertThat(edited.getResponseHeaders().getETag()).isEqualTo("\"1\"");
        assertThat(edited.getResponseBody()).containsEntry("kind", "CORRECT_ILLEGALITY")
                .containsEntry("kindLabel", "纠正违法检察建议").containsEntry("request", "依法纠正对欠薪投诉不予受理的行为");
        assertThat((List<Object>) edited.getResponseBody().get("allowedActions")).containsExactlyInAnyOrder("EDIT",
                "WITHDRAW");
    }

    @Test
    void anUrgentSuggestionIsDueSoonerAndListedAsDueSoonThenOverdueOnesFirstByDueDate() {
        String region = "110103";
        Map<String, Object> urgent = step(supervisor(), create(procurator(), draft(region)), "issue",
                Map.of("delivery", "WRITTEN", "urgent", true, "replyWithinDays", 5), 200);
        assertThat(((Map<?, ?>) urgent.get("issue")).get("replyDueOn")).isEqualTo(TODAY.plusDays(5).toString());
        assertThat(urgent.get("daysUntilReplyDue")).isEqualTo(5);
        Map<String, Object> late = step(supervisor(), create(procurator(), draft(region)), "issue",
                writtenOn(TODAY.minusMonths(3).toString()), 200);
        Map<String, Object> later = step(supervisor(), create(procurator(), draft(region)), "issue",
                writtenOn(TODAY.minusMonths(4).toString()), 200);
        Map<String, Object> answered = step(procurator(), step(supervisor(), create(procurator(), draft(region)),
                "issue", writtenOn(TODAY.minusMonths(3).toString()), 200), "replies",
                reply(TODAY.toString(), "ADOPTED", "已采纳", null), 200);
        create(procurator(), draft(region));

        assertThat(ids(clerk(), "regionCode=" + region + "&overdue=true")).containsExactly(later.get("id"),
                late.get("id"));
        assertThat(ids(clerk(), "regionCode=" + region + "&dueWithinDays=7")).containsExactly(urgent.get("id"));
        assertThat(ids(clerk(), "regionCode=" + region + "&dueWithinDays=4")).isEmpty();
        assertThat(ids(clerk(), "regionCode=" + region + "&stage=REPLIED")).containsExactly(answered.get("id"));
        assertThat(ids(clerk(), "regionCode=" + region)).hasSize(5);
        Map<?, ?> first = page(clerk(), "regionCode=" + region + "&overdue=true").get(0);
        assertThat(first.get("replyOverdue")).isEqualTo(true);
        assertThat(((Number) first.get("daysUntilReplyDue")).intValue()).isNegative();
        assertThat(first.get("mayEscalate")).isEqualTo("REPLY_OVERDUE");
        // Another unit's staff see none of them.
        assertThat(ids(http(TestTokens.token().subject("clerk2").roles("CLERK").unit(TestTokens.OTHER_UNIT).sign()),
                "regionCode=" + region)).isEmpty();
    }

    @Test
    void anOverdueSuggestionIsEscalatedStaysIssuedAndShowsAsEscalated() {
        String region = "110104";
        Map<String, Object> overdue = step(supervisor(), create(procurator(), draft(region)), "issue",
                writtenOn(TODAY.minusMonths(3).toString()), 200);
        assertThat((List<Object>) overdue.get("allowedActions")).containsExactlyInAnyOrder("RECORD_REPLY", "ESCALATE");

        Map<String, Object> escalated = step(supervisor(), overdue, "escalations", Map.of("target",
                "SUPERIOR_PROCURATORATE", "toWhom", "北京市人民检察院第三分院", "reason", "逾期未回复，经电话督促仍未回复"),
                200);
        assertThat(escalated.get("stage")).isEqualTo("ISSUED");
        assertThat(escalated.get("escalated")).isEqualTo(true);
        assertThat((List<Map<?, ?>>) escalated.get("escalations")).singleElement().satisfies(e -> {
            assertThat(e.get("ground")).isEqualTo("REPLY_OVERDUE");
            assertThat(e.get("escalatedOn")).isEqualTo(TODAY.toString());
            assertThat(e.get("by")).isEqualTo("supervisor1");
        });
        assertThat(ids(clerk(), "regionCode=" + region + "&escalated=true")).containsExactly(overdue.get("id"));
        assertThat(ids(clerk(), "regionCode=" + region + "&overdue=true")).containsExactly(overdue.get("id"));

        // A late reply that does not adopt it and gives no reasons may be escalated again.
        Map<String, Object> refused = step(procurator(), escalated, "replies",
                reply(TODAY.toString(), "NOT_ADOPTED", "经研究，不予采纳。", null), 200);
        assertThat(((List<Map<?, ?>>) refused.get("replies")).get(0).get("late")).isEqualTo(true);
        assertThat(refused.get("mayEscalate")).isEqualTo("NOT_ADOPTED_WITHOUT_REASONS");
        Map<String, Object> again = step(supervisor(), refused, "escalations", Map.of("target", "RECIPIENT_SUPERIOR",
                "toWhom", "某区人民政府", "reason", "不予采纳且未说明理由"), 200);
        assertThat((List<Map<?, ?>>) again.get("escalations")).extracting(e -> (Object) e.get("ground"))
                .containsExactly("REPLY_OVERDUE", "NOT_ADOPTED_WITHOUT_REASONS");
        assertThat(ids(clerk(), "regionCode=" + region + "&overdue=true")).isEmpty();
    }

    @Test
    void aDraftIsWithdrawn() {
        Map<String, Object> withdrawn = step(procurator(), create(procurator(), draft("110106")), "withdraw",
                Map.of("note", "经核实，问题已由住建部门自行纠正"), 200);

        assertThat(withdrawn.get("stage")).isEqualTo("WITHDRAWN");
        assertThat((List<Object>) withdrawn.get("allowedActions")).isEmpty();
    }

    private List<Object> ids(RestTestClient client, String query) {
        return page(client, query).stream().map(item -> (Object) item.get("id")).toList();
    }

    private List<Map<?, ?>> page(RestTestClient client, String query) {
        Map<?, ?> page = client.get().uri("/api/outreach/suggestions?" + query).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        return (List<Map<?, ?>>) page.get("items");
    }

    private RestTestClient procurator() {
        return http(TestTokens.staff("PROCURATOR"));
    }

    private RestTestClient supervisor() {
        return http(TestTokens.staff("SUPERVISOR"));
    }

    private RestTestClient clerk() {
        return http(TestTokens.staff("CLERK"));
    }
}
