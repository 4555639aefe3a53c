package cn.procuratorate.wages.console.publicsite;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.procuratorate.wages.console.AgainstStandInGateway;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The public pages against a stand-in gateway (WireMock): submitting online (checked as typed, one petition per
 * form, the code shown big), looking up progress (a wrong code and a wrong phone suffix read the same), the legal
 * materials, and a clear message for each failure: field error, rate limit, service down, anything else.
 */
class PublicPagesIT extends AgainstStandInGateway {

    /** GB 11643 example number with a right check character, and the same with a wrong one. */
    static final String GOOD_ID = "11010519491231002X";
    static final String BAD_ID = "110105194912310021";
    static final String CODE = "7K2M9QX4HB3DW8NP5RTZ";

    @Test
    void theFormChecksAResidentIdAsItIsTypedWithThePlatformsRules() throws Exception {
        String form = html(mvc.perform(get("/public/petitions/new")).andReturn());
        assertThat(form).contains("<label for=\"residentId\"", "hx-post=\"/public/petitions/check/residentId\"",
                "name=\"idempotencyKey\"");

        String bad = html(mvc.perform(post("/public/petitions/check/residentId").param("residentId", BAD_ID)
                .with(csrf())).andReturn());
        String good = html(mvc.perform(post("/public/petitions/check/residentId").param("residentId", GOOD_ID)
                .with(csrf())).andReturn());
        String badPhone = html(mvc.perform(post("/public/petitions/check/phone").param("phone", "1391234")
                .param("lang", "en").with(csrf())).andReturn());

        assertThat(bad).contains("id=\"residentId-error\"", "居民身份证号码的校验码不正确");
        assertThat(good).contains("id=\"residentId-error\"").doesNotContain("校验码");
        assertThat(badPhone).contains("is not a valid phone number");
        assertThat(GATEWAY.getAllServeEvents()).isEmpty();
    }

