package cn.procuratorate.wages.outreach.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.testing.CaseServiceCallerIT;
import cn.procuratorate.wages.testing.AuditLogEntries;
import cn.procuratorate.wages.testing.TestTokens;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;

/** The audit trail of outreach-service, in the context its other tests share (case-service played by WireMock). */
class OutreachAuditIT extends CaseServiceCallerIT {

    private static final Map<String, String> CAMPAIGN = Map.of("title", "审计测试：农民工工资支付条例宣讲",
            "audience", "BOTH", "regionCode", "420106", "startsOn", "2026-12-01");

    @Autowired
    MongoTemplate mongo;

    private AuditLogEntries audit;

    @BeforeEach
    void auditLog() {
        audit = new AuditLogEntries(mongo);
    }

    @Test
    void aNewCampaignIsRecordedOnceAndItsSupervisorReadsIt() {
        String requestId = AuditLogEntries.newRequestId();
        String campaignId = (String) http(TestTokens.staff("PROCURATOR")).post().uri("/api/outreach/campaigns")
                .header("X-Request-Id", requestId).contentType(MediaType.APPLICATION_JSON).body(CAMPAIGN)
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id");

        Document entry = audit.awaitOne(requestId);
        assertThat(entry).containsEntry("subject", "procurator1").containsEntry("unit", TestTokens.UNIT)
                .containsEntry("method", "POST").containsEntry("route", "/api/outreach/campaigns")
                .containsEntry("resourceId", campaignId).containsEntry("status", 201);
        assertThat(entry.getList("roles", String.class)).containsExactly("PROCURATOR");
        assertThat(entry.toJson()).doesNotContain("宣讲").doesNotContain("420106");
        assertThat(audit.of(requestId)).hasSize(1);

        Map<?, ?> page = http().get().uri("/api/outreach/audit?requestId={r}", requestId).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat((List<Map<?, ?>>) page.get("items")).singleElement()
                .satisfies(item -> assertThat(item.get("resourceId")).isEqualTo(campaignId));
        String otherSupervisor = TestTokens.token().subject("supervisor2").roles("SUPERVISOR")
                .unit(TestTokens.OTHER_UNIT).sign();
        http(otherSupervisor).get().uri("/api/outreach/audit?requestId={r}", requestId).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items").isEmpty();
    }

    @Test
    void refusedWritesAreRecordedAndReadsAreNot() {
        String byRole = AuditLogEntries.newRequestId();
        http(TestTokens.staff("CLERK")).post().uri("/api/outreach/campaigns").header("X-Request-Id", byRole)
                .contentType(MediaType.APPLICATION_JSON).body(CAMPAIGN).exchange().expectStatus().isForbidden();
        String invalid = AuditLogEntries.newRequestId();
        http().post().uri("/api/outreach/campaigns").header("X-Request-Id", invalid)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("title", "", "audience", "BOTH", "regionCode", "4201", "startsOn", "2026-12-01"))
                .exchange().expectStatus().isBadRequest();
        String read = AuditLogEntries.newRequestId();
        http().get().uri("/api/outreach/campaigns").header("X-Request-Id", read).exchange().expectStatus().isOk();

        assertThat(audit.awaitOne(byRole)).containsEntry("subject", "clerk1").containsEntry("status", 403);
        // One writer, in order: the invalid write came after the read, so the read would be there by now.
        assertThat(audit.awaitOne(invalid)).containsEntry("status", 400).containsEntry("route", "/api/outreach/campaigns");
        assertThat(audit.of(read)).isEmpty();
    }

    @Test
    void onlySupervisorsReadTheTrail() {
        http(TestTokens.staff("CLERK")).get().uri("/api/outreach/audit").exchange().expectStatus().isForbidden();
        http(TestTokens.staff("PROCURATOR")).get().uri("/api/outreach/audit").exchange().expectStatus().isForbidden();
        anonymous().get().uri("/api/outreach/audit").exchange().expectStatus().isUnauthorized();
    }
}
