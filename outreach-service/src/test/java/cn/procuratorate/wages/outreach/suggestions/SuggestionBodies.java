package cn.procuratorate.wages.outreach.suggestions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Request bodies and the API steps a suggestion test needs; each region keeps a test's suggestions apart. */
final class SuggestionBodies {

    private SuggestionBodies() {
    }

    /** A complete social-governance draft to the housing department of {@code region}. */
    static Map<String, Object> draft(String region) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "SOCIAL_GOVERNANCE");
        body.put("recipient", recipient("DEPARTMENT", "某区住房和城乡建设委员会", "HOUSING", region));
        body.put("problem", "辖区多个在建项目未按规定开设农民工工资专用账户，工资由包工头现金发放，引发多起欠薪。");
        body.put("request", "督促在建项目开设农民工工资专用账户，落实实名制管理和按月足额支付。");
        body.put("evidence", List.of(Map.of("kind", "CASE", "id", "64b7f0c2a1b2c3d4e5f60718",
                "label", "110105-2026-00012 某建筑公司拖欠农民工工资案"), Map.of("kind", "PETITION", "id",
                "p-2026-77", "label", "李某等 23 人来信反映欠薪")));
        return body;
    }

    static Map<String, Object> recipient(String kind, String name, String sector, String region) {
        return Map.of("kind", kind, "name", name, "sector", sector, "regionCode", region);
    }

    static Map<String, Object> writtenOn(String issuedOn) {
        return Map.of("issuedOn", issuedOn, "delivery", "WRITTEN", "documentNumber", "京朝检建〔2026〕1号");
    }

    static Map<String, Object> reply(String receivedOn, String adoption, String text, String reasons) {
        Map<String, Object> body = new HashMap<>();
        body.put("receivedOn", receivedOn);
        body.put("adoption", adoption);
        body.put("text", text);
        body.put("reasons", reasons);
        return body;
    }

    static Map<String, Object> create(RestTestClient client, Map<String, Object> body) {
        return client.post().uri("/api/outreach/suggestions").contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    }

    /** A step ({@code issue}, {@code replies}...) based on the version of {@code current}, expecting {@code status}. */
    static Map<String, Object> step(RestTestClient client, Map<?, ?> current, String step, Object body, int status) {
        return client.post().uri("/api/outreach/suggestions/{id}/" + step, current.get("id"))
                .header("If-Match", "\"" + current.get("version") + "\"").contentType(MediaType.APPLICATION_JSON)
                .body(body).exchange().expectStatus().isEqualTo(status).expectBody(Map.class).returnResult()
                .getResponseBody();
    }
}
