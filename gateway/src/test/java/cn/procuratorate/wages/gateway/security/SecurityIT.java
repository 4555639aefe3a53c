package cn.procuratorate.wages.gateway.security;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.common.web.RequestIds;
import cn.procuratorate.wages.gateway.bodylimit.RequestBodyLimitWebFilter;
import cn.procuratorate.wages.gateway.cors.GatewayCorsWebFilter;
import cn.procuratorate.wages.gateway.ratelimit.PublicRateLimitWebFilter;
import cn.procuratorate.wages.gateway.requestid.RequestIdWebFilter;
import cn.procuratorate.wages.gateway.support.Backend;
import cn.procuratorate.wages.gateway.support.Backends;
import cn.procuratorate.wages.gateway.support.GatewayIntegrationTest;
import cn.procuratorate.wages.testing.TestTokens;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.web.server.WebFilterChainProxy;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.server.WebFilter;

class SecurityIT extends GatewayIntegrationTest {

    private static final String BROWSER = "http://localhost:5173";

    @Autowired
    private ApplicationContext context;

    @ParameterizedTest
    @ValueSource(strings = {"GET", "POST"})
    void withoutTokenAnApiIs401ProblemWithABearerChallengeAndNeverReachesTheService(String method) {
        anonymous().method(HttpMethod.valueOf(method)).uri("/api/cases/1")
                .header("Origin", BROWSER)
                .header(RequestIds.HEADER, "client-id-0401")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                // A browser front end must be able to read the refusal, and quote its id.
                .expectHeader().valueEquals("Access-Control-Allow-Origin", BROWSER)
                .expectHeader().valueEquals(RequestIds.HEADER, "client-id-0401")
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:problem-type:unauthorized")
                .jsonPath("$.title").isEqualTo("未登录或登录已失效")
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.detail").isEqualTo("此接口需要登录：请在 Authorization 请求头中提供访问令牌（Bearer）。")
                .jsonPath("$.instance").isEqualTo("/api/cases/1")
                .jsonPath("$.requestId").isEqualTo("client-id-0401");

        assertThat(Backends.CASES.wireMock().getAllServeEvents()).isEmpty();
    }

