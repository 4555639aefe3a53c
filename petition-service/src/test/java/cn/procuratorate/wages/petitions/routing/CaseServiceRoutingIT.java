package cn.procuratorate.wages.petitions.routing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.procuratorate.wages.petitions.routing.RoutingSender.Outcome;
import cn.procuratorate.wages.testing.TestTokens;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The routing of a petition through the real case-service client and its real configuration (timeouts, breaker,
 * fallback) against WireMock: delivered, refused, not answered, too slow, and back again.
 */
class CaseServiceRoutingIT extends RoutingIT {

    private static final String CLERK_TOKEN = TestTokens.staff("CLERK");

    /** After injection: the port is known only then. */
    private RestTestClient clerk() {
        return http(CLERK_TOKEN);
    }

    @Autowired
    private RoutingSender sender;

    @Test
    void whenCaseServiceAnswersTheClerkGetsTheCaseNumberAtOnceAndTheRequestCarriesThePetition() {
        CASE_SERVICE.stubFor(fromPetition().willReturn(createdCase()));
        String residentId = residentId();
        String petition = register(clerk(), residentId);

        Map<?, ?> answer = route(clerk(), petition).expectStatus().isOk().expectBody(Map.class).returnResult()
                .getResponseBody();

        Map<?, ?> routing = (Map<?, ?>) answer.get("routing");
        assertThat(routing.get("state")).isEqualTo("DELIVERED");
        assertThat(routing.get("stateLabel")).isEqualTo("已转为案件");
        assertThat(routing.get("caseNumber")).isEqualTo("110105-2026-00012");
        assertThat(routing.get("caseId")).isEqualTo("6560a1f2c3d4e5f601234568");
        assertThat(routing.get("attempts")).isEqualTo(1);
        assertThat(answer.get("linkedCaseId")).isEqualTo("6560a1f2c3d4e5f601234568");
        // The clerk's own token goes along: case-service scopes and audits the clerk.
        CASE_SERVICE.verify(postRequestedFor(urlEqualTo("/api/cases/from-petition/" + petition))
                .withHeader("Authorization", equalTo("Bearer " + CLERK_TOKEN))
                .withRequestBody(matchingJsonPath("$.type", equalTo("WAGE_CRIME")))
                .withRequestBody(matchingJsonPath("$.title", equalTo(EMPLOYER + "拖欠农民工工资（信访转）")))
                .withRequestBody(matchingJsonPath("$.unit", equalTo(TestTokens.UNIT)))
                .withRequestBody(matchingJsonPath("$.regionCode", equalTo("110105")))
                .withRequestBody(matchingJsonPath("$.industryCode", equalTo("E4710")))
                .withRequestBody(matchingJsonPath("$.employer.name", equalTo(EMPLOYER)))
                .withRequestBody(matchingJsonPath("$.employer.creditCode", equalTo(CREDIT_CODE)))
                .withRequestBody(matchingJsonPath("$.employer.kind", equalTo("COMPANY")))
                .withRequestBody(matchingJsonPath("$.workers[0].name", equalTo("张三")))
                .withRequestBody(matchingJsonPath("$.workers[0].residentId", equalTo(residentId)))
                .withRequestBody(matchingJsonPath("$.workers[0].phone", equalTo("13812345678")))
                .withRequestBody(matchingJsonPath("$.workers[0].monthsOwed", equalTo("3")))
                .withRequestBody(matchingJsonPath("$.workers[0].amountOwed", equalTo("12800.50")))
                .withRequestBody(matchingJsonPath("$.receivedOn", matching("\\d{4}-\\d{2}-\\d{2}"))));

        List<Map<String, Object>> timeline = clerk().get().uri("/api/petitions/{id}/timeline", petition).exchange()
                .expectBody(List.class).returnResult().getResponseBody();
        assertThat(timeline).last().satisfies(entry -> {
            assertThat(entry.get("action")).isEqualTo("ROUTING_DELIVERED");
            assertThat((String) entry.get("summary")).contains("110105-2026-00012");
        });
        // Delivered once: nothing is left to send.
        assertThat(sender.deliver(petition)).isEqualTo(Outcome.NOTHING_CLAIMED);
        assertThat(postsFor(petition)).isEqualTo(1);
    }

