package cn.procuratorate.wages.outreach.materials;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.testing.CaseServiceCallerIT;
import cn.procuratorate.wages.testing.TestTokens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Drafting, publishing and versioning materials, and what the public pages show of them without a token. */
class MaterialApiIT extends CaseServiceCallerIT {

    @Test
    void aDraftIsNotPublicUntilASupervisorPublishesIt() {
        EntityExchangeResult<Map> created = clerk().post().uri("/api/outreach/materials")
                .contentType(MediaType.APPLICATION_JSON).body(newMaterial("拿不到工资怎么办？")).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult();
        Map<?, ?> material = created.getResponseBody();
        String id = (String) material.get("id");
        assertThat(created.getResponseHeaders().getLocation()).hasToString("/api/outreach/materials/" + id);
        assertThat(created.getResponseHeaders().getETag()).isEqualTo("\"0\"");
        assertThat(material.get("draftVersion")).isEqualTo(1);
        assertThat(material.get("currentVersion")).isNull();

        anonymous().get().uri("/api/public/outreach/materials/{id}", id).exchange().expectStatus().isNotFound();
        anonymous().get().uri("/api/public/outreach/materials/{id}/versions/1", id).exchange()
                .expectStatus().isNotFound();
        assertThat(publicIds("")).doesNotContain(id);

        Map<?, ?> published = publish(supervisor(), id, 0, 200);
        assertThat(published.get("currentVersion")).isEqualTo(1);
        assertThat(published.get("draftVersion")).isNull();
        EntityExchangeResult<Map> read = anonymous().get().uri("/api/public/outreach/materials/{id}", id).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult();
        assertThat(read.getResponseHeaders().getCacheControl()).contains("max-age=300").contains("public");
        assertThat(read.getResponseBody()).containsEntry("title", "拿不到工资怎么办？").containsEntry("version", 1)
                .containsEntry("kindLabel", "常见问题").doesNotContainKeys("draftedBy", "publishedBy", "unit");
        assertThat((List<Map<String, Object>>) read.getResponseBody().get("questions")).singleElement()
                .satisfies(q -> assertThat(q.get("question")).isEqualTo("没有签劳动合同，能要回工资吗？"));
        assertThat(publicIds("kind=FAQ&audience=WORKERS")).contains(id);
        assertThat(publicIds("kind=EXPLANATION")).doesNotContain(id);
    }

    @Test
    void publishingANewVersionKeepsTheOldOneReadableByItsNumber() {
        String id = (String) create(clerk(), newMaterial("第一版：工资应当按月足额支付")).get("id");
        publish(supervisor(), id, 0, 200);

        Map<?, ?> redrafted = draft(procurator(), id, 1, content("第二版：工资应当按月足额支付"), 200);
        assertThat(redrafted.get("draftVersion")).isEqualTo(2);
        assertThat(redrafted.get("currentVersion")).isEqualTo(1);
        assertThat(((Map<?, ?>) redrafted.get("draft")).get("title")).isEqualTo("第二版：工资应当按月足额支付");
        // The draft of version 2 is not public: the public pages still show version 1.
        assertThat(publicRead("/api/public/outreach/materials/{id}", id).get("version")).isEqualTo(1);
        anonymous().get().uri("/api/public/outreach/materials/{id}/versions/2", id).exchange()
                .expectStatus().isNotFound();
        Map<?, ?> draftForStaff = clerk().get().uri("/api/outreach/materials/{id}/versions/2", id).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(draftForStaff.get("status")).isEqualTo("DRAFT");

        publish(supervisor(), id, 2, 200);
        Map<String, Object> current = publicRead("/api/public/outreach/materials/{id}", id);
        assertThat(current).containsEntry("version", 2).containsEntry("latestVersion", 2)
                .containsEntry("title", "第二版：工资应当按月足额支付");
        Map<String, Object> old = publicRead("/api/public/outreach/materials/{id}/versions/1", id);
        assertThat(old).containsEntry("version", 1).containsEntry("latestVersion", 2)
                .containsEntry("title", "第一版：工资应当按月足额支付");
        Map<?, ?> forStaff = clerk().get().uri("/api/outreach/materials/{id}", id).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat((List<Map<String, Object>>) forStaff.get("versions")).extracting(v -> (Object) v.get("status"))
                .containsExactly("SUPERSEDED", "CURRENT");
        anonymous().get().uri("/api/public/outreach/materials/{id}/versions/3", id).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void invalidInputIsA400NamingEachField() {
        Map<String, Object> body = newMaterial("标题");
        body.remove("audience");
        Map<String, Object> content = content(" ");
        content.put("laws", List.of());
        content.put("questions", List.of(Map.of("question", "只有问题")));
        body.put("content", content);

        Map<?, ?> problem = clerk().post().uri("/api/outreach/materials").contentType(MediaType.APPLICATION_JSON)
                .body(body).exchange().expectStatus().isBadRequest().expectBody(Map.class).returnResult()
                .getResponseBody();
        assertThat((List<Map<String, Object>>) problem.get("errors")).extracting(e -> (Object) e.get("field"))
                .containsExactlyInAnyOrder("audience", "content.title", "content.laws", "content.questions[0].answer");
        anonymous().get().uri("/api/public/outreach/materials?kind=POSTER").exchange().expectStatus().isBadRequest();
    }

    @Test
    void versionsAreCheckedAndOnlyADraftIsPublished() {
        String id = (String) create(clerk(), newMaterial("欠薪可以找谁？")).get("id");
        clerk().put().uri("/api/outreach/materials/{id}/draft", id).contentType(MediaType.APPLICATION_JSON)
                .body(content("无版本")).exchange().expectStatus().isEqualTo(428);
        draft(clerk(), id, 0, content("二稿"), 200);
        Map<?, ?> stale = draft(clerk(), id, 0, content("基于旧版本的修改"), 409);
        assertThat(stale.get("currentVersion")).isEqualTo(1);
        publish(supervisor(), id, 0, 409);

        publish(supervisor(), id, 1, 200);
        Map<?, ?> nothing = publish(supervisor(), id, 2, 409);
        assertThat(nothing.get("rule")).isEqualTo("material.nothing-to-publish");
        assertThat(publicRead("/api/public/outreach/materials/{id}", id).get("title")).isEqualTo("二稿");
    }

    @Test
    void rolesAndUnitsDecideWhoWritesAndPublishes() {
        String id = (String) create(procurator(), newMaterial("包工头跑了，工资找谁要？")).get("id");
        publish(procurator(), id, 0, 403);
        publish(clerk(), id, 0, 403);
        RestTestClient otherUnit = http(TestTokens.token().subject("supervisor2").roles("SUPERVISOR")
                .unit(TestTokens.OTHER_UNIT).sign());
        otherUnit.get().uri("/api/outreach/materials/{id}", id).exchange().expectStatus().isNotFound();
        publish(otherUnit, id, 0, 404);
        http(TestTokens.token().subject("hrss").roles("PARTNER_AGENCY").sector("HRSS").sign()).post()
                .uri("/api/outreach/materials").contentType(MediaType.APPLICATION_JSON)
                .body(newMaterial("合作单位")).exchange().expectStatus().isForbidden();
        anonymous().get().uri("/api/outreach/materials/{id}", id).exchange().expectStatus().isUnauthorized();
        for (String unknown : List.of("64b7f0c2a1b2c3d4e5f60718", "not-an-id")) {
            clerk().get().uri("/api/outreach/materials/{id}", unknown).exchange().expectStatus().isNotFound();
            Map<?, ?> problem = anonymous().get().uri("/api/public/outreach/materials/{id}", unknown).exchange()
                    .expectStatus().isNotFound().expectBody(Map.class).returnResult().getResponseBody();
            assertThat(problem.get("detail")).isEqualTo("未找到宣传材料：" + unknown);
        }
        clerk().get().uri("/api/outreach/materials/{id}/versions/9", id).exchange().expectStatus().isNotFound();
        assertThat(ids(clerk(), "/api/outreach/materials?published=false")).contains(id);
        assertThat(ids(otherUnit, "/api/outreach/materials")).doesNotContain(id);
    }

    static Map<String, Object> newMaterial(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "FAQ");
        body.put("audience", "WORKERS");
        body.put("content", content(title));
        return body;
    }

