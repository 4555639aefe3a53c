package cn.procuratorate.wages.outreach.campaign;

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

class CampaignApiIT extends CaseServiceCallerIT {

    @Test
    void recordsACampaignWithItsVenuePartnersAndMaterialsAndListsItInItsRegion() {
        String material = publishedMaterial(supervisor());
        Map<String, Object> body = campaign("建筑工地农民工工资支付条例宣讲", "420106", "2026-12-01");
        body.put("endsOn", "2026-12-03");
        body.put("industryCode", "e48");
        body.put("venue", Map.of("kind", "CONSTRUCTION_SITE", "name", "武昌区某安置房项目工地"));
        body.put("partnerAgencies", List.of("HRSS", "HOUSING", "TRADE_UNION", "HRSS"));
        body.put("materialIds", List.of(material));

        EntityExchangeResult<Map> created = procurator().post().uri("/api/outreach/campaigns")
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult();
        Map<String, Object> saved = created.getResponseBody();
        String id = (String) saved.get("id");
        assertThat(created.getResponseHeaders().getETag()).isEqualTo("\"0\"");
        assertThat(saved).containsEntry("unit", TestTokens.UNIT).containsEntry("industryCode", "E48")
                .containsEntry("createdBy", "procurator1").containsEntry("materialIds", List.of(material))
                .containsEntry("partnerAgencies", List.of("HRSS", "HOUSING", "TRADE_UNION"));
        assertThat((Map<String, Object>) saved.get("venue")).containsEntry("kind", "CONSTRUCTION_SITE");

        assertThat(ids(clerk(), "regionCode=420106")).contains(id);
        assertThat(ids(clerk(), "regionCode=420106&from=2026-12-01&to=2026-12-01&audience=BOTH&industryCode=E48"))
                .contains(id);
        assertThat(ids(clerk(), "regionCode=420106&from=2026-12-02")).doesNotContain(id);
        assertThat(ids(otherUnit(), "regionCode=420106")).doesNotContain(id);
        otherUnit().get().uri("/api/outreach/campaigns/{id}", id).exchange().expectStatus().isNotFound();
    }

