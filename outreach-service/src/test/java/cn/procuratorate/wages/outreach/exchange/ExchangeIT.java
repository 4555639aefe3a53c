package cn.procuratorate.wages.outreach.exchange;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;

import cn.procuratorate.wages.testing.CaseServiceCallerIT;
import cn.procuratorate.wages.testing.Downstream;
import cn.procuratorate.wages.testing.TestTokens;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Base of the partner exchange's tests: case-service and petition-service played by WireMock (serving the contract
 * examples) behind the real Feign clients, timeouts and breakers; the sender and follow-up driven by the tests
 * themselves (not scheduled); retries due after 100 ms and an open breaker that half-opens after 1 s.
 */
@TestPropertySource(properties = {"outreach.exchange.first-retry=100ms", "outreach.exchange.follow-up-every=100ms",
        "resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state=1s"})
public abstract class ExchangeIT extends CaseServiceCallerIT {

    protected static final String PETITION_SERVICE_NAME = "petition-service";
    protected static final WireMockServer PETITION_SERVICE = Downstream.start();
    protected static final String REFERRALS = "/api/petitions/referrals";
    /** The petition id of the contract examples of petition-service's referrals. */
    protected static final String CONTRACT_PETITION = "6560a1f2c3d4e5f6012345a1";
    /** The employer of the contract example employer-summary.json. */
    protected static final String CREDIT_CODE = "91110108551385082Q";
    private static final AtomicInteger WORKERS = new AtomicInteger();

    @DynamicPropertySource
    static void petitionService(DynamicPropertyRegistry registry) {
        registry.add("clients.petition-service.url", PETITION_SERVICE::baseUrl);
    }

    @BeforeEach
    void freshPetitionService() {
        PETITION_SERVICE.resetAll();
        breakers.circuitBreaker(PETITION_SERVICE_NAME).reset();
    }

    /** The 人社 agency of the dev clients, as auth-server issues its tokens. */
    protected static String hrss() {
        return agency("hrss-agency", "HRSS");
    }

    protected static String agency(String clientId, String sector) {
        return TestTokens.token().subject(clientId).roles("PARTNER_AGENCY").sector(sector).sign();
    }

    protected RestTestClient.ResponseSpec push(String token, Map<String, Object> clue) {
        return http(token).post().uri("/api/outreach/exchange/clues").contentType(MediaType.APPLICATION_JSON)
                .body(clue).exchange();
    }

    protected Map<?, ?> pushed(String token, Map<String, Object> clue, int status) {
        return push(token, clue).expectStatus().isEqualTo(status).expectBody(Map.class).returnResult()
                .getResponseBody();
    }

    protected Map<?, ?> clue(String token, Object id) {
        return http(token).get().uri("/api/outreach/exchange/clues/{id}", id).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    /** A GB 32100 code of a company (91) in region 110105 that no other test uses, with its check character. */
    protected static String newCreditCode() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder code = new StringBuilder("91110105").append(String.format("%09d",
                java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000_000)));
        int sum = 0;
        for (int i = 0, weight = 1; i < 17; i++, weight = weight * 3 % 31) {
            sum += alphabet.indexOf(code.charAt(i)) * weight;
        }
        return code.append(alphabet.charAt((31 - sum % 31) % 31)).toString();
    }

    /** A clue of the 人社 sector no other test uses (tests share the database), with a worker of its own. */
    protected static Map<String, Object> newClue() {
        int n = WORKERS.incrementAndGet();
        Map<String, Object> clue = new HashMap<>();
        clue.put("clueId", "RS-" + UUID.randomUUID());
        clue.put("worker", new HashMap<>(Map.of("name", "李四", "residentId",
                WorkerIds.born(String.format("1976%02d%02d", 1 + n / 28 % 12, 1 + n % 28)), "phone",
                "139" + String.format("%08d", n))));
        clue.put("employer", new HashMap<>(Map.of("name", "某建筑劳务有限公司", "creditCode", CREDIT_CODE,
                "address", "北京市朝阳区某路1号")));
        clue.put("projectName", "某小区二期工程");
        clue.put("regionCode", "110105");
        clue.put("industryCode", "E4710");
        YearMonth last = YearMonth.now().minusMonths(1);
        clue.put("arrearsFrom", last.minusMonths(3).toString());
        clue.put("arrearsTo", last.toString());
        clue.put("amountOwed", "24000.00");
        clue.put("workersAffected", 1);
        clue.put("workDescription", "在工地做钢筋工，四个月工资未发");
        clue.put("sector", "HRSS");
        return clue;
    }

    protected static MappingBuilder referral() {
        return post(urlPathEqualTo(REFERRALS));
    }

    protected static MappingBuilder statuses() {
        return get(urlPathEqualTo(REFERRALS));
    }

    /** petition-service registered the clue: the contract example of its answer. */
    protected static ResponseDefinitionBuilder petitionRegistered() {
        return json(201, Downstream.contract("petition-service", "referral.json"));
    }

    /** Registered as a petition of its own: petition-service's answer for this clue only. */
    protected static String registersAs(Map<String, Object> clue) {
        String petitionId = new org.bson.types.ObjectId().toHexString();
        PETITION_SERVICE.stubFor(referral().withRequestBody(matchingJsonPath("$.clueId",
                equalTo((String) clue.get("clueId")))).willReturn(json(201,
                Downstream.contract("petition-service", "referral.json").replace(CONTRACT_PETITION, petitionId))));
        return petitionId;
    }

    /** petition-service's answer about this petition: routed into case 110105-2026-00012 (the contract example). */
    protected static void petitionRoutedIntoCase(String petitionId) {
        PETITION_SERVICE.stubFor(statuses().willReturn(json(200,
                Downstream.contract("petition-service", "referral-statuses.json").replace(CONTRACT_PETITION,
                        petitionId))));
    }

    /** petition-service's answer about this petition, in the contract example's shape. */
    protected static void petitionStands(String petitionId, String stage, String outcome, String routingState,
            String caseNumber) {
        String status = "[{\"petitionId\":\"%s\",\"unit\":\"110105\",\"stage\":\"%s\",\"outcome\":%s,"
                + "\"routingState\":%s,\"caseNumber\":%s}]";
        PETITION_SERVICE.stubFor(statuses().willReturn(json(200, status.formatted(petitionId, stage, quoted(outcome),
                quoted(routingState), quoted(caseNumber)))));
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    /** Whether this Authorization header carries the platform-services client's token (role SERVICE). */
    protected static boolean isServiceToken(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        String claims = new String(java.util.Base64.getUrlDecoder().decode(
                authorization.substring("Bearer ".length()).split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8);
        return claims.contains("\"sub\":\"platform-services\"") && claims.contains("\"roles\":[\"SERVICE\"]");
    }

    protected static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    protected static int referralsOf(Map<String, Object> clue) {
        return PETITION_SERVICE.countRequestsMatching(postRequestedFor(urlPathEqualTo(REFERRALS))
                .withRequestBody(matchingJsonPath("$.clueId", equalTo((String) clue.get("clueId")))).build())
                .getCount();
    }
}