    static Map<String, Object> content(String title) {
        Map<String, Object> content = new HashMap<>();
        content.put("title", title);
        content.put("summary", "被拖欠工资时可以向哪些部门反映，需要准备哪些材料。");
        content.put("body", "工资应当以货币形式按时足额支付给本人。\n\n被拖欠时，可以向当地人力资源社会保障部门投诉。");
        content.put("questions", List.of(Map.of("question", "没有签劳动合同，能要回工资吗？",
                "answer", "能。考勤记录、工友证言、聊天记录、工资欠条都可以证明干了活、该拿多少钱。")));
        content.put("laws", List.of(Map.of("title", "保障农民工工资支付条例", "provisions", "第二章")));
        return content;
    }

    private Map<?, ?> create(RestTestClient client, Map<String, Object> body) {
        return client.post().uri("/api/outreach/materials").contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    }

    private Map<?, ?> draft(RestTestClient client, String id, long version, Map<String, Object> content, int status) {
        return client.put().uri("/api/outreach/materials/{id}/draft", id).header("If-Match", "\"" + version + "\"")
                .contentType(MediaType.APPLICATION_JSON).body(content).exchange().expectStatus().isEqualTo(status)
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    private Map<?, ?> publish(RestTestClient client, String id, long version, int status) {
        return client.post().uri("/api/outreach/materials/{id}/publish", id).header("If-Match", "\"" + version + "\"")
                .exchange().expectStatus().isEqualTo(status).expectBody(Map.class).returnResult().getResponseBody();
    }

    private Map<String, Object> publicRead(String path, String id) {
        return (Map<String, Object>) anonymous().get().uri(path, id).exchange().expectStatus().isOk().expectBody(Map.class).returnResult()
                .getResponseBody();
    }

    private List<Object> publicIds(String query) {
        return ids(anonymous(), "/api/public/outreach/materials?size=100&" + query);
    }

    private static List<Object> ids(RestTestClient client, String uri) {
        Map<?, ?> page = client.get().uri(uri).exchange().expectStatus().isOk().expectBody(Map.class).returnResult()
                .getResponseBody();
        return ((List<Map<?, ?>>) page.get("items")).stream().map(item -> (Object) item.get("id")).toList();
    }

    private RestTestClient clerk() {
        return http(TestTokens.staff("CLERK"));
    }

    private RestTestClient procurator() {
        return http(TestTokens.staff("PROCURATOR"));
    }

    private RestTestClient supervisor() {
        return http(TestTokens.staff("SUPERVISOR"));
    }
}
