package cn.procuratorate.wages.petitions.petition;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.testing.CaseServiceCallerIT;
import cn.procuratorate.wages.testing.TestTokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** The petitioner's ID number and phone: validated, stored sealed, found by hash, masked unless revealed. */
class PetitionPersonalDataIT extends CaseServiceCallerIT {

    private static final String CLERK = TestTokens.staff("CLERK");
    private static final String OTHER_UNIT_CLERK =
            TestTokens.token().subject("clerk2").roles("CLERK").unit(TestTokens.OTHER_UNIT).sign();

    @Autowired
    private MongoTemplate mongo;

    @Test
    void storesOnlyCiphertextAndHashAndAnswersMasked() {
        String id = PetitionerIds.born("19491231");
        Map<?, ?> created = register(id.toLowerCase(), "+86 139 1234 5601");

        assertThat(created.get("petitionerResidentId")).isEqualTo("110105********" + id.substring(14));
        assertThat(created.get("petitionerPhone")).isEqualTo("139****5601");
        assertThat(created.get("personalData")).isEqualTo("MASKED");

        Document raw = mongo.getCollection(Petition.COLLECTION)
                .find(new Document("_id", new org.bson.types.ObjectId((String) created.get("id")))).first();
        assertThat(raw).isNotNull();
        Document sealedId = raw.get("petitionerResidentId", Document.class);
        assertThat(sealedId.keySet()).containsExactlyInAnyOrder("ciphertext", "hash");
        assertThat(raw.get("petitionerPhone", Document.class).keySet()).containsExactlyInAnyOrder("ciphertext", "hash");
        // Nowhere in the database: neither the numbers, nor the ID number without its check character, nor a mask.
        for (String stored : everyDocumentOfTheDatabase()) {
            assertThat(stored).doesNotContain(id.substring(0, 17), "13912345601", "1391234560", "139****5601",
                    "110105********");
        }
    }

    @Test
    void aSingleReadIsMaskedUnlessARoleThatNeedsItAsksToReveal() {
        String id = PetitionerIds.born("19800101");
        String petition = (String) register(id, "13912345602").get("id");

        Map<?, ?> masked = http(CLERK).get().uri("/api/petitions/{id}", petition).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(masked.get("petitionerResidentId")).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
        assertThat(masked.get("petitionerPhone")).isEqualTo("139****5602");

        for (String reader : List.of(CLERK, TestTokens.staff("PROCURATOR"), TestTokens.staff("SUPERVISOR"))) {
            Map<?, ?> full = http(reader).get().uri("/api/petitions/{id}?reveal=personal-data", petition).exchange()
                    .expectStatus().isOk()
                    .expectHeader().cacheControl(org.springframework.http.CacheControl.noStore())
                    .expectBody(Map.class).returnResult().getResponseBody();
            assertThat(full.get("petitionerResidentId")).isEqualTo(id);
            assertThat(full.get("petitionerPhone")).isEqualTo("13912345602");
            assertThat(full.get("personalData")).isEqualTo("FULL");
        }
        // Another unit's clerk does not even learn that the petition exists.
        http(OTHER_UNIT_CLERK).get().uri("/api/petitions/{id}?reveal=personal-data", petition).exchange()
                .expectStatus().isNotFound();
        // A partner agency reads no petition at all.
        http(TestTokens.token().subject("hrss").roles("PARTNER_AGENCY").sector("HRSS").sign()).get()
                .uri("/api/petitions/{id}?reveal=personal-data", petition).exchange().expectStatus().isForbidden();
    }

    @Test
    void listsAreMaskedEvenWhenAskedToReveal() {
        String id = PetitionerIds.born("19900315");
        register(id, "13912345603");
        Map<?, ?> page = http(CLERK).get().uri("/api/petitions?residentId={id}&reveal=personal-data", id).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        Map<?, ?> item = (Map<?, ?>) ((List<?>) page.get("items")).get(0);
        assertThat(item.get("petitionerResidentId")).isEqualTo("110105********" + id.substring(14));
        assertThat(item.get("petitionerPhone")).isEqualTo("139****5603");
        assertThat(item.get("personalData")).isEqualTo("MASKED");
    }

