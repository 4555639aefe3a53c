package cn.procuratorate.wages.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.testing.CaseServiceCallerIT;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The OpenAPI document the gateway's Swagger UI shows describes every outreach endpoint. */
class OutreachApiDocsIT extends CaseServiceCallerIT {

    @Test
    void theApiDocumentListsCampaignsMaterialsSuggestionsAndThePublicPages() {
        Map<?, ?> document = anonymous().get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(((Map<String, ?>) document.get("paths")).keySet()).contains(
                "/api/outreach/campaigns/{id}",
                "/api/outreach/materials/{id}/draft", "/api/outreach/materials/{id}/publish",
                "/api/outreach/materials/{id}/versions/{number}",
                "/api/public/outreach/materials", "/api/public/outreach/materials/{id}/versions/{number}",
                "/api/outreach/suggestions", "/api/outreach/suggestions/{id}/issue",
                "/api/outreach/suggestions/{id}/replies", "/api/outreach/suggestions/{id}/rectification",
                "/api/outreach/suggestions/{id}/escalations", "/api/outreach/suggestions/{id}/close",
                "/api/outreach/suggestions/{id}/withdraw", "/api/outreach/suggestions/{id}/timeline");
    }
}