    static Stream<Arguments> refusedTokens() {
        return Stream.of(
                Arguments.of("expired", TestTokens.token().roles("CLERK").unit(TestTokens.UNIT).expired().sign()),
                Arguments.of("forged", TestTokens.token().roles("CLERK").unit(TestTokens.UNIT).forged().sign()),
                Arguments.of("other issuer", TestTokens.token().roles("CLERK").issuer("http://evil").sign()),
                Arguments.of("malformed", "not-a-jwt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokens")
    void aRefusedTokenIs401ProblemSayingSo(String why, String token) {
        as(token).get().uri("/api/petitions/1").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE,
                        challenge -> assertThat(challenge).startsWith("Bearer error=\"invalid_token\""))
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:problem-type:unauthorized")
                .jsonPath("$.detail").isEqualTo("访问令牌无效、已过期或并非本平台签发，请重新登录。");

        assertThat(Backends.PETITIONS.wireMock().getAllServeEvents()).isEmpty();
    }

    @Test
    void theRefusalIsInEnglishWhenTheCallerPrefersIt() {
        anonymous().get().uri("/api/outreach/campaigns").header("Accept-Language", "en-US,en;q=0.9").exchange()
                .expectStatus().isUnauthorized()
                .expectBody()
                .jsonPath("$.title").isEqualTo("Not signed in or session expired")
                .jsonPath("$.detail").isEqualTo(
                        "This API requires signing in: send an access token in the Authorization header (Bearer).");
    }

    @Test
    void aPartnerAgencyOnCasesIs403Problem() {
        as(TestTokens.token().roles("PARTNER_AGENCY").sector("HRSS").sign())
                .get().uri("/api/cases/1").header("Accept-Language", "en").exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists(RequestIds.HEADER)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:problem-type:forbidden")
                .jsonPath("$.title").isEqualTo("Not allowed")
                .jsonPath("$.status").isEqualTo(403)
                .jsonPath("$.detail").isEqualTo("Your role does not allow access to /api/cases/1.");

        assertThat(Backends.CASES.wireMock().getAllServeEvents()).isEmpty();
    }

    static Stream<Arguments> exchangePaths() {
        return Stream.of(Arguments.of("POST", "/api/outreach/exchange/clues"),
                Arguments.of("GET", "/api/outreach/exchange/clues/6560a1f2c3d4e5f6012345a1"),
                Arguments.of("GET", "/api/outreach/exchange/feed?cursor=ZmVlZDE6Mw&size=20"),
                Arguments.of("GET", "/api/outreach/exchange/employers/91110108551385082Q"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("exchangePaths")
    void aPartnerAgencyReachesTheExchangeWithItsOwnToken(String method, String path) {
        String token = TestTokens.token().subject("hrss-agency").roles("PARTNER_AGENCY").sector("HRSS").sign();
        Backends.OUTREACH.wireMock().stubFor(WireMock.any(WireMock.urlPathMatching("/api/outreach/exchange/.*"))
                .willReturn(okJson("{}")));

        as(token).method(HttpMethod.valueOf(method)).uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isOk();

        // Relayed unchanged: outreach-service reads the agency and its sector from it, and relays it to case-service.
        Backends.OUTREACH.wireMock().verify(WireMock.anyRequestedFor(WireMock.urlEqualTo(path))
                .withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + token)));
    }

    static Stream<Arguments> notForPartners() {
        return Stream.of(Arguments.of("GET", "/api/outreach/campaigns"),
                Arguments.of("GET", "/api/outreach/case-figures"),
                Arguments.of("GET", "/api/outreach/audit"),
                Arguments.of("GET", "/api/outreach/exchanges"),
                Arguments.of("GET", "/api/cases/employers/91110108551385082Q/summary"),
                Arguments.of("GET", "/api/cases/1"),
                Arguments.of("POST", "/api/petitions/referrals"),
                Arguments.of("GET", "/api/petitions/1"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("notForPartners")
    void aPartnerAgencyReachesNoOtherApiThanTheExchange(String method, String path) {
        as(TestTokens.token().subject("hrss-agency").roles("PARTNER_AGENCY").sector("HRSS").sign())
                .method(HttpMethod.valueOf(method)).uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        for (Backend backend : Backends.ALL) {
            assertThat(backend.wireMock().getAllServeEvents()).isEmpty();
        }
    }

    @Test
    void aTokenWithoutAnyKnownRoleIsRefusedOnEveryDomainApi() {
        WebTestClient nobody = as(TestTokens.token().sign());
        for (String path : List.of("/api/cases/1", "/api/petitions/1", "/api/outreach/1", "/api/outreach/exchange/feed")) {
            nobody.get().uri(path).exchange().expectStatus().isForbidden();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"PROCURATOR", "CLERK", "SUPERVISOR", "SERVICE"})
    void staffReachTheServiceWhichReceivesTheSameAuthorizationHeader(String role) {
        String token = TestTokens.staff(role);
        Backends.CASES.wireMock().stubFor(post(urlPathEqualTo("/api/cases")).willReturn(okJson("{}")));

        as(token).post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isOk();

        // Relayed unchanged: the service checks the token again and reads unit and roles from it.
        Backends.CASES.wireMock().verify(postRequestedFor(urlPathEqualTo("/api/cases"))
                .withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + token)));
    }

    @Test
    void anUnknownApiPathWithoutTokenIs401AndWithATokenIs404() {
        anonymous().get().uri("/api/unknown/thing").exchange().expectStatus().isUnauthorized();
        client.get().uri("/api/unknown/thing").exchange().expectStatus().isNotFound();
    }

    @Test
    void anUnknownPathOutsideTheApiIsStill404ProblemWithoutToken() {
        anonymous().get().uri("/nowhere").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:problem-type:not-found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not-a-jwt"})
    void publicApiPathsNeedNoTokenAndIgnoreABadOne(String token) {
        WebTestClient caller = token.isEmpty() ? anonymous() : as(token);
        // Routed to petition-service without any token check (the rate limits have their own test, PublicRateLimitIT).
        Backends.PETITIONS.wireMock().stubFor(post(urlEqualTo("/api/public/petitions"))
                .willReturn(WireMock.created()));
        caller.post().uri("/api/public/petitions").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isCreated();
    }

    @Test
    void aCorsPreflightNeedsNoToken() {
        anonymous().options().uri("/api/petitions/1")
                .header("Origin", BROWSER)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Authorization, Content-Type")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", BROWSER);
    }

    @Test
    void apiDocsSwaggerUiAndHealthNeedNoToken() {
        Backends.CASES.wireMock().stubFor(get(urlEqualTo("/v3/api-docs")).willReturn(okJson("{\"openapi\":\"3.1.0\"}")));

        anonymous().get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
        anonymous().get().uri("/webjars/swagger-ui/index.html").exchange().expectStatus().isOk();
        anonymous().get().uri("/v3/api-docs/swagger-config").exchange().expectStatus().isOk();
        anonymous().get().uri("/v3/api-docs/case-service").exchange().expectStatus().isOk();
        anonymous().get().uri("/actuator/health").exchange().expectStatus().isOk();
        anonymous().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        anonymous().get().uri("/actuator/info").exchange().expectStatus().isOk();
    }

    @Test
    void theOtherActuatorEndpointsAreForOperatorsOnly() {
        anonymous().get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
        client.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri("/actuator/gateway/routes").exchange().expectStatus().isForbidden();
        operator().get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
    }

    @Test
    void theTokenEndpointIsRoutedToAuthServerWithoutAToken() {
        Backend authServer = Backends.AUTH_SERVER;
        authServer.wireMock().stubFor(post(urlEqualTo("/oauth2/token"))
                .willReturn(okJson("{\"access_token\":\"abc\",\"token_type\":\"Bearer\"}")));

        anonymous().post().uri("/oauth2/token")
                .header(HttpHeaders.AUTHORIZATION, "Basic Y2FzZS1zZXJ2aWNlOnNlY3JldA==")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("grant_type=client_credentials")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.access_token").isEqualTo("abc");

        // The client's credentials and the gateway's address reach auth-server, which names itself after it.
        authServer.wireMock().verify(postRequestedFor(urlEqualTo("/oauth2/token"))
                .withHeader(HttpHeaders.AUTHORIZATION, equalTo("Basic Y2FzZS1zZXJ2aWNlOnNlY3JldA=="))
                .withHeader("X-Forwarded-Proto", equalTo("http"))
                .withRequestBody(equalTo("grant_type=client_credentials")));
        assertThat(authServer.wireMock().getAllServeEvents().get(0).getRequest().getHeader("X-Forwarded-Host"))
                .startsWith("localhost:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/.well-known/openid-configuration", "/login", "/userinfo", "/connect/register"})
    void authServerPagesAndMetadataAreRoutedToIt(String path) {
        Backends.AUTH_SERVER.wireMock().stubFor(get(urlEqualTo(path)).willReturn(okJson("{}")));

        anonymous().get().uri(path).exchange().expectStatus().isOk();

        Backends.AUTH_SERVER.wireMock().verify(getRequestedFor(urlEqualTo(path)));
    }

    @Test
    void logoutIsRoutedToAuthServerNotAnsweredByTheGateway() {
        Backends.AUTH_SERVER.wireMock().stubFor(post(urlEqualTo("/logout"))
                .willReturn(okJson("{}").withStatus(302).withHeader("Location", "/login?logout")));

        anonymous().post().uri("/logout").contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue("_csrf=x")
                .exchange()
                .expectStatus().isFound();

        Backends.AUTH_SERVER.wireMock().verify(postRequestedFor(urlEqualTo("/logout")));
    }

    @Test
    void aPathTheFirewallRejectsIs400Problem() {
        client.get().uri("/api/cases/1;jsessionid=x").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:problem-type:malformed-request");

        assertThat(Backends.CASES.wireMock().countRequestsMatching(anyRequestedFor(anyUrl()).build()).getCount())
                .isZero();
    }

    @Test
    void securityRunsAfterRequestIdAndCorsAndBeforeTheBodyLimit() {
        List<Class<?>> order = context.getBeanProvider(WebFilter.class).orderedStream()
                .<Class<?>>map(Object::getClass)
                .filter(type -> List.of(RequestIdWebFilter.class, GatewayCorsWebFilter.class,
                        WebFilterChainProxy.class, PublicRateLimitWebFilter.class, RequestBodyLimitWebFilter.class)
                        .contains(type))
                .toList();

        assertThat(order).containsExactly(RequestIdWebFilter.class, GatewayCorsWebFilter.class,
                WebFilterChainProxy.class, PublicRateLimitWebFilter.class, RequestBodyLimitWebFilter.class);
    }
}