    @Test
    void findsAPersonsPetitionsInTheCallersUnitByTheHashOfTheNumber() {
        String id = PetitionerIds.born("19700704");
        String other = PetitionerIds.born("19700705");
        String first = (String) register(id, "13912345604").get("id");
        String second = (String) register(id, null).get("id");
        register(other, "13912345605");
        register(null, null);

        // Written the other way (lower-case x, blanks) it is the same person.
        Map<?, ?> found = http(CLERK).get().uri("/api/petitions?residentId={id}", " " + id.toLowerCase() + " ")
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(found.get("totalItems")).isEqualTo(2);
        assertThat((List<Map<String, Object>>) found.get("items")).extracting(item -> item.get("id"))
                .containsExactlyInAnyOrder(first, second);

        Map<?, ?> otherUnit = http(OTHER_UNIT_CLERK).get().uri("/api/petitions?residentId={id}", id).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(otherUnit.get("totalItems")).isEqualTo(0);

        Map<?, ?> nobody = http(CLERK).get().uri("/api/petitions?residentId={id}", PetitionerIds.born("19700706"))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(nobody.get("totalItems")).isEqualTo(0);
    }

    @Test
    void anInvalidIdNumberOrPhoneIsAValidationProblemNamingTheFields() {
        long before = mongo.getCollection(Petition.COLLECTION).countDocuments();
        String id = PetitionerIds.born("19491231");
        Map<?, ?> problem = postPetition(CLERK, body(PetitionerIds.withWrongCheckCharacter(id), "1391234560"), "zh-CN")
                .expectStatus().isBadRequest().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(problem.get("type")).isEqualTo("urn:problem-type:validation");
        assertThat(fieldErrors(problem)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "petitionerResidentId", "居民身份证号码的校验码不正确，请核对",
                "petitionerPhone", "不是有效的电话号码（11 位手机号码，或区号加固定电话号码）"));

        Map<?, ?> english = postPetition(CLERK, body("110105194902290010", "13912345601"), "en")
                .expectStatus().isBadRequest().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(fieldErrors(english)).containsExactlyEntriesOf(Map.of(
                "petitionerResidentId", "the birth date in this resident ID number is not a real date"));

        Map<?, ?> lookUp = http(CLERK).get().uri("/api/petitions?residentId={id}", "11010519491231002").exchange()
                .expectStatus().isBadRequest().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(fieldErrors(lookUp)).containsOnlyKeys("residentId");

        // An ID number sent as a JSON number (it may end in X, so it is text) is refused without quoting it.
        Map<String, Object> numeric = body(null, null);
        numeric.put("petitionerResidentId", 440524188001010014L);
        Map<?, ?> malformed = postPetition(CLERK, numeric, "zh-CN").expectStatus().isBadRequest()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(malformed.get("type")).isEqualTo("urn:problem-type:malformed-request");
        assertThat(mongo.getCollection(Petition.COLLECTION).countDocuments()).isEqualTo(before);
    }

    @Test
    void aPetitionWithoutIdNumberAndPhoneHasNone() {
        Map<?, ?> created = register(null, null);
        assertThat(created.get("petitionerResidentId")).isNull();
        assertThat(created.get("petitionerPhone")).isNull();
        Map<?, ?> full = http(CLERK).get().uri("/api/petitions/{id}?reveal=personal-data", created.get("id")).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(full.get("petitionerResidentId")).isNull();
    }

    private Map<?, ?> register(String residentId, String phone) {
        return postPetition(CLERK, body(residentId, phone), "zh-CN").expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    private org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec postPetition(String token,
            Map<String, Object> body, String language) {
        return http(token).post().uri("/api/petitions").contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.ACCEPT_LANGUAGE, language).body(body).exchange();
    }

    static Map<String, Object> body(String residentId, String phone) {
        Map<String, Object> body = new HashMap<>(Map.of("channel", "VISIT", "petitionerName", "李四",
                "summary", "项目完工后工资一直未结清", "regionCode", "110105"));
        body.put("petitionerResidentId", residentId);
        body.put("petitionerPhone", phone);
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> fieldErrors(Map<?, ?> problem) {
        Map<String, String> errors = new HashMap<>();
        for (Map<String, String> error : (List<Map<String, String>>) problem.get("errors")) {
            errors.put(error.get("field"), error.get("message"));
        }
        return errors;
    }

    private List<String> everyDocumentOfTheDatabase() {
        List<String> documents = new ArrayList<>();
        for (String collection : mongo.getCollectionNames()) {
            mongo.getCollection(collection).find().forEach(document -> documents.add(document.toJson()));
        }
        return documents;
    }
}
