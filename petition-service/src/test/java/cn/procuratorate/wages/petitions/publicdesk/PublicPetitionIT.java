package cn.procuratorate.wages.petitions.publicdesk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.testing.CaseServiceCallerIT;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The public desk through real HTTP, without a token. */
class PublicPetitionIT extends CaseServiceCallerIT {

    private static final String PETITIONS = "petitions";

    @Autowired
    private MongoTemplate mongo;

    @Test
    void submittingWithoutATokenGivesAQueryCodeAndTheReplyDueDates() {
        Map<?, ?> receipt = submit(body("13912347701"), null).expectStatus().isCreated()
                .expectHeader().cacheControl(CacheControl.noStore())
                .expectBody(Map.class).returnResult().getResponseBody();

        String code = (String) receipt.get("queryCode");
        assertThat(code).hasSizeGreaterThanOrEqualTo(16);
        assertThat(receipt.get("queryCodeAlreadyIssued")).isEqualTo(false);
        LocalDate receivedOn = LocalDate.ofInstant(Instant.parse((String) receipt.get("receivedAt")),
                PublicPetitionController.CHINA);
        assertThat(receipt.get("proceduralReplyDue")).isEqualTo(receivedOn.plusDays(7).toString());
        assertThat(receipt.get("resultReplyDue")).isEqualTo(receivedOn.plusMonths(3).toString());
        assertThat((String) receipt.get("notice")).contains("查询码");

        Document raw = mongo.getCollection(PETITIONS).find(new Document("queryCodeHash", QueryCode.hash(code)))
                .first();
        assertThat(raw).isNotNull();
        assertThat(raw.get("channel")).isEqualTo("ONLINE");
        assertThat(raw.get("unit")).isEqualTo("110105");
        assertThat(raw.get("wageClaim", Document.class).get("amountOwedFen")).isEqualTo(1280050L);
        assertThat(raw.get("petitionerPhone", Document.class).keySet()).containsExactlyInAnyOrder("ciphertext", "hash");
        for (String stored : everyDocumentOfTheDatabase()) {
            assertThat(stored).doesNotContain(code, "13912347701", "11010519491231002X");
        }
    }

    @Test
    void theRightCodeAndLastFourDigitsShowTheProgressWithoutPersonalData() {
        String code = codeOf(submit(body("13912347702"), null));

        Map<?, ?> progress = anonymous().get().uri("/api/public/petitions/{code}?phoneLast4=7702", code)
                .exchange().expectStatus().isOk().expectHeader().cacheControl(CacheControl.noStore())
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(progress.get("status")).isEqualTo("RECEIVED");
        assertThat(progress.get("statusText")).isEqualTo("已收到，正在办理");
        assertThat(progress.get("channel")).isEqualTo("ONLINE");
        Map<?, ?> procedural = (Map<?, ?>) progress.get("proceduralReply");
        assertThat(procedural.get("state")).isEqualTo("PENDING");
        LocalDate receivedOn = LocalDate.ofInstant(Instant.parse((String) progress.get("receivedAt")),
                PublicPetitionController.CHINA);
        assertThat(procedural.get("due")).isEqualTo(receivedOn.plusDays(7).toString());
        assertThat(progress.keySet().stream().map(String::valueOf).toList()).containsExactlyInAnyOrder("status", "statusText", "channel", "channelText",
                "receivedAt", "proceduralReply", "resultReply", "caseNumber");
        assertThat(progress.toString()).doesNotContain("7702", "王五", "1101051949", "110105", "某建筑劳务");

        // Typed in lower case with dashes it is the same code; English on request.
        String typed = code.toLowerCase().substring(0, 10) + "-" + code.toLowerCase().substring(10);
        Map<?, ?> english = anonymous().get().uri("/api/public/petitions/{code}?phoneLast4=7702", typed)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en").exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(english.get("statusText")).isEqualTo("Received, being handled");
        assertThat(((Map<?, ?>) english.get("proceduralReply")).get("stateText")).isEqualTo("Not yet replied");
    }

    @Test
    void aWrongLastFourAnUnknownCodeAndAMalformedCodeAreTheSameNotFound() {
        String code = codeOf(submit(body("13912347703"), null));
        String unknown = QueryCode.generate();

        List<Map<?, ?>> problems = new ArrayList<>();
        for (String uri : List.of("/api/public/petitions/" + code + "?phoneLast4=7704",
                "/api/public/petitions/" + code + "?phoneLast4=77O3",
                "/api/public/petitions/" + code,
                "/api/public/petitions/" + unknown + "?phoneLast4=7703",
                "/api/public/petitions/not-a-code?phoneLast4=7703",
                "/api/public/petitions/" + code + "U?phoneLast4=7703")) {
            Map<String, Object> problem = new HashMap<>(anonymous().get().uri(uri).exchange()
                    .expectStatus().isNotFound().expectBody(Map.class).returnResult().getResponseBody());
            // What differs by request only: where and which request.
            problem.remove("instance");
            problem.remove("requestId");
            problems.add(problem);
        }
        assertThat(problems).allSatisfy(problem -> assertThat(problem).isEqualTo(problems.get(0)));
        assertThat(problems.get(0).get("type")).isEqualTo("urn:problem-type:not-found");
        assertThat(problems.get(0).toString()).doesNotContain(code, unknown);
    }

