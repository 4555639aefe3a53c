package cn.procuratorate.wages.petitions.petition;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.testing.CaseServiceCallerIT;
import cn.procuratorate.wages.testing.TestTokens;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The petition desk's work: replies owed and sent, handling, routing accepted, closing, the lists of what is due. */
class PetitionDeskIT extends CaseServiceCallerIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void aLetterIsRepliedToHandledAnsweredAndClosedInOrder() {
        Map<?, ?> letter = register(letter("13912340001"));
        assertThat(letter.get("stage")).isEqualTo("RECEIVED");
        assertThat(((Map<?, ?>) letter.get("proceduralReply")).get("due")).isEqualTo(TODAY.plusDays(7).toString());
        assertThat(((Map<?, ?>) letter.get("resultReply")).get("due")).isEqualTo(TODAY.plusMonths(3).toString());
        assertThat((List<Object>) letter.get("allowedSteps")).containsExactlyInAnyOrder("PROCEDURAL_REPLY", "HANDLE");

        Map<?, ?> early = post(letter, "replies", Map.of("kind", "RESULT", "text", "结果", "channel", "LETTER"), 409);
        assertThat(early.get("rule")).isEqualTo("petition.not-handled-yet");

        Map<?, ?> acknowledged = post(letter, "replies",
                Map.of("kind", "PROCEDURAL", "text", "来信已收到，由本院控告申诉检察部门办理。", "channel", "SMS"), 200);
        assertThat(acknowledged.get("stage")).isEqualTo("PROCEDURAL_REPLY_SENT");
        post(acknowledged, "replies", Map.of("kind", "PROCEDURAL", "text", "再次", "channel", "SMS"), 409);

        Map<?, ?> transferred = post(acknowledged, "handling", Map.of("outcome", "TRANSFERRED",
                "agency", "某区人力资源和社会保障局劳动保障监察大队", "note", "属劳动保障监察职责"), 200);
        assertThat(transferred.get("stage")).isEqualTo("HANDLED");
        post(transferred, "close", Map.of(), 409);
        Map<?, ?> answered = post(transferred, "replies",
                Map.of("kind", "RESULT", "text", "已移送劳动保障监察部门处理。", "channel", "LETTER"), 200);
        Map<?, ?> closed = post(answered, "close", Map.of(), 200);
        assertThat(closed.get("stage")).isEqualTo("CLOSED");
        assertThat((List<?>) closed.get("allowedSteps")).isEmpty();

