package cn.procuratorate.wages.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A signed-in user's tokens as the browser's session really holds them (security context and authorized client in
 * the session, no test shortcuts), against a stand-in gateway and auth-server (WireMock): an expired access token is
 * refreshed before the API call; a refused refresh or a 401 from the gateway sends the browser through sign-in at
 * auth-server, back to the same page, instead of showing an error.
 */
class StaffTokensIT extends AgainstStandInGateway {


    static final String NO_CAMPAIGNS = "{\"items\":[],\"page\":0,\"size\":20,\"totalItems\":0,\"totalPages\":0}";

    @Autowired
    OAuth2AuthorizedClientRepository storedTokens;

    @Autowired
    ClientRegistrationRepository registrations;

    @Test
    void anExpiredAccessTokenIsRefreshedBeforeTheApiCallAndKeptForTheNextPage() throws Exception {
        MockHttpSession session = signedInSession(Instant.now().minusSeconds(60));
        GATEWAY.stubFor(WireMock.post(urlPathEqualTo("/oauth2/token")).willReturn(okJson("""
                {"access_token":"fresh-token","token_type":"Bearer","expires_in":300,"refresh_token":"refresh-2"}""")));
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/outreach/campaigns"))
                .withHeader("Authorization", equalTo("Bearer fresh-token")).willReturn(okJson(NO_CAMPAIGNS)));

        MvcResult first = mvc.perform(get("/console/outreach/campaigns").session(session)).andReturn();
        MvcResult second = mvc.perform(get("/console/outreach/campaigns").session(session)).andReturn();

        assertThat(first.getResponse().getStatus()).as(body(first)).isEqualTo(200);
        assertThat(body(first)).contains("当前用户：clerk1").doesNotContain("class=\"problem\"");
        assertThat(second.getResponse().getStatus()).isEqualTo(200);
        GATEWAY.verify(1, postRequestedFor(urlPathEqualTo("/oauth2/token"))
                .withRequestBody(containing("grant_type=refresh_token"))
                .withRequestBody(containing("refresh_token=refresh-1")));
        GATEWAY.verify(2, getRequestedFor(urlPathEqualTo("/api/outreach/campaigns"))
                .withHeader("Authorization", equalTo("Bearer fresh-token")));
        GATEWAY.verify(0, getRequestedFor(urlPathEqualTo("/api/outreach/campaigns"))
                .withHeader("Authorization", equalTo("Bearer old-token")));
    }

    @Test
    void aRefusedRefreshSendsTheBrowserToSignInAgain() throws Exception {
        MockHttpSession session = signedInSession(Instant.now().minusSeconds(60));
        GATEWAY.stubFor(WireMock.post(urlPathEqualTo("/oauth2/token")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"invalid_grant\"}")));

        MvcResult result = mvc.perform(get("/console/outreach/campaigns").session(session)).andReturn();

        assertSentToSignIn(result, session);
        GATEWAY.verify(0, getRequestedFor(urlPathEqualTo("/api/outreach/campaigns")));
    }

    @Test
    void a401FromTheGatewaySendsTheBrowserToSignInAgainAndBackToThePage() throws Exception {
        MockHttpSession session = signedInSession(Instant.now().plusSeconds(600));
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/outreach/campaigns")).willReturn(aResponse()
                .withStatus(401).withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"")));

        MvcResult result = mvc.perform(get("/console/outreach/campaigns").session(session)).andReturn();

        assertSentToSignIn(result, session);
        GATEWAY.verify(1, getRequestedFor(urlPathEqualTo("/api/outreach/campaigns"))
                .withHeader("Authorization", equalTo("Bearer old-token")));
    }

    @Test
    void a401DuringAnHtmxRequestSendsTheWholePageThroughSignIn() throws Exception {
        MockHttpSession session = signedInSession(Instant.now().plusSeconds(600));
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/outreach/campaigns")).willReturn(aResponse()
                .withStatus(401)));

        MvcResult result = mvc.perform(get("/console/outreach/campaigns").session(session)
                .header("HX-Request", "true")
                .header("HX-Current-URL", "http://gateway.test/console/outreach/campaigns?page=1"))
                .andReturn();

        // An XMLHttpRequest cannot show auth-server's form: htmx is told to load the page itself, which signs in.
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getHeader("HX-Redirect")).isEqualTo("/console/outreach/campaigns?page=1");
        assertThat(storedClient(session)).isNull();
    }

    private void assertSentToSignIn(MvcResult result, MockHttpSession session) {
        assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl())
                .startsWith("http://gateway.test/oauth2/authorize?")
                .contains("client_id=console", "code_challenge=");
        assertThat(storedClient(session)).as("the unusable token is dropped").isNull();
        // After signing in, the browser comes back to the page it asked for.
        assertThat(session.getAttribute("SPRING_SECURITY_SAVED_REQUEST")).asString()
                .contains("/console/outreach/campaigns");
    }

    /** A clerk's session as sign-in leaves it: security context and the tokens (access token "old-token"). */
    private MockHttpSession signedInSession(Instant accessTokenExpiresAt) {
        DefaultOAuth2User clerk = new DefaultOAuth2User(List.of(new SimpleGrantedAuthority("ROLE_CLERK")),
                Map.of("sub", "clerk1"), "sub");
        OAuth2AuthenticationToken user = new OAuth2AuthenticationToken(clerk, clerk.getAuthorities(), "console");
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(user));
        OAuth2AuthorizedClient tokens = new OAuth2AuthorizedClient(registrations.findByRegistrationId("console"),
                "clerk1", new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "old-token",
                        accessTokenExpiresAt.minusSeconds(300), accessTokenExpiresAt),
                new OAuth2RefreshToken("refresh-1", Instant.now().minusSeconds(900)));
        storedTokens.saveAuthorizedClient(tokens, user, request(session), new MockHttpServletResponse());
        return session;
    }

    private OAuth2AuthorizedClient storedClient(MockHttpSession session) {
        OAuth2AuthenticationToken user = (OAuth2AuthenticationToken) ((SecurityContextImpl) session
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).getAuthentication();
        return storedTokens.loadAuthorizedClient("console", user, request(session));
    }

    private static MockHttpServletRequest request(MockHttpSession session) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        return request;
    }

    private static String body(MvcResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