    @Test
    void aRefusalIsShownToTheClerkWithCaseServicesReasonNeverRetriedAndDoesNotTripTheBreaker() {
        CASE_SERVICE.stubFor(fromPetition().willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"urn:problem-type:rule-violation\",\"status\":422,"
                        + "\"detail\":\"该用人单位已被注销，不能立案。\",\"rule\":\"case.employer-dissolved\"}")));
        List<String> petitions = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String petition = register(clerk(), residentId());
            petitions.add(petition);
            Map<?, ?> routing = (Map<?, ?>) route(clerk(), petition).expectStatus().isOk().expectBody(Map.class)
                    .returnResult().getResponseBody().get("routing");
            assertThat(routing.get("state")).isEqualTo("REFUSED");
            assertThat(routing.get("refusalStatus")).isEqualTo(422);
            assertThat(routing.get("refusalDetail")).isEqualTo("该用人单位已被注销，不能立案。");
        }

        assertThat(breakers.circuitBreaker(CASE_SERVICE_NAME).getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        for (String petition : petitions) {
            assertThat(sender.deliver(petition)).isEqualTo(Outcome.NOTHING_CLAIMED);
            assertThat(postsFor(petition)).isEqualTo(1);
        }
        List<Map<String, Object>> timeline = clerk().get().uri("/api/petitions/{id}/timeline", petitions.get(0))
                .exchange().expectBody(List.class).returnResult().getResponseBody();
        assertThat(timeline).last().satisfies(entry -> {
            assertThat(entry.get("action")).isEqualTo("ROUTING_REFUSED");
            assertThat((String) entry.get("summary")).contains("422", "该用人单位已被注销");
        });
    }

    @Test
    void aServerErrorLeavesTheRoutingPendingAndTheSenderDeliversItLaterWithTheServiceToken() {
        CASE_SERVICE.stubFor(fromPetition().willReturn(aResponse().withStatus(500)));
        String petition = register(clerk(), residentId());

        Map<?, ?> routing = (Map<?, ?>) route(clerk(), petition).expectStatus().isAccepted().expectBody(Map.class)
                .returnResult().getResponseBody().get("routing");
        assertThat(routing.get("state")).isEqualTo("PENDING");
        assertThat(routing.get("stateLabel")).isEqualTo("转案件待确认");
        assertThat(routing.get("lastError")).isEqualTo("HTTP 500");
        assertThat(routing.get("attempts")).isEqualTo(1);
        assertThat(Instant.parse((String) routing.get("nextAttemptAt"))).isAfter(Instant.now().minusSeconds(1));

        CASE_SERVICE.stubFor(fromPetition().willReturn(createdCase()));
        // The scheduled sender's way: on a thread with no user.
        await().atMost(Duration.ofSeconds(5)).until(() -> sender.deliver(petition) == Outcome.DELIVERED);

        Map<?, ?> delivered = routingOf(clerk(), petition);
        assertThat(delivered.get("state")).isEqualTo("DELIVERED");
        assertThat(delivered.get("caseNumber")).isEqualTo("110105-2026-00012");
        assertThat(delivered.get("lastError")).isNull();
        assertThat(delivered.get("nextAttemptAt")).isNull();
        assertThat(postsFor(petition)).isEqualTo(2);
        LoggedRequest retry = CASE_SERVICE.findAll(postRequestedFor(urlEqualTo("/api/cases/from-petition/" + petition)))
                .get(1);
        assertThat(claimsOf(retry.getHeader("Authorization"))).contains("\"sub\":\"platform-services\"",
                "\"roles\":[\"SERVICE\"]");
    }

    @Test
    void aCaseServiceSlowerThanTheReadTimeoutLeavesRoutingsPendingOpensTheBreakerAndTheyGoOutWhenItRecovers() {
        CASE_SERVICE.stubFor(fromPetition().willReturn(createdCase().withFixedDelay(1_500)));
        List<String> petitions = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String petition = register(clerk(), residentId());
            petitions.add(petition);
            long started = System.nanoTime();
            Map<?, ?> routing = (Map<?, ?>) route(clerk(), petition).expectStatus().isAccepted().expectBody(Map.class)
                    .returnResult().getResponseBody().get("routing");
            // The clerk waits for the read timeout (500 ms here), not for case-service.
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1_400));
            assertThat(routing.get("state")).isEqualTo("PENDING");
            assertThat(routing.get("lastError")).isEqualTo("timeout");
        }
        assertThat(breakers.circuitBreaker(CASE_SERVICE_NAME).getState()).isEqualTo(CircuitBreaker.State.OPEN);

        // While it is open, case-service is not even called: the routing is kept all the same.
        String whileOpen = register(clerk(), residentId());
        petitions.add(whileOpen);
        Map<?, ?> routing = (Map<?, ?>) route(clerk(), whileOpen).expectStatus().isAccepted().expectBody(Map.class)
                .returnResult().getResponseBody().get("routing");
        assertThat(routing.get("lastError")).isEqualTo("circuit breaker open");
        assertThat(postsFor(whileOpen)).isZero();

        CASE_SERVICE.stubFor(fromPetition().willReturn(createdCase()));
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            petitions.forEach(sender::deliver);
            assertThat(petitions).allSatisfy(p -> assertThat(routingOf(clerk(), p).get("state")).isEqualTo("DELIVERED"));
        });
        assertThat(breakers.circuitBreaker(CASE_SERVICE_NAME).getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    /** The claims of a bearer token, as JSON text. */
    private static String claimsOf(String authorization) {
        String jwt = authorization.substring("Bearer ".length());
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }
}
