package cn.procuratorate.wages.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oauth2Login;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import org.springframework.http.MediaType;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The console against a stand-in gateway (WireMock): pages render what the API answers, failed calls become clear
 * messages, public calls name the browser's address, staff calls carry the user's token, and the language switches.
 */
class ConsolePagesIT extends AgainstStandInGateway {


    @Test
    void thePublicHomeListsPublishedMaterialsAndNamesTheBrowserToTheGateway() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/public/outreach/materials")).willReturn(okJson("""
                {"items":[{"id":"m1","kind":"LEAFLET","kindLabel":"宣传单","title":"工资支付暂行规定解读",
                "summary":"用人单位应当按月支付工资","publishedOn":"2026-03-01"}],
                "page":0,"size":10,"totalItems":1,"totalPages":1}""")));

        String page = html(mvc.perform(get("/public").with(request -> {
            request.setRemoteAddr("198.51.100.7");
            return request;
        })).andReturn(), 200);

        assertThat(page).contains("lang=\"zh-CN\"", "工资支付暂行规定解读", "在线提交求助", "查询办理进度",
                "href=\"#main\"");
        GATEWAY.verify(getRequestedFor(urlPathEqualTo("/api/public/outreach/materials"))
                .withHeader("X-Client-Address", equalTo("198.51.100.7"))
                .withHeader("X-Client-Address-Key", equalTo("test-forwarder-key"))
                .withoutHeader("Authorization"));
    }

    @Test
    void aRateLimitedPublicCallSaysSoAndWhenToTryAgain() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/public/outreach/materials")).willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "application/problem+json").withHeader("Retry-After", "17")
                .withBody("{\"status\":429,\"title\":\"Too Many Requests\",\"detail\":\"请求过多\"}")));

        String page = html(mvc.perform(get("/public")).andReturn(), 200);

        assertThat(page).contains("请求过于频繁，请稍后再试。", "请在 17 秒后再试。", "请求过多");
    }

    @Test
    void inEnglishThePublicHomeNamesAMaterialsKindInEnglish() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/public/outreach/materials")).willReturn(okJson("""
                {"items":[{"id":"m1","kind":"FAQ","kindLabel":"常见问题解答","title":"工资支付暂行规定解读",
                "summary":"用人单位应当按月支付工资","publishedOn":"2026-03-01"}],
                "page":0,"size":10,"totalItems":1,"totalPages":1}""")));

        String page = html(mvc.perform(get("/public").param("lang", "en")).andReturn(), 200);

        assertThat(page).contains("Questions and answers", "工资支付暂行规定解读").doesNotContain("常见问题解答");
    }

    @Test
    void theLanguageSwitchesToEnglishAndStaysInACookie() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/public/outreach/materials")).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":503,\"detail\":\"outreach-service is unavailable\"}")));

        MvcResult english = mvc.perform(get("/public").param("lang", "en")).andReturn();
        Cookie language = english.getResponse().getCookie("CONSOLE_LANG");
        String later = html(mvc.perform(get("/public").cookie(language)).andReturn(), 200);

        assertThat(html(english, 200)).contains("lang=\"en\"", "Ask for help online");
        assertThat(later).contains("lang=\"en\"", "The service is unavailable at the moment.",
                "outreach-service is unavailable");
        GATEWAY.verify(getRequestedFor(urlPathEqualTo("/api/public/outreach/materials"))
                .withHeader("Accept-Language", equalTo("en")));
    }

    @Test
    void aStaffPageSendsTheBrowserToAuthServerWithPkce() throws Exception {
        MvcResult toLogin = mvc.perform(get("/console").accept(MediaType.TEXT_HTML)).andReturn();
        assertThat(toLogin.getResponse().getRedirectedUrl()).endsWith("/console/oauth2/authorization/console");

        MvcResult authorize = mvc.perform(get("/console/oauth2/authorization/console")).andReturn();
        assertThat(authorize.getResponse().getRedirectedUrl())
                .startsWith("http://gateway.test/oauth2/authorize?")
                .contains("client_id=console", "code_challenge=", "code_challenge_method=S256",
                        "redirect_uri=http://localhost/console/login/oauth2/code/console");
    }

    @Test
    void theDeskListsTheOverdueCasesWithTheUsersTokenAndNamesTheUser() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/cases")).willReturn(okJson("""
                {"items":[{"id":"c1","caseNumber":"京朝检民〔2026〕1号","title":"某工地欠薪案","stageLabel":"审查",
                "dueOn":"2026-01-10","daysLeft":-3,"employerName":"某建筑公司"}],
                "page":0,"size":20,"totalItems":1,"totalPages":1}""")));

        String page = html(mvc.perform(get("/console").with(oauth2Login()
                .attributes(attributes -> attributes.put("sub", "clerk1"))
                .authorities(new SimpleGrantedAuthority("ROLE_CLERK")))).andReturn(), 200);

        assertThat(page).contains("当前用户：clerk1", "京朝检民〔2026〕1号", "超期 3 天", "aria-current=\"page\"");
        GATEWAY.verify(getRequestedFor(urlPathEqualTo("/api/cases")).withQueryParam("overdue", equalTo("true"))
                .withHeader("Authorization", equalTo("Bearer access-token")));
    }

    @Test
    void aServiceDownOnTheDeskIsAMessageWhereTheListWouldBe() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/cases")).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":503,\"detail\":\"case-service 暂时不可用\",\"requestId\":\"r-42\"}")));

        String page = html(mvc.perform(get("/console").with(oauth2Login()
                .authorities(new SimpleGrantedAuthority("ROLE_CLERK")))).andReturn(), 200);

        assertThat(page).contains("我的工作台", "服务暂时不可用，请稍后再试。", "case-service 暂时不可用", "请求编号：r-42");
    }

    @Test
    void theGatewayUnreachableIsAServiceUnavailableMessage() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/public/outreach/materials"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        String page = html(mvc.perform(get("/public")).andReturn(), 200);

        assertThat(page).contains("服务暂时不可用，请稍后再试。");
    }

    private static String html(MvcResult result, int status) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
