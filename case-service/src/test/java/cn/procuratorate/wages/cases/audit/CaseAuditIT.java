package cn.procuratorate.wages.cases.audit;

import cn.procuratorate.wages.cases.casefile.CaseBodies;
import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.testing.ServiceIT;
import cn.procuratorate.wages.testing.AuditLogEntries;
import cn.procuratorate.wages.testing.TestTokens;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The audit trail of case-service, through real HTTP, in the context every other case-service test shares. */
class CaseAuditIT extends ServiceIT {

    private static final String TITLE = "审计测试：某建筑公司拖欠张三工资";
    /** What an entry may hold: metadata of the request, never its body. */
    private static final Set<String> ENTRY_FIELDS = Set.of("_id", "_class", "time", "subject", "roles", "unit",
            "requestId", "method", "route", "resourceId", "status", "action", "detail");

    @Autowired
    MongoTemplate mongo;

    private AuditLogEntries audit;

    @BeforeEach
    void auditLog() {
        audit = new AuditLogEntries(mongo);
    }

    @Test
    void aRegistrationIsRecordedOnceWithWhoWhenWhatAndTheRequestIdButNoBody() {
        String requestId = AuditLogEntries.newRequestId();
        Instant before = Instant.now();
        String caseId = (String) http(TestTokens.staff("PROCURATOR")).post().uri("/api/cases?note={n}", "张三")
                .header("X-Request-Id", requestId).contentType(MediaType.APPLICATION_JSON)
                .body(CaseBodies.newCase(TITLE, "110105"))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id");

        Document entry = audit.awaitOne(requestId);
        assertThat(entry.getString("subject")).isEqualTo("procurator1");
        assertThat(entry.getList("roles", String.class)).containsExactly("PROCURATOR");
        assertThat(entry.getString("unit")).isEqualTo(TestTokens.UNIT);
        assertThat(entry.getString("method")).isEqualTo("POST");
        assertThat(entry.getString("route")).isEqualTo("/api/cases");
        assertThat(entry.getString("resourceId")).isEqualTo(caseId);
        assertThat(entry.getInteger("status")).isEqualTo(201);
        assertThat(entry.get("time", Date.class).toInstant()).isBetween(before.minusMillis(1), Instant.now());
        assertThat(entry.keySet()).isSubsetOf(ENTRY_FIELDS);
        assertThat(entry.toJson()).doesNotContain("张三").doesNotContain("regionCode");
        assertThat(audit.of(requestId)).hasSize(1);
    }

    @Test
    void refusedWritesAreRecordedWithTheirStatus() {
        String byRole = AuditLogEntries.newRequestId();
        http(TestTokens.staff("CLERK")).post().uri("/api/cases").header("X-Request-Id", byRole)
                .contentType(MediaType.APPLICATION_JSON).body(CaseBodies.newCase(TITLE, "110105"))
                .exchange().expectStatus().isForbidden();
        String invalid = AuditLogEntries.newRequestId();
        http().post().uri("/api/cases").header("X-Request-Id", invalid)
                .contentType(MediaType.APPLICATION_JSON).body(CaseBodies.newCase(TITLE, "1101"))
                .exchange().expectStatus().isBadRequest();
        String withoutToken = AuditLogEntries.newRequestId();
        anonymous().post().uri("/api/cases").header("X-Request-Id", withoutToken)
                .contentType(MediaType.APPLICATION_JSON).body(CaseBodies.newCase(TITLE, "110105"))
                .exchange().expectStatus().isUnauthorized();

        assertThat(audit.awaitOne(byRole)).containsEntry("subject", "clerk1").containsEntry("status", 403)
                .containsEntry("route", "/api/cases");
        assertThat(audit.awaitOne(invalid)).containsEntry("subject", "supervisor1").containsEntry("status", 400);
        // Refused before any controller: still named by the route it aimed at, by nobody.
        assertThat(audit.awaitOne(withoutToken)).containsEntry("subject", "anonymous").containsEntry("status", 401)
                .containsEntry("route", "/api/cases").doesNotContainKey("unit");
    }

