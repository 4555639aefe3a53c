package cn.procuratorate.wages.outreach.suggestions;

import static cn.procuratorate.wages.outreach.suggestions.SuggestionBodies.create;
import static cn.procuratorate.wages.outreach.suggestions.SuggestionBodies.draft;
import static cn.procuratorate.wages.outreach.suggestions.SuggestionBodies.recipient;
import static cn.procuratorate.wages.outreach.suggestions.SuggestionBodies.reply;
import static cn.procuratorate.wages.outreach.suggestions.SuggestionBodies.step;
import static cn.procuratorate.wages.outreach.suggestions.SuggestionBodies.writtenOn;
import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.testing.CaseServiceCallerIT;
import cn.procuratorate.wages.testing.TestTokens;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** What the suggestion API refuses, and how: 400, 401, 403, 404, 409, 422 and 428, nothing changed. */
class SuggestionRefusalsIT extends CaseServiceCallerIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String REGION = "110108";

    @Test
    void invalidInputIsA400NamingEachField() {
        Map<String, Object> body = draft(REGION);
        body.remove("kind");
        body.put("problem", " ");
        body.put("recipient", recipient("DEPARTMENT", "某区人社局", "HRSS", "1101"));
        body.put("evidence", List.of(Map.of("id", "c 1", "label", "某案")));

        Map<?, ?> problem = procurator().post().uri("/api/outreach/suggestions").contentType(MediaType.APPLICATION_JSON)
                .body(body).exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(problem.get("type")).isEqualTo("urn:problem-type:validation");
        assertThat((List<Map<String, Object>>) problem.get("errors")).extracting(e -> (Object) e.get("field"))
                .containsExactlyInAnyOrder("kind", "problem", "recipient.regionCode", "evidence[0].kind",
                        "evidence[0].id");

        Map<String, Object> drafted = create(procurator(), draft(REGION));
        assertFields(step(supervisor(), drafted, "issue", Map.of("urgent", true, "replyWithinDays", 0), 400),
                "delivery", "replyWithinDays");
        assertFields(step(procurator(), drafted, "withdraw", Map.of(), 400), "note");
        procurator().get().uri("/api/outreach/suggestions?overdue=true&dueWithinDays=3").exchange()
                .expectStatus().isBadRequest();
        procurator().get().uri("/api/outreach/suggestions?stage=SENT").exchange().expectStatus().isBadRequest();
    }

    @Test
    void anUnknownIdAndAnotherUnitsSuggestionAreNotFound() {
        for (String id : List.of("64b7f0c2a1b2c3d4e5f60718", "not-an-id")) {
            Map<?, ?> problem = clerk().get().uri("/api/outreach/suggestions/{id}", id).exchange()
                    .expectStatus().isNotFound().expectBody(Map.class).returnResult().getResponseBody();
            assertThat(problem.get("detail")).isEqualTo("未找到检察建议：" + id);
        }
        Map<String, Object> drafted = create(procurator(), draft(REGION));
        RestTestClient otherUnit = http(TestTokens.token().subject("procurator2").roles("PROCURATOR")
                .unit(TestTokens.OTHER_UNIT).sign());
        otherUnit.get().uri("/api/outreach/suggestions/{id}", drafted.get("id")).exchange().expectStatus().isNotFound();
        otherUnit.get().uri("/api/outreach/suggestions/{id}/timeline", drafted.get("id")).exchange()
                .expectStatus().isNotFound();
        step(otherUnit, drafted, "withdraw", Map.of("note", "不是本院的"), 404);
    }

    @Test
    void aChangeWithoutItsVersionIs428AndWithAnOlderOne409() {
        Map<String, Object> drafted = create(procurator(), draft(REGION));
        Map<?, ?> missing = procurator().post().uri("/api/outreach/suggestions/{id}/withdraw", drafted.get("id"))
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("note", "撤回")).exchange()
                .expectStatus().isEqualTo(428).expectBody(Map.class).returnResult().getResponseBody();
        assertThat(missing.get("type")).isEqualTo("urn:problem-type:precondition-required");

        procurator().put().uri("/api/outreach/suggestions/{id}", drafted.get("id")).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).body(draft(REGION)).exchange().expectStatus().isOk();
        Map<String, Object> stale = step(procurator(), drafted, "withdraw", Map.of("note", "撤回"), 409);
        assertThat(stale.get("type")).isEqualTo("urn:problem-type:conflict");
        assertThat(stale.get("currentVersion")).isEqualTo(1);
        assertThat(read(drafted).get("stage")).isEqualTo("DRAFT");
    }

    @Test
    void aStepTheStageDoesNotAllowIsA409InTheCallersLanguage() {
        Map<String, Object> drafted = create(procurator(), draft(REGION));
        Map<String, Object> illegal = step(procurator(), drafted, "replies",
                reply(TODAY.toString(), "ADOPTED", "已采纳", null), 409);
        assertThat(illegal.get("rule")).isEqualTo("suggestion.illegal-transition");
        assertThat(illegal.get("detail")).isEqualTo("检察建议处于「草稿」阶段，不能登记回复。");
        Map<?, ?> english = procurator().post().uri("/api/outreach/suggestions/{id}/rectification", drafted.get("id"))
                .header("If-Match", "\"0\"").header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("completedOn", TODAY.toString(), "description", "已整改")).exchange()
                .expectStatus().isEqualTo(409).expectBody(Map.class).returnResult().getResponseBody();
        assertThat(english.get("detail")).isEqualTo("The suggestion is at stage \"draft\": it cannot record a "
                + "rectification.");

        Map<String, Object> issued = step(supervisor(), drafted, "issue", writtenOn(TODAY.toString()), 200);
        Map<?, ?> edit = procurator().put().uri("/api/outreach/suggestions/{id}", drafted.get("id"))
                .header("If-Match", "\"" + issued.get("version") + "\"").contentType(MediaType.APPLICATION_JSON)
                .body(draft(REGION)).exchange().expectStatus().isEqualTo(409).expectBody(Map.class).returnResult()
                .getResponseBody();
        assertThat(edit.get("rule")).isEqualTo("suggestion.illegal-transition");
        assertThat(step(supervisor(), issued, "issue", writtenOn(TODAY.toString()), 409).get("rule"))
                .isEqualTo("suggestion.illegal-transition");
        assertThat(read(drafted).get("version")).isEqualTo(issued.get("version"));
    }

    @Test
    void issuingRulesAre422WithTheirRuleCode() {
        Map<String, Object> bare = draft(REGION);
        bare.remove("recipient");
        bare.remove("request");
        Map<String, Object> incomplete = step(supervisor(), create(procurator(), bare), "issue",
                writtenOn(TODAY.toString()), 422);
        assertThat(incomplete.get("type")).isEqualTo("urn:problem-type:rule-violation");
        assertThat(incomplete.get("rule")).isEqualTo("suggestion.incomplete");
        assertThat((String) incomplete.get("detail")).contains("recipient, request");

        Map<String, Object> retrial = draft(REGION);
        retrial.put("kind", "RETRIAL");
        Map<String, Object> retrialDraft = create(procurator(), retrial);
        assertThat(step(supervisor(), retrialDraft, "issue", writtenOn(TODAY.toString()), 422).get("rule"))
                .isEqualTo("suggestion.retrial-needs-court");

        Map<String, Object> drafted = create(procurator(), draft(REGION));
        assertThat(step(supervisor(), drafted, "issue", Map.of("delivery", "WRITTEN", "urgent", true,
                "replyWithinDays", 90), 422).get("rule")).isEqualTo("suggestion.urgent-period-not-shorter");
        assertThat(step(supervisor(), drafted, "issue", Map.of("delivery", "WRITTEN", "replyWithinDays", 10), 422)
                .get("rule")).isEqualTo("suggestion.period-only-when-urgent");
        Map<String, Object> future = step(supervisor(), drafted, "issue", writtenOn(TODAY.plusDays(1).toString()),
                422);
        assertThat(future.get("rule")).isEqualTo("suggestion.date-in-future");
        assertThat((String) future.get("detail")).contains("issuedOn");
        assertThat(read(drafted).get("stage")).isEqualTo("DRAFT");
    }

    @Test
    void escalationIsRefusedBeforeTheReplyIsOverdueAndAfterAnAdequateReply() {
        Map<String, Object> issued = step(supervisor(), create(procurator(), draft(REGION)), "issue",
                writtenOn(TODAY.minusMonths(2).toString()), 200);
        String dueOn = (String) ((Map<?, ?>) issued.get("issue")).get("replyDueOn");
        Map<String, Object> onTheDueDate = step(supervisor(), issued, "escalations", escalation(dueOn), 422);
        assertThat(onTheDueDate.get("rule")).isEqualTo("escalation.reply-not-overdue");
        assertThat((String) onTheDueDate.get("detail")).contains(dueOn);
        assertThat(step(supervisor(), issued, "close", Map.of("note", "结案"), 422).get("rule"))
                .isEqualTo("suggestion.close-needs-reply-or-escalation");

        Map<String, Object> reasoned = step(procurator(), issued, "replies", reply(TODAY.toString(), "NOT_ADOPTED",
                "不予采纳。", "涉事项目已由市住建委挂牌督办，另行处理。"), 200);
        assertThat(step(supervisor(), reasoned, "escalations", escalation(TODAY.toString()), 422).get("rule"))
                .isEqualTo("escalation.reply-adequate");
        assertThat(step(procurator(), reasoned, "rectification", Map.of("completedOn", TODAY.toString(),
                "description", "无"), 422).get("rule")).isEqualTo("suggestion.rectification-needs-adoption");
        assertThat(step(procurator(), reasoned, "replies", reply(TODAY.minusDays(1).toString(), "ADOPTED",
                "已采纳", null), 422).get("rule")).isEqualTo("suggestion.date-too-early");
        assertThat(read(issued).get("escalated")).isEqualTo(false);
    }

    @Test
    void rolesAndUnitsDecideWhoMayDoWhat() {
        clerk().post().uri("/api/outreach/suggestions").contentType(MediaType.APPLICATION_JSON).body(draft(REGION))
                .exchange().expectStatus().isForbidden();
        Map<String, Object> otherUnit = draft(REGION);
        otherUnit.put("unit", TestTokens.OTHER_UNIT);
        procurator().post().uri("/api/outreach/suggestions").contentType(MediaType.APPLICATION_JSON).body(otherUnit)
                .exchange().expectStatus().isForbidden();

        Map<String, Object> drafted = create(procurator(), draft(REGION));
        step(procurator(), drafted, "issue", writtenOn(TODAY.minusMonths(3).toString()), 403);
        step(clerk(), drafted, "withdraw", Map.of("note", "撤回"), 403);
        Map<String, Object> issued = step(supervisor(), drafted, "issue", writtenOn(TODAY.minusMonths(3).toString()),
                200);
        assertThat((List<Object>) issued.get("allowedActions")).contains("ESCALATE");
        assertThat((List<Object>) read(issued).get("allowedActions")).containsExactly("RECORD_REPLY");
        step(procurator(), issued, "escalations", escalation(TODAY.toString()), 403);
        http(TestTokens.token().subject("hrss").roles("PARTNER_AGENCY").sector("HRSS").sign()).get()
                .uri("/api/outreach/suggestions/{id}", drafted.get("id")).exchange().expectStatus().isForbidden();
        anonymous().get().uri("/api/outreach/suggestions").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void aServiceDraftsFromEvidenceInItsNamedUnitOnceWithTheSameIdempotencyKey() {
        RestTestClient service = http(TestTokens.token().subject("platform-services").roles("SERVICE").sign());
        Map<String, Object> body = draft(REGION);
        body.remove("recipient");
        body.put("evidence", List.of(Map.of("kind", "FINDING", "id", "f-2026-11-e47", "label",
                "朝阳区房屋建筑业近三个月欠薪案件数同比上升 60%")));
        body.put("unit", TestTokens.UNIT);

        Map<?, ?> first = draftWithKey(service, body, "finding-f-2026-11-e47", 201);
        assertThat(first.get("unit")).isEqualTo(TestTokens.UNIT);
        assertThat(first.get("createdBy")).isEqualTo("platform-services");
        Map<?, ?> again = draftWithKey(service, body, "finding-f-2026-11-e47", 200);
        assertThat(again.get("id")).isEqualTo(first.get("id"));
        Map<String, Object> other = new HashMap<>(body);
        other.put("problem", "另一个问题");
        assertThat(draftWithKey(service, other, "finding-f-2026-11-e47", 422).get("rule"))
                .isEqualTo("suggestion.idempotency-key-reused");
        draftWithKey(service, body, "key with spaces", 400);
        body.remove("unit");
        draftWithKey(service, body, "finding-without-unit", 400);
        // A procurator of the unit sees it; the service reads it too.
        procurator().get().uri("/api/outreach/suggestions/{id}", first.get("id")).exchange().expectStatus().isOk();
        service.get().uri("/api/outreach/suggestions/{id}", first.get("id")).exchange().expectStatus().isOk();
    }

    private Map<?, ?> draftWithKey(RestTestClient client, Map<String, Object> body, String key, int status) {
        return client.post().uri("/api/outreach/suggestions").header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange().expectStatus().isEqualTo(status)
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    private static Map<String, Object> escalation(String on) {
        return Map.of("escalatedOn", on, "target", "RECIPIENT_SUPERIOR", "toWhom", "某区人民政府", "reason", "未回复");
    }

    private static void assertFields(Map<?, ?> problem, String... fields) {
        assertThat((List<Map<String, Object>>) problem.get("errors")).extracting(e -> (Object) e.get("field"))
                .containsExactlyInAnyOrder(fields);
    }

    private Map<?, ?> read(Map<?, ?> suggestion) {
        return procurator().get().uri("/api/outreach/suggestions/{id}", suggestion.get("id")).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
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
