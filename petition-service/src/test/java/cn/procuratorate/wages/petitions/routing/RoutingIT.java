package cn.procuratorate.wages.petitions.routing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import cn.procuratorate.wages.testing.CaseServiceCallerIT;
import cn.procuratorate.wages.testing.Downstream;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Base of the routing tests: the real client, its timeouts and breaker against WireMock, the sender driven by the
 * tests themselves (not scheduled), retries due after 100 ms and an open breaker that half-opens after 1 s, so a
 * test sees a retry and a recovery without waiting for production timings.
 */
@TestPropertySource(properties = {"petitions.routing.first-retry=100ms",
        "resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state=1s"})
abstract class RoutingIT extends CaseServiceCallerIT {

    static final String FROM_PETITION = "/api/cases/from-petition/.*";
    static final String EMPLOYER = "某建筑劳务有限公司";
    static final String CREDIT_CODE = "91110108551385082Q";
    private static final AtomicInteger BIRTH_DAYS = new AtomicInteger();

    static MappingBuilder fromPetition() {
        return post(urlPathMatching(FROM_PETITION));
    }

    static ResponseDefinitionBuilder createdCase() {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody(Downstream.contract("case-service", "case-from-petition.json"));
    }

    static int postsFor(String petitionId) {
        return CASE_SERVICE.countRequestsMatching(postRequestedFor(urlEqualTo("/api/cases/from-petition/" + petitionId))
                .build()).getCount();
    }

    /** A resident ID number no other routing test uses (tests share the database). */
    static String residentId() {
        int day = BIRTH_DAYS.incrementAndGet();
        return cn.procuratorate.wages.petitions.petition.PetitionerIds.born(
                String.format("1980%02d%02d", 1 + day / 28 % 12, 1 + day % 28));
    }

    /** A letter with the petitioner's ID number and phone and what the employer owes; its id. */
    String register(RestTestClient clerk, String residentId) {
        Map<String, Object> body = new HashMap<>(Map.of("channel", "LETTER", "petitionerName", "张三",
                "summary", "工地拖欠三个月工资", "regionCode", "110105", "petitionerPhone", "13812345678",
                "employerName", EMPLOYER, "amountOwed", "12800.50", "monthsOwed", 3));
        body.put("petitionerResidentId", residentId);
        return (String) clerk.post().uri("/api/petitions").contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("id");
    }

    /** The clerk routes the freshly registered petition (version 0) into a wage-crime case. */
    RestTestClient.ResponseSpec route(RestTestClient clerk, String petitionId) {
        return clerk.post().uri("/api/petitions/{id}/routing", petitionId).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("caseType", "WAGE_CRIME", "industryCode", "E4710", "employerKind", "COMPANY",
                        "employerCreditCode", CREDIT_CODE))
                .exchange();
    }

    Map<?, ?> routingOf(RestTestClient clerk, String petitionId) {
        return (Map<?, ?>) petition(clerk, petitionId).get("routing");
    }

    Map<?, ?> petition(RestTestClient clerk, String petitionId) {
        return clerk.get().uri("/api/petitions/{id}", petitionId).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }
}