    @Test
    void readsAreNotRecorded() {
        String caseId = register(http(), AuditLogEntries.newRequestId());
        String list = AuditLogEntries.newRequestId();
        http().get().uri("/api/cases").header("X-Request-Id", list).exchange().expectStatus().isOk();
        String read = AuditLogEntries.newRequestId();
        http().get().uri("/api/cases/{id}", caseId).header("X-Request-Id", read).exchange().expectStatus().isOk();

        // Entries are written in order by one writer: once a later write is there, the reads would be too.
        String barrier = AuditLogEntries.newRequestId();
        register(http(), barrier);
        audit.awaitOne(barrier);
        assertThat(audit.of(list)).isEmpty();
        assertThat(audit.of(read)).isEmpty();
    }

    @Test
    void aSupervisorReadsTheTrailOfTheirOwnUnitOnly() {
        String ours = AuditLogEntries.newRequestId();
        String caseId = register(http(TestTokens.staff("PROCURATOR")), ours);
        String theirs = AuditLogEntries.newRequestId();
        register(http(TestTokens.token().subject("procurator2").roles("PROCURATOR").unit(TestTokens.OTHER_UNIT).sign()),
                theirs);
        Instant recorded = audit.awaitOne(ours).get("time", Date.class).toInstant();
        audit.awaitOne(theirs);

        Map<?, ?> page = trail(http(), "requestId=" + ours);
        assertThat((List<Map<?, ?>>) page.get("items")).singleElement().satisfies(item -> {
            assertThat(item.get("subject")).isEqualTo("procurator1");
            assertThat(item.get("roles")).isEqualTo(List.of("PROCURATOR"));
            assertThat(item.get("route")).isEqualTo("/api/cases");
            assertThat(item.get("resourceId")).isEqualTo(caseId);
            assertThat(item.get("status")).isEqualTo(201);
        });
        assertThat((List<?>) trail(http(), "requestId=" + theirs).get("items")).isEmpty();
        assertThat((List<?>) trail(http(), "subject=procurator2").get("items")).isEmpty();
        String otherSupervisor = TestTokens.token().subject("supervisor2").roles("SUPERVISOR")
                .unit(TestTokens.OTHER_UNIT).sign();
        assertThat((List<?>) trail(http(otherSupervisor), "requestId=" + theirs).get("items")).hasSize(1);

        // from inclusive, to exclusive.
        assertThat((List<?>) trail(http(), "requestId=" + ours + "&from=" + recorded).get("items")).hasSize(1);
        assertThat((List<?>) trail(http(), "requestId=" + ours + "&to=" + recorded).get("items")).isEmpty();
        // Newest first, paged like every list.
        Map<?, ?> mine = trail(http(), "subject=procurator1&size=2");
        assertThat(mine.get("size")).isEqualTo(2);
        List<Map<?, ?>> items = (List<Map<?, ?>>) mine.get("items");
        assertThat(items).extracting(i -> Instant.parse((String) i.get("time")))
                .isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void theTrailIsForSupervisorsAndDoesNotShadowACaseById() {
        http(TestTokens.staff("CLERK")).get().uri("/api/cases/audit").exchange().expectStatus().isForbidden();
        http(TestTokens.staff("PROCURATOR")).get().uri("/api/cases/audit").exchange().expectStatus().isForbidden();
        anonymous().get().uri("/api/cases/audit").exchange().expectStatus().isUnauthorized();
        http().get().uri("/api/cases/audit?from=yesterday").exchange().expectStatus().isBadRequest();

        // "/api/cases/audit" is the trail, not the case with id "audit"; a case is still read by its id.
        http().get().uri("/api/cases/audit").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items").isArray().jsonPath("$.totalItems").isNumber();
        String caseId = register(http(), AuditLogEntries.newRequestId());
        http().get().uri("/api/cases/{id}", caseId).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.title").isEqualTo(TITLE);
    }

    private static Map<?, ?> trail(RestTestClient client, String query) {
        return client.get().uri("/api/cases/audit?" + query).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    private static String register(RestTestClient client, String requestId) {
        return (String) client.post().uri("/api/cases").header("X-Request-Id", requestId)
                .contentType(MediaType.APPLICATION_JSON).body(CaseBodies.newCase(TITLE, "110105"))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id");
    }
}