    @Test
    void aMissingPhoneOrABadResidentIdAreFieldErrors() {
        long before = count();
        Map<String, Object> body = body(null);
        body.put("residentId", "110105194912310021");
        Map<?, ?> problem = submit(body, null).expectStatus().isBadRequest()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(problem.get("type")).isEqualTo("urn:problem-type:validation");
        assertThat(fields(problem)).containsExactlyInAnyOrder("phone", "residentId");

        Map<String, Object> money = body("13912347705");
        money.put("amountOwed", "12.345");
        money.put("workersAffected", 0);
        money.put("regionCode", "11010");
        assertThat(fields(submit(money, null).expectStatus().isBadRequest().expectBody(Map.class).returnResult()
                .getResponseBody())).containsExactlyInAnyOrder("amountOwed", "workersAffected", "regionCode");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void mongoOperatorsInValuesAreRefusedAndNothingIsStored() {
        long before = count();
        Map<String, Object> summary = body("13912347706");
        summary.put("summary", new HashMap<>(Map.of("$ne", "")));
        submit(summary, null).expectStatus().isBadRequest();
        Map<String, Object> phone = body("13912347706");
        phone.put("phone", Map.of("$gt", ""));
        submit(phone, null).expectStatus().isBadRequest();
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theSameIdempotencyKeyTwiceCreatesOnePetition() {
        String key = UUID.randomUUID().toString();
        long before = count();
        Map<?, ?> first = submit(body("13912347707"), key).expectStatus().isCreated().expectBody(Map.class)
                .returnResult().getResponseBody();
        Map<?, ?> again = submit(body("13912347707"), key).expectStatus().isOk().expectBody(Map.class)
                .returnResult().getResponseBody();

        assertThat(count()).isEqualTo(before + 1);
        assertThat(again.get("queryCode")).isNull();
        assertThat(again.get("queryCodeAlreadyIssued")).isEqualTo(true);
        assertThat(again.get("receivedAt")).isEqualTo(first.get("receivedAt"));
        assertThat(again.get("proceduralReplyDue")).isEqualTo(first.get("proceduralReplyDue"));
        // The code of the first answer still opens the one petition.
        anonymous().get().uri("/api/public/petitions/{code}?phoneLast4=7707", first.get("queryCode")).exchange()
                .expectStatus().isOk();

        Map<?, ?> badKey = submit(body("13912347707"), "x".repeat(101)).expectStatus().isBadRequest()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(badKey.get("type")).isEqualTo("urn:problem-type:validation");
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void theSameIdempotencyKeyWithAnotherBodyIsRefusedAndCreatesNothing() {
        String key = UUID.randomUUID().toString();
        submit(body("13912347709"), key).expectStatus().isCreated();
        long before = count();
        Map<String, Object> other = body("13912347709");
        other.put("amountOwed", "99999.00");

        Map<?, ?> problem = submit(other, key).expectStatus().isEqualTo(422).expectBody(Map.class).returnResult()
                .getResponseBody();

        assertThat(problem.get("type")).isEqualTo("urn:problem-type:rule-violation");
        assertThat((String) problem.get("detail")).contains("Idempotency-Key");
        assertThat(count()).isEqualTo(before);
        // The true retry still answers with the first petition.
        submit(body("13912347709"), key).expectStatus().isOk();
    }

    @Test
    void staffOfTheRegionsUnitSeeTheOnlinePetitionInTheirList() {
        String marker = "网上提交 " + UUID.randomUUID();
        Map<String, Object> body = body("13912347708");
        body.put("summary", marker);
        submit(body, null).expectStatus().isCreated();

        Map<?, ?> page = http().get().uri("/api/petitions?channel=ONLINE&size=100").exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        Map<?, ?> item = ((List<Map<?, ?>>) page.get("items")).stream()
                .filter(i -> marker.equals(i.get("summary"))).findFirst().orElseThrow();
        assertThat(item.get("unit")).isEqualTo("110105");
        assertThat(item.get("petitionerPhone")).isEqualTo("139****7708");
    }

    private RestTestClient.ResponseSpec submit(Map<String, Object> body, String idempotencyKey) {
        RestTestClient.RequestBodySpec request = anonymous().post().uri("/api/public/petitions")
                .contentType(MediaType.APPLICATION_JSON);
        if (idempotencyKey != null) {
            request.header(PublicPetitionController.IDEMPOTENCY_KEY, idempotencyKey);
        }
        return request.body(body).exchange();
    }

    private static String codeOf(RestTestClient.ResponseSpec response) {
        return (String) response.expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("queryCode");
    }

    private static Map<String, Object> body(String phone) {
        Map<String, Object> body = new HashMap<>(Map.of("petitionerName", "王五", "regionCode", "110105",
                "employerName", "某建筑劳务有限公司", "amountOwed", "12800.50", "monthsOwed", 3,
                "workersAffected", 12, "summary", "在工地干了三个月，工资一直没有结清", "residentId", "11010519491231002X"));
        body.put("phone", phone);
        return body;
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(Map<?, ?> problem) {
        return ((List<Map<String, String>>) problem.get("errors")).stream().map(e -> e.get("field")).toList();
    }

    private long count() {
        return mongo.getCollection(PETITIONS).countDocuments();
    }

    private List<String> everyDocumentOfTheDatabase() {
        List<String> documents = new ArrayList<>();
        for (String collection : mongo.getCollectionNames()) {
            mongo.getCollection(collection).find().forEach(document -> documents.add(document.toJson()));
        }
        return documents;
    }
}
