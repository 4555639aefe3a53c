package cn.procuratorate.wages.outreach.exchange.clue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.procuratorate.wages.outreach.exchange.ExchangeIT;
import cn.procuratorate.wages.testing.AuditLogEntries;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;

/** An agency synchronises with its feed: the changes of its own clues, in order, page by page, after a cursor. */
class ClueFeedIT extends ExchangeIT {

    @Autowired
    private ClueFollowUp followUp;
    @Autowired
    private MongoTemplate mongo;

    /** An agency of its own, so that its feed holds only what this test did. */
    private static String newAgency() {
        return agency("agency-" + UUID.randomUUID().toString().substring(0, 8), "HRSS");
    }

    private Map<?, ?> page(String agency, String cursor, int size) {
        return http(agency).get().uri(cursor == null ? "/api/outreach/exchange/feed?size={size}"
                        : "/api/outreach/exchange/feed?size={size}&cursor={cursor}", size, cursor)
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<?, ?> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    @Test
    void theFeedPagesThroughTheAgencysChangesInOrderAndACursorPicksUpOnlyWhatCameAfter() {
        String agency = newAgency();
        List<String> ids = new ArrayList<>();
        List<String> petitionIds = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Map<String, Object> clue = newClue();
            petitionIds.add(registersAs(clue));
            ids.add((String) pushed(agency, clue, 201).get("id"));
        }

        List<Map<String, Object>> read = new ArrayList<>();
        List<Boolean> hasMore = new ArrayList<>();
        String cursor = null;
        Map<?, ?> page;
        do {
            page = page(agency, cursor, 3);
            read.addAll(items(page));
            hasMore.add((Boolean) page.get("hasMore"));
            assertThat((String) page.get("nextCursor")).isNotEqualTo(cursor).doesNotContainPattern("^\\d+$");
            cursor = (String) page.get("nextCursor");
        } while ((Boolean) page.get("hasMore"));

        assertThat(hasMore).containsExactly(true, true, false);
        assertThat(read).hasSize(8).allSatisfy(item -> assertThat(ids).contains((String) item.get("id")));
        for (int i = 0; i < 4; i++) {
            String id = ids.get(i);
            List<Map<String, Object>> ofClue = read.stream().filter(item -> id.equals(item.get("id"))).toList();
            assertThat(ofClue).extracting(item -> item.get("type")).containsExactly("RECEIVED", "PETITION_REGISTERED");
            assertThat(ofClue.get(1)).containsEntry("petitionId", petitionIds.get(i)).containsEntry("unit", "110105")
                    .containsEntry("typeLabel", "已登记为信访件");
        }

        // Nothing new: the same cursor back, nothing more to read.
        Map<?, ?> caughtUp = page(agency, cursor, 3);
        assertThat(items(caughtUp)).isEmpty();
        assertThat(caughtUp.get("nextCursor")).isEqualTo(cursor);
        assertThat(caughtUp.get("hasMore")).isEqualTo(false);

        // A clerk routes the second clue's petition into a case: only that change comes after the cursor.
        petitionRoutedIntoCase(petitionIds.get(1));
        String caughtUpCursor = cursor;
        // Its petition is looked at from 100 ms after it was registered.
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(150)).untilAsserted(() -> {
            FollowUps.allDue(followUp);
            assertThat(items(page(agency, caughtUpCursor, 3))).isNotEmpty();
        });
        List<Map<String, Object>> after = items(page(agency, cursor, 3));
        assertThat(after).singleElement().satisfies(item -> {
            assertThat(item).containsEntry("id", ids.get(1)).containsEntry("type", "CASE_OPENED")
                    .containsEntry("caseNumber", "110105-2026-00012");
        });
    }

    @Test
    void anAgencySeesNoOtherAgencysChanges() {
        String agency = newAgency();
        Map<String, Object> clue = newClue();
        registersAs(clue);
        pushed(agency, clue, 201);

        assertThat(items(page(newAgency(), null, 100))).isEmpty();
        assertThat(items(page(agency, null, 100))).extracting(item -> item.get("clueId"))
                .containsOnly(clue.get("clueId"));
    }

    @Test
    void aCursorThisServiceDidNotGiveOutIs400NamingIt() {
        for (String cursor : List.of("42", "Zm9vOjQy", "%%%")) {
            http(hrss()).get().uri("/api/outreach/exchange/feed?cursor={cursor}", cursor).exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("cursor");
        }
        http(hrss()).get().uri("/api/outreach/exchange/feed?size=101").exchange().expectStatus().isBadRequest();
    }

    @Test
    void aFeedReadIsAuditedWithTheAgencyAndWhatItRead() {
        String requestId = AuditLogEntries.newRequestId();
        http(hrss()).get().uri("/api/outreach/exchange/feed?size=5").header("X-Request-Id", requestId).exchange()
                .expectStatus().isOk();

        Document entry = new AuditLogEntries(mongo).awaitOne(requestId);
        assertThat(entry).containsEntry("subject", "hrss-agency").containsEntry("method", "GET")
                .containsEntry("route", "/api/outreach/exchange/feed").containsEntry("status", 200)
                .containsEntry("action", "exchange.feed-read");
        assertThat(entry.getString("detail")).startsWith("after 0, ");
        assertThat(entry.getList("roles", String.class)).containsExactly("PARTNER_AGENCY");
    }
}