    @Test
    void theDetailsAreReplacedNamingTheVersionRead() {
        String id = (String) create(campaign("劳务市场普法", "420111", "2026-11-20")).get("id");
        Map<String, Object> done = campaign("劳务市场普法", "420111", "2026-11-20");
        done.put("peopleReached", 320);
        done.put("summary", "发放宣传册 300 份，现场解答咨询 41 人次");

        procurator().put().uri("/api/outreach/campaigns/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .body(done).exchange().expectStatus().isEqualTo(428);
        Map<?, ?> updated = put(supervisor(), id, 0, done, 200);
        assertThat(updated.get("peopleReached")).isEqualTo(320);
        assertThat(updated.get("updatedBy")).isEqualTo("supervisor1");
        assertThat(put(procurator(), id, 0, done, 409).get("currentVersion")).isEqualTo(1);
        EntityExchangeResult<Map> read = clerk().get().uri("/api/outreach/campaigns/{id}", id).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult();
        assertThat(read.getResponseHeaders().getETag()).isEqualTo("\"1\"");
    }

    @Test
    void invalidInputIsA400NamingEachField() {
        Map<String, Object> body = campaign(" ", "4201", "2026-12-01");
        body.put("industryCode", "E54");
        body.put("peopleReached", -1);
        body.put("venue", Map.of("kind", "CONSTRUCTION_SITE", "name", ""));
        body.put("materialIds", List.of("not-an-id"));

        Map<?, ?> problem = procurator().post().uri("/api/outreach/campaigns").contentType(MediaType.APPLICATION_JSON)
                .body(body).exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat((List<Map<String, Object>>) problem.get("errors")).extracting(e -> (Object) e.get("field"))
                .containsExactlyInAnyOrder("title", "regionCode", "industryCode", "peopleReached", "venue.name",
                        "materialIds[0]");
        Map<String, Object> unknownAudience = campaign("宣讲", "420106", "2026-12-01");
        unknownAudience.put("audience", "EVERYONE");
        procurator().post().uri("/api/outreach/campaigns").contentType(MediaType.APPLICATION_JSON)
                .body(unknownAudience).exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        clerk().get().uri("/api/outreach/campaigns?regionCode=42").exchange().expectStatus().isBadRequest();
    }

    @Test
    void aPeriodOutOfOrderAndMaterialsTheUnitMayNotUseAre422() {
        Map<String, Object> backwards = campaign("倒序", "420106", "2026-12-05");
        backwards.put("endsOn", "2026-12-01");
        assertThat(refused(backwards).get("rule")).isEqualTo("campaign.ends-before-start");

        RestTestClient otherSupervisor = http(TestTokens.token().subject("supervisor2").roles("SUPERVISOR")
                .unit(TestTokens.OTHER_UNIT).sign());
        String othersDraft = (String) otherSupervisor.post().uri("/api/outreach/materials")
                .contentType(MediaType.APPLICATION_JSON).body(material("别的单位的草稿")).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id");
        String othersPublished = publishedMaterial(otherSupervisor);
        Map<String, Object> body = campaign("使用材料", "420106", "2026-12-01");
        body.put("materialIds", List.of(othersPublished, othersDraft, "64b7f0c2a1b2c3d4e5f60718"));
        Map<?, ?> problem = refused(body);
        assertThat(problem.get("rule")).isEqualTo("campaign.unknown-materials");
        assertThat((List<Object>) problem.get("materialIds"))
                .containsExactly(othersDraft, "64b7f0c2a1b2c3d4e5f60718");

        body.put("materialIds", List.of(othersPublished));
        create(body);
    }

    @Test
    void clerksReadAndOthersAreRefused() {
        clerk().post().uri("/api/outreach/campaigns").contentType(MediaType.APPLICATION_JSON)
                .body(campaign("书记员", "420106", "2026-12-01")).exchange().expectStatus().isForbidden();
        http(TestTokens.token().subject("hrss").roles("PARTNER_AGENCY").sector("HRSS").sign()).get()
                .uri("/api/outreach/campaigns").exchange().expectStatus().isForbidden();
        anonymous().get().uri("/api/outreach/campaigns").exchange().expectStatus().isUnauthorized();
        for (String unknown : List.of("64b7f0c2a1b2c3d4e5f60718", "x")) {
            Map<?, ?> problem = clerk().get().uri("/api/outreach/campaigns/{id}", unknown).exchange()
                    .expectStatus().isNotFound().expectBody(Map.class).returnResult().getResponseBody();
            assertThat(problem.get("detail")).isEqualTo("未找到宣传活动：" + unknown);
        }
        put(procurator(), "64b7f0c2a1b2c3d4e5f60718", 0, campaign("无", "420106", "2026-12-01"), 404);
    }

    private static Map<String, Object> campaign(String title, String region, String startsOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("audience", "BOTH");
        body.put("regionCode", region);
        body.put("startsOn", startsOn);
        return body;
    }

    private static Map<String, Object> material(String title) {
        return Map.of("kind", "EXPLANATION", "audience", "EMPLOYERS", "content", Map.of("title", title,
                "summary", "摘要", "body", "正文", "laws", List.of(Map.of("title", "中华人民共和国刑法"))));
    }

    private String publishedMaterial(RestTestClient supervisor) {
        String id = (String) supervisor.post().uri("/api/outreach/materials").contentType(MediaType.APPLICATION_JSON)
                .body(material("已发布的材料")).exchange().expectStatus().isCreated().expectBody(Map.class)
                .returnResult().getResponseBody().get("id");
        supervisor.post().uri("/api/outreach/materials/{id}/publish", id).header("If-Match", "\"0\"").exchange()
                .expectStatus().isOk();
        return id;
    }

    private Map<?, ?> create(Map<String, Object> body) {
        return procurator().post().uri("/api/outreach/campaigns").contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    }

    private Map<?, ?> refused(Map<String, Object> body) {
        return procurator().post().uri("/api/outreach/campaigns").contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange().expectStatus().isEqualTo(422).expectBody(Map.class).returnResult().getResponseBody();
    }

    private Map<?, ?> put(RestTestClient client, String id, long version, Map<String, Object> body, int status) {
        return client.put().uri("/api/outreach/campaigns/{id}", id).header("If-Match", "\"" + version + "\"")
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange().expectStatus().isEqualTo(status)
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    private List<Object> ids(RestTestClient client, String query) {
        Map<?, ?> page = client.get().uri("/api/outreach/campaigns?size=100&" + query).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return ((List<Map<?, ?>>) page.get("items")).stream().map(c -> (Object) c.get("id")).toList();
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

    private RestTestClient otherUnit() {
        return http(TestTokens.token().subject("clerk2").roles("CLERK").unit(TestTokens.OTHER_UNIT).sign());
    }
}