        List<Map<?, ?>> timeline = clerk().get().uri("/api/petitions/{id}/timeline", letter.get("id")).exchange()
                .expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
        assertThat(timeline).extracting(e -> (Object) e.get("action"))
                .containsExactly("RECEIVE", "PROCEDURAL_REPLY", "HANDLE", "RESULT_REPLY", "CLOSE");
    }

    @Test
    void aChangeNeedsTheVersionItWasBasedOnAndATransferNeedsItsAgency() {
        Map<?, ?> letter = register(letter("13912340002"));
        clerk().post().uri("/api/petitions/{id}/replies", letter.get("id")).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("kind", "PROCEDURAL", "text", "收到", "channel", "SMS")).exchange()
                .expectStatus().isEqualTo(428);
        Map<?, ?> incomplete = post(letter, "handling", Map.of("outcome", "TRANSFERRED"), 400);
        assertThat(incomplete.get("type")).isEqualTo("urn:problem-type:validation");
        post(letter, "replies", Map.of("kind", "PROCEDURAL", "text", "收到", "channel", "SMS"), 200);
        // Based on the version before the reply: stale.
        post(letter, "replies", Map.of("kind", "PROCEDURAL", "text", "收到", "channel", "SMS"), 409);
    }

    @Test
    void routingIsAcceptedAndKeptPendingInThePetition() {
        Map<?, ?> letter = register(letter("13912340003"));
        Map<?, ?> routed = clerk().post().uri("/api/petitions/{id}/routing", letter.get("id"))
                .header("If-Match", "\"" + letter.get("version") + "\"").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("caseType", "WAGE_CRIME", "industryCode", "E4710", "employerKind", "COMPANY",
                        "employerCreditCode", "91110108551385082Q"))
                .exchange().expectStatus().isAccepted().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(routed.get("stage")).isEqualTo("HANDLED");
        assertThat(((Map<?, ?>) routed.get("handling")).get("outcome")).isEqualTo("ROUTED_TO_CASE");
        assertThat(((Map<?, ?>) routed.get("routing")).get("caseType")).isEqualTo("WAGE_CRIME");
        assertThat(((Map<?, ?>) routed.get("routing")).get("state")).isIn("PENDING", "DELIVERED", "REFUSED");
        assertThat(routed.toString()).doesNotContain("13912340003");
    }

    @Test
    void theListsShowWhatIsOverdueAndWhatFallsDueSoon() {
        String clerk = "clerk-" + System.nanoTime();
        Map<String, Object> old = letter("13912340004");
        Map<?, ?> oldLetter = register(old);
        Map<?, ?> fresh = register(letter("13912340005"));
        // Received long ago: the document's receipt is moved back, as a letter registered late would be.
        for (Map<?, ?> letter : List.of(oldLetter, fresh)) {
            assign(letter, clerk);
        }
        backdate((String) oldLetter.get("id"), 10);

        assertThat(ids("clerk=" + clerk + "&overdue=true")).containsExactly(oldLetter.get("id"));
        assertThat(ids("clerk=" + clerk + "&dueWithinDays=7")).containsExactly(fresh.get("id"));
        clerk().get().uri("/api/petitions?overdue=true&dueWithinDays=3").exchange().expectStatus().isBadRequest();
    }

    @Test
    void urgentPetitionsComeFirstAndARepeatOfTheSamePetitionerIsProposedAsADuplicate() {
        String creditCode = creditCode("91110105MA01DUP0" + (System.nanoTime() % 10));
        String petitioner = PetitionerIds.born("19750315");
        Map<String, Object> first = letter("13912340006");
        first.put("petitionerResidentId", petitioner);
        first.put("employerCreditCode", creditCode);
        Map<?, ?> earlier = register(first);
        assertThat(((Map<?, ?>) earlier.get("priority")).get("level")).isEqualTo("NORMAL");

        Map<String, Object> again = letter("13912340006");
        again.put("petitionerResidentId", petitioner);
        again.put("employerCreditCode", creditCode);
        again.put("urgencySigns", List.of("VIOLENCE_OR_THREATS"));
        Map<?, ?> repeat = register(again);
        assertThat(repeat.get("proposedDuplicateOf")).isEqualTo(earlier.get("id"));
        Map<?, ?> priority = (Map<?, ?>) repeat.get("priority");
        assertThat(priority.get("level")).isEqualTo("URGENT");
        assertThat(ids("priority=true").get(0)).isEqualTo(repeat.get("id"));

        Map<?, ?> merged = post(repeat, "handling", Map.of("outcome", "MERGED", "mergedInto", earlier.get("id")), 200);
        assertThat(post(merged, "close", Map.of(), 200).get("stage")).isEqualTo("CLOSED");
    }

    @Test
    void workersOfOneEmployerFilingSeparatelyAreLinkedAsOneGroup() {
        String creditCode = creditCode("91110105MA01GRP0" + (System.nanoTime() % 10));
        Map<String, Object> one = letter("13912340007");
        one.put("employerCreditCode", creditCode);
        one.put("petitionerResidentId", PetitionerIds.born("19820101"));
        Map<?, ?> first = register(one);
        Map<String, Object> two = letter("13912340008");
        two.put("employerCreditCode", creditCode);
        two.put("petitionerResidentId", PetitionerIds.born("19830101"));
        Map<?, ?> second = register(two);

        assertThat(second.get("groupKey")).isNotNull();
        assertThat(second.get("proposedDuplicateOf")).isNull();
        Map<?, ?> firstNow = clerk().get().uri("/api/petitions/{id}", first.get("id")).exchange()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(firstNow.get("groupKey")).isEqualTo(second.get("groupKey"));
    }

    private static String creditCode(String first17) {
        return first17 + cn.procuratorate.wages.common.identifiers.UnifiedSocialCreditCode.checkCharacter(first17);
    }

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.data.mongodb.core.MongoTemplate mongo;

    private void backdate(String id, int days) {
        mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
                        org.springframework.data.mongodb.core.query.Criteria.where("_id")
                                .is(new org.bson.types.ObjectId(id))),
                new org.springframework.data.mongodb.core.query.Update()
                        .set("proceduralReplyDue", TODAY.minusDays(days).plusDays(7))
                        .set("resultReplyDue", TODAY.minusDays(days).plusMonths(3)), Petition.COLLECTION);
    }

    private void assign(Map<?, ?> letter, String clerk) {
        Map<?, ?> current = clerk().get().uri("/api/petitions/{id}", letter.get("id")).exchange()
                .expectBody(Map.class).returnResult().getResponseBody();
        http(TestTokens.staff("SUPERVISOR")).post().uri("/api/petitions/{id}/assignment", letter.get("id"))
                .header("If-Match", "\"" + current.get("version") + "\"").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("clerk", clerk)).exchange().expectStatus().isOk();
    }

    private List<Object> ids(String query) {
        Map<?, ?> page = clerk().get().uri("/api/petitions?" + query).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        return ((List<Map<?, ?>>) page.get("items")).stream().map(i -> (Object) i.get("id")).toList();
    }

    private Map<?, ?> post(Map<?, ?> current, String action, Map<String, Object> body, int status) {
        return clerk().post().uri("/api/petitions/{id}/" + action, current.get("id"))
                .header("If-Match", "\"" + current.get("version") + "\"").contentType(MediaType.APPLICATION_JSON)
                .body(body).exchange().expectStatus().isEqualTo(status).expectBody(Map.class).returnResult()
                .getResponseBody();
    }

    private Map<?, ?> register(Map<String, Object> body) {
        return clerk().post().uri("/api/petitions").contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    }

    private static Map<String, Object> letter(String phone) {
        Map<String, Object> body = new HashMap<>(Map.of("channel", "LETTER", "petitionerName", "王五",
                "petitionerPhone", phone, "summary", "在工地干了三个月，工资一直没有结清", "regionCode", "110105",
                "employerName", "某建筑劳务有限公司", "amountOwed", "12800.50", "monthsOwed", 3));
        body.put("request", "请求帮助追讨工资");
        return body;
    }

    private RestTestClient clerk() {
        return http(TestTokens.staff("CLERK"));
    }
}
