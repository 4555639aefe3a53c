package cn.procuratorate.wages.outreach.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.testing.CaseServiceCallerIT;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class CampaignApiIT extends CaseServiceCallerIT {

    @Test
    void recordsACampaignAndListsItInItsRegion() {
        String id = (String) http().post().uri("/api/outreach/campaigns").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("title", "建筑工地农民工工资支付条例宣讲", "audience", "BOTH", "regionCode", "420106",
                        "startsOn", "2026-12-01"))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id");

        Map<?, ?> page = http().get().uri("/api/outreach/campaigns?regionCode=420106").exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat((List<Map<?, ?>>) page.get("items")).anySatisfy(c -> {
            assertThat(c.get("id")).isEqualTo(id);
            assertThat(c.get("startsOn")).isEqualTo("2026-12-01");
        });
    }

    @Test
    void anUnknownAudienceIsABadRequestProblem() {
        http().post().uri("/api/outreach/campaigns").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("title", "宣讲", "audience", "EVERYONE", "regionCode", "420106", "startsOn", "2026-12-01"))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