    @Test
    void aSubmittedPetitionShowsItsQueryCodeAndASecondTapMakesNoSecondPetition() throws Exception {
        GATEWAY.stubFor(WireMock.post(urlPathEqualTo("/api/public/petitions")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"queryCode":"%s","queryCodeAlreadyIssued":false,"notice":"请妥善保存查询码",
                        "receivedAt":"2026-03-02T01:30:00Z","proceduralReplyDue":"2026-03-09",
                        "resultReplyDue":"2026-06-02"}""".formatted(CODE))));
        String key = idempotencyKey(html(mvc.perform(get("/public/petitions/new")).andReturn()));

        String receipt = html(mvc.perform(validPetition(key).with(request -> {
            request.setRemoteAddr("198.51.100.9");
            return request;
        })).andReturn());

        assertThat(receipt).contains("7K2M-9QX4-HB3D-W8NP-5RTZ", "查询码只显示这一次", "手机号码的后四位（7701）",
                "2026-03-02 09:30", "2026-03-09 前", "2026-06-02 前");
        // No language switch (it would reload the page without the code): the key sentences in English too.
        assertThat(receipt).doesNotContain("class=\"language-switch\"")
                .contains("lang=\"en\"", "Your query code", "shown only this once");
        GATEWAY.verify(postRequestedFor(urlPathEqualTo("/api/public/petitions"))
                .withHeader("Idempotency-Key", equalTo(key))
                .withHeader("X-Client-Address", equalTo("198.51.100.9"))
                .withRequestBody(equalToJson("""
                        {"petitionerName":"王五","phone":"13912347701","residentId":"%s","regionCode":"110105",
                        "employerName":"某劳务公司","amountOwed":"8600.50","monthsOwed":3,"workersAffected":null,
                        "summary":"工程结束后三个月的工资没有发"}""".formatted(GOOD_ID))));

        // The same form again (a double tap, a retry after a lost answer): the service says "already issued".
        GATEWAY.stubFor(WireMock.post(urlPathEqualTo("/api/public/petitions")).willReturn(okJson("""
                {"queryCode":null,"queryCodeAlreadyIssued":true,"notice":"该信访件已经提交",
                "receivedAt":"2026-03-02T01:30:00Z","proceduralReplyDue":"2026-03-09","resultReplyDue":"2026-06-02"}""")));
        String again = html(mvc.perform(validPetition(key)).andReturn());

        assertThat(again).contains("7K2M-9QX4-HB3D-W8NP-5RTZ", "没有重复登记");
        // The receipt's language switch links to its own path: the empty form, not an error.
        assertThat(mvc.perform(get("/public/petitions").param("lang", "en")).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/public/petitions/new");
        GATEWAY.verify(2, postRequestedFor(urlPathEqualTo("/api/public/petitions"))
                .withHeader("Idempotency-Key", equalTo(key)));
    }

    @Test
    void aBadResidentIdIsAFieldErrorAndNothingIsSent() throws Exception {
        String page = html(mvc.perform(petition("key-1", BAD_ID)).andReturn());

        assertThat(page).contains("id=\"error-summary\"", "居民身份证号码的校验码不正确", "aria-invalid=\"true\"",
                // what the worker typed is still there
                "value=\"王五\"", "value=\"" + BAD_ID + "\"", "value=\"key-1\"");
        assertThat(GATEWAY.getAllServeEvents()).isEmpty();
    }

    @Test
    void fieldErrorsOfTheServiceAreShownNextToTheirFields() throws Exception {
        GATEWAY.stubFor(WireMock.post(urlPathEqualTo("/api/public/petitions")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"status":400,"detail":"请求内容有误","errors":[{"field":"employerName","message":"不能为空白"}]}""")));

        String page = html(mvc.perform(validPetition("key-2")).andReturn());

        assertThat(page).contains("id=\"employerName-error\"", "不能为空白", "value=\"王五\"");
    }

    @Test
    void aRateLimitedSubmissionSaysTooManyRequestsAndInHowManyMinutesAndKeepsTheForm() throws Exception {
        GATEWAY.stubFor(WireMock.post(urlPathEqualTo("/api/public/petitions")).willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "application/problem+json").withHeader("Retry-After", "100")
                .withBody("{\"status\":429,\"title\":\"Too Many Requests\"}")));

        String page = html(mvc.perform(validPetition("key-3")).andReturn());
        String english = html(mvc.perform(validPetition("key-3").param("lang", "en")).andReturn());

        assertThat(page).contains("请求过于频繁，请稍后再试。", "请在 2 分钟后再试。", "value=\"王五\"", "value=\"key-3\"");
        assertThat(english).contains("Too many requests.", "Please try again in 2 minutes.");
    }

    @Test
    void aServiceDownIsSaidSoAndAnUnexpectedFailureShowsNoRawAnswer() throws Exception {
        GATEWAY.stubFor(WireMock.post(urlPathEqualTo("/api/public/petitions")).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":503,\"detail\":\"petition-service 暂时不可用\"}")));
        String down = html(mvc.perform(validPetition("key-4")).andReturn());

        GATEWAY.stubFor(WireMock.post(urlPathEqualTo("/api/public/petitions")).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "text/plain")
                .withBody("java.lang.NullPointerException\n\tat cn.procuratorate.Something(Something.java:1)")));
        String failed = html(mvc.perform(validPetition("key-4")).andReturn());

        GATEWAY.stubFor(WireMock.post(urlPathEqualTo("/api/public/petitions"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        String unreachable = html(mvc.perform(validPetition("key-4")).andReturn());

        assertThat(down).contains("服务暂时不可用，请稍后再试。", "value=\"王五\"");
        assertThat(failed).contains("系统出错，请稍后再试").doesNotContain("NullPointerException", "Something.java");
        assertThat(unreachable).contains("服务暂时不可用，请稍后再试。", "value=\"王五\"");
    }

    @Test
    void theLookUpShowsStageRepliesAndCaseNumber() throws Exception {
        // The code as the worker typed it: the service reads dashes and case its own way.
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/public/petitions/7k2m-9qx4-hb3d-w8np-5rtz")).willReturn(okJson("""
                {"status":"PROCEDURAL_REPLY_SENT","statusText":"已受理并答复，正在办理","channel":"ONLINE",
                "channelText":"网上信访","receivedAt":"2026-03-02T01:30:00Z",
                "proceduralReply":{"due":"2026-03-09","state":"SENT","stateText":"已答复","sentOn":"2026-03-04",
                  "text":"您反映的欠薪问题已受理，我院将依法办理。"},
                "resultReply":{"due":"2026-06-02","state":"PENDING","stateText":"尚未答复","sentOn":null,"text":null},
                "caseNumber":"京朝检民〔2026〕12号"}""")));

        String page = html(lookup("7k2m-9qx4-hb3d-w8np-5rtz", "7701"));

        assertThat(page).contains("已受理并答复，正在办理", "您反映的欠薪问题已受理，我院将依法办理。", "京朝检民〔2026〕12号",
                "2026-03-04 答复", "应于 2026-06-02 前答复");
        GATEWAY.verify(getRequestedFor(urlPathEqualTo("/api/public/petitions/7k2m-9qx4-hb3d-w8np-5rtz"))
                .withQueryParam("phoneLast4", equalTo("7701")));
    }

    @Test
    void aWrongQueryCodeAndAWrongPhoneSuffixReadTheSame() throws Exception {
        // The service answers both with the same 404; its detail may differ (e.g. a translation): never shown.
        GATEWAY.stubFor(WireMock.get(urlPathMatching("/api/public/petitions/.*")).withQueryParam("phoneLast4",
                equalTo("0000")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":404,\"detail\":\"phone does not match\"}")));
        GATEWAY.stubFor(WireMock.get(urlPathMatching("/api/public/petitions/WRONG.*")).willReturn(aResponse()
                .withStatus(404).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":404,\"detail\":\"no such code\"}")));

        String wrongPhone = notFoundMessage(html(lookup(CODE, "0000")));
        String wrongCode = notFoundMessage(html(lookup("WRONGCODE0000000000", "7701")));

        assertThat(wrongPhone).contains("没有找到与该查询码和手机号后四位相符的求助。").isEqualTo(wrongCode);
    }

    @Test
    void aLookUpRateLimitedPerCodeSaysInHowManyMinutes() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathMatching("/api/public/petitions/.*")).willReturn(aResponse()
                .withStatus(429).withHeader("Content-Type", "application/problem+json").withHeader("Retry-After", "600")
                .withBody("{\"status\":429}")));

        String page = html(lookup(CODE, "7701"));

        assertThat(page).contains("请求过于频繁，请稍后再试。", "请在 10 分钟后再试。").doesNotContain("lookup-not-found");
    }

    @Test
    void theLookUpAsksForFourDigitsWithoutAskingTheService() throws Exception {
        String page = html(lookup(CODE, "77"));

        assertThat(page).contains("请输入手机号码的后四位数字");
        assertThat(GATEWAY.getAllServeEvents()).isEmpty();
    }

    @Test
    void theMaterialsAreListedByKindAndOneIsReadWithItsQuestionsAndLaws() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/public/outreach/materials")).willReturn(okJson("""
                {"items":[{"id":"m1","kind":"FAQ","kindLabel":"常见问题","audience":"WORKERS","version":2,
                "title":"被拖欠工资怎么办","summary":"先固定证据","laws":[],"publishedOn":"2026-03-01"}],
                "page":0,"size":10,"totalItems":11,"totalPages":2}""")));
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/public/outreach/materials/m1")).willReturn(okJson("""
                {"id":"m1","kind":"FAQ","kindLabel":"常见问题","audience":"WORKERS","version":2,"latestVersion":2,
                "title":"被拖欠工资怎么办","summary":"先固定证据","body":"第一段。\\n\\n第二段。",
                "questions":[{"question":"没有劳动合同能讨薪吗？","answer":"能。工资条、考勤记录都可以作为证据。"}],
                "laws":[{"title":"《保障农民工工资支付条例》","provisions":"第三条"}],"publishedOn":"2026-03-01"}""")));
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/public/outreach/materials/nope")).willReturn(aResponse()
                .withStatus(404).withHeader("Content-Type", "application/problem+json").withBody("{\"status\":404}")));

        String list = html(mvc.perform(get("/public/materials").param("kind", "FAQ")).andReturn());
        MvcResult everyKind = mvc.perform(get("/public/materials")).andReturn();
        String one = html(mvc.perform(get("/public/materials/m1")).andReturn());
        MvcResult missing = mvc.perform(get("/public/materials/nope")).andReturn();

        assertThat(list).contains("被拖欠工资怎么办", "写给农民工", "第 1 / 2 页", "href=\"/public/materials/m1\"");
        GATEWAY.verify(getRequestedFor(urlPathEqualTo("/api/public/outreach/materials"))
                .withQueryParam("kind", equalTo("FAQ")).withQueryParam("page", equalTo("0")));
        assertThat(everyKind.getResponse().getStatus()).as("the list the home page links to, no kind chosen")
                .isEqualTo(200);
        assertThat(everyKind.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("被拖欠工资怎么办");
        GATEWAY.verify(getRequestedFor(urlPathEqualTo("/api/public/outreach/materials"))
                .withQueryParam("kind", WireMock.absent()).withQueryParam("page", equalTo("0")));
        assertThat(one).contains("<h1 id=\"material-title\">被拖欠工资怎么办</h1>", "<p>第一段。</p>", "<p>第二段。</p>",
                "没有劳动合同能讨薪吗？", "《保障农民工工资支付条例》", "第三条", "（第 2 版）");
        assertThat(missing.getResponse().getStatus()).isEqualTo(404);
        assertThat(missing.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("未找到所要的内容");
    }

    private MockHttpServletRequestBuilder validPetition(String key) {
        return petition(key, GOOD_ID);
    }

    private MockHttpServletRequestBuilder petition(String key, String residentId) {
        return post("/public/petitions").with(csrf())
                .param("idempotencyKey", key)
                .param("petitionerName", "王五")
                .param("phone", "139 1234 7701".replace(" ", ""))
                .param("residentId", residentId)
                .param("regionCode", "110105")
                .param("employerName", "某劳务公司")
                .param("amountOwed", "8600.50")
                .param("monthsOwed", "3")
                .param("workersAffected", "")
                .param("summary", "工程结束后三个月的工资没有发");
    }

    private MvcResult lookup(String code, String phoneLast4) throws Exception {
        return mvc.perform(post("/public/petitions/lookup").with(csrf()).param("code", code)
                .param("phoneLast4", phoneLast4)).andReturn();
    }

    private static String idempotencyKey(String form) {
        Matcher key = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"").matcher(form);
        assertThat(key.find()).as("the form carries its Idempotency-Key").isTrue();
        return key.group(1);
    }

    private static String notFoundMessage(String page) {
        Matcher message = Pattern.compile("<div id=\"lookup-not-found\".*?</div>", Pattern.DOTALL).matcher(page);
        assertThat(message.find()).as(page).isTrue();
        return message.group();
    }

    private static String html(MvcResult result) throws Exception {
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(body).isEqualTo(200);
        return body;
    }
}
