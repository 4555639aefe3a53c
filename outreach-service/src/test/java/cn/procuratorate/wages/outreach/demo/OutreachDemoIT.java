package cn.procuratorate.wages.outreach.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.outreach.campaign.Campaigns;
import cn.procuratorate.wages.outreach.materials.Materials;
import cn.procuratorate.wages.outreach.suggestions.Suggestions;
import cn.procuratorate.wages.testing.CaseServiceCallerIT;
import cn.procuratorate.wages.testing.TestTokens;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo records go through the same rules as requests and show what the local run promises: suggestions in every
 * stage with overdue and escalated ones, materials with versions and a draft, campaigns. In the context the other
 * tests share (whose database is not empty), so {@code write()} is called directly; the demo's unit-110105 records use
 * recipient region 110105, which no other test lists.
 */
class OutreachDemoIT extends CaseServiceCallerIT {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    Materials materials;
    @Autowired
    Campaigns campaigns;
    @Autowired
    Suggestions suggestions;
    @Autowired
    JsonMapper json;

    @Test
    void writesNothingWhereThereAreRecordsAlready() {
        http().post().uri("/api/outreach/campaigns").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("title", "已有的活动", "audience", "BOTH", "regionCode", "420106", "startsOn", "2026-12-01"))
                .exchange().expectStatus().isCreated();

        assertThat(seeder().seed()).isEqualTo(new OutreachDemoSeeder.Seeded(0, 0, 0));
    }

    @Test
    void theDemoPassesEveryRuleAndShowsEveryStage() {
        assertThat(seeder().write()).isEqualTo(new OutreachDemoSeeder.Seeded(5, 5, 12));
        RestTestClient clerk = http(TestTokens.staff("CLERK"));

        List<Map<String, Object>> demo = items(clerk, "/api/outreach/suggestions?regionCode=110105&size=100");
        List<Map<String, Object>> fromDetection = items(clerk, "/api/outreach/suggestions?stage=DRAFT&size=100")
                .stream().filter(s -> "platform-services".equals(s.get("createdBy"))).toList();
        assertThat(fromDetection).isNotEmpty();
        assertThat(values(demo, "stage")).containsExactlyInAnyOrder("DRAFT", "ISSUED", "REPLIED", "RECTIFIED",
                "CLOSED", "WITHDRAWN");
        assertThat(values(demo, "kind")).containsExactlyInAnyOrder("RETRIAL", "CORRECT_ILLEGALITY", "PUBLIC_INTEREST",
                "SOCIAL_GOVERNANCE", "OTHER");
        assertThat(values(demo, "mayEscalate")).contains("REPLY_OVERDUE", "REPLY_SAYS_NOTHING");
        assertThat(items(clerk, "/api/outreach/suggestions?regionCode=110105&overdue=true")).hasSize(2);
        assertThat(items(clerk, "/api/outreach/suggestions?regionCode=110105&escalated=true")).hasSize(2)
                .allSatisfy(s -> assertThat((List<?>) s.get("escalations")).isNotEmpty());
        assertThat(items(clerk, "/api/outreach/suggestions?regionCode=110105&dueWithinDays=14")).hasSize(2);

        List<Map<String, Object>> published = items(anonymous(), "/api/public/outreach/materials?size=100");
        assertThat(values(published, "title")).contains("工资怎么发才合法：《保障农民工工资支付条例》要点",
                "欠薪不还可能坐牢：拒不支付劳动报酬罪", "被拖欠工资了，怎么办？", "在工地干活，工资谁来保障？")
                .doesNotContain("用人单位问答：工资支付台账怎么做");
        Map<String, Object> rules = published.stream()
                .filter(m -> "工资怎么发才合法：《保障农民工工资支付条例》要点".equals(m.get("title"))).findFirst().orElseThrow();
        assertThat(rules.get("version")).isEqualTo(2);
        anonymous().get().uri("/api/public/outreach/materials/{id}/versions/1", rules.get("id")).exchange()
                .expectStatus().isOk();

        List<Map<String, Object>> campaignList = items(clerk, "/api/outreach/campaigns?regionCode=110105&size=100");
        assertThat(campaignList).hasSize(5).allSatisfy(c -> assertThat(c.get("createdBy")).isEqualTo("procurator1"));
    }

    private OutreachDemoSeeder seeder() {
        return new OutreachDemoSeeder(mongo, materials, campaigns, suggestions, json);
    }

    private static List<Map<String, Object>> items(RestTestClient client, String uri) {
        Map<?, ?> page = client.get().uri(uri).exchange().expectStatus().isOk().expectBody(Map.class).returnResult()
                .getResponseBody();
        return (List<Map<String, Object>>) page.get("items");
    }

    private static Set<Object> values(List<Map<String, Object>> items, String key) {
        return items.stream().map(item -> item.get(key)).filter(value -> value != null).collect(Collectors.toSet());
    }
}
