package cn.procuratorate.wages.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oauth2Login;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The staff pages against a stand-in gateway (WireMock): the case page offers only the actions the API allows and
 * sends the version read in If-Match, a stale version says so and shows the case as it is now, the intake form's
 * identifier checks, the desk's order across services, and the petition's routing state.
 */
class ConsoleStaffPagesIT extends AgainstStandInGateway {


    static final String CASE = """
            {"id":"c1","caseNumber":"110105-2026-00007","type":"WAGE_CRIME","typeLabel":"拒不支付劳动报酬案件",
            "title":"某公司欠薪案","regionCode":"110105","industryCode":"E4710",
            "employer":{"name":"某建筑公司","creditCode":"91110105262320792R","kind":"COMPANY"},
            "workers":[{"id":"w1","name":"刘明","residentId":"320324********5297","phone":"180****3784","monthsOwed":6,
            "amountOwed":10000.00,"recovered":%s,"outstanding":%s}],
            "workflow":{"stage":"%s","stageLabel":"%s","receivedOn":"2026-11-01","dueOn":"2026-11-20","overdue":true,
            "daysLeft":-6,"handlerId":"procurator1"},
            "recovery":{"owed":10000.00,"recovered":%s,"outstanding":%s,"recoveryRate":%s},"version":%d}""";

    private static void stubCase(String stage, String stageLabel, String recovered, String rate, int version,
            String actions) {
        String outstanding = new java.math.BigDecimal("10000.00").subtract(new java.math.BigDecimal(recovered))
                .toPlainString();
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/cases/c1")).willReturn(okJson(CASE.formatted(recovered,
                outstanding, stage, stageLabel, recovered, outstanding, rate, version))));
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/cases/c1/transitions")).willReturn(okJson(actions)));
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/cases/c1/timeline")).willReturn(okJson("""
                [{"at":"2026-11-01T01:00:00Z","actor":"procurator1","action":"REGISTER","summary":"登记案件"}]""")));
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/cases/c1/payments")).willReturn(okJson("[]")));
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/cases/c1/assessment")).willReturn(okJson("""
                {"outcome":"NOT_MET","reasons":[{"condition":"AMOUNT","finding":"MET","code":"amount.met",
                "explanation":"劳动者w1被拖欠6个月劳动报酬10,000.00元，达到数额较大标准"},
                {"condition":"ORDER_TO_PAY","finding":"NOT_MET","code":"order.none","explanation":"未记录责令支付"}],
                "sentenceBand":"NOT_APPLICABLE","leniencyStage":"NOT_REPAID"}""")));
    }

    private static RequestPostProcessor procurator() {
        return oauth2Login().attributes(a -> a.put("sub", "procurator1"))
                .authorities(new SimpleGrantedAuthority("ROLE_PROCURATOR"));
    }

    @Test
    void theCasePageOffersOnlyTheActionsTheApiAllowsAndShowsTheAssessmentReasonByReason() throws Exception {
        stubCase("RECEIVED", "已受理", "0.00", "0.0000", 3, """
                [{"action":"START_ARREST_REVIEW","label":"受理提请批准逮捕","decision":false},
                 {"action":"WITHDRAW","label":"撤回","decision":false}]""");

        String page = html(mvc.perform(get("/console/cases/c1").with(procurator())).andReturn(), 200);

        assertThat(page).contains("110105-2026-00007", "已受理", "超期 6 天", "320324********5297", "180****3784",
                "data-action=\"START_ARREST_REVIEW\"", "data-action=\"WITHDRAW\"", "id=\"payment-form\"",
                "数额较大", "达到数额较大标准", "经责令支付仍不支付", "不符合", "0.0%");
        assertThat(page).doesNotContain("data-action=\"DECIDE_ARREST\"", "data-action=\"CLOSE\"");
    }

    @Test
    void inEnglishTheCasePageNamesStageTypeAndActionsInEnglishFromTheirCodes() throws Exception {
        // case-service labels its codes in Chinese only; an action it may add later keeps its own label.
        stubCase("RECEIVED", "已受理", "0.00", "0.0000", 3, """
                [{"action":"START_ARREST_REVIEW","label":"受理提请批准逮捕","decision":false},
                 {"action":"SOMETHING_NEW","label":"新操作","decision":false}]""");

        String page = html(mvc.perform(get("/console/cases/c1").param("lang", "en").with(procurator())).andReturn(),
                200);

        assertThat(page).contains("<html lang=\"en\"", "Refusal to pay wages (crime)",
                "id=\"case-stage\">Received<", "Accept the request to approve arrest", "新操作");
        assertThat(page).doesNotContain("拒不支付劳动报酬案件", ">已受理<", "受理提请批准逮捕");
    }

    @Test
    void aClerkSeesNoActionButtonsNorPaymentForm() throws Exception {
        stubCase("RECEIVED", "已受理", "0.00", "0.0000", 3, """
                [{"action":"START_ARREST_REVIEW","label":"受理提请批准逮捕","decision":false}]""");

        String page = html(mvc.perform(get("/console/cases/c1").with(oauth2Login()
                .authorities(new SimpleGrantedAuthority("ROLE_CLERK")))).andReturn(), 200);

        assertThat(page).contains("当前没有您可办理的操作。").doesNotContain("data-action=", "id=\"payment-form\"");
    }

    @Test
    void aTransitionSendsTheVersionReadAndAStaleOneShowsTheCaseAsItIsNow() throws Exception {
        stubCase("ARREST_REVIEW", "审查逮捕", "0.00", "0.0000", 4, """
                [{"action":"DECIDE_ARREST","label":"作出是否逮捕决定","decision":true}]""");
        GATEWAY.stubFor(WireMock.post(urlPathEqualTo("/api/cases/c1/transitions")).willReturn(aResponse()
                .withStatus(409).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":409,\"detail\":\"数据已被他人修改，请刷新后重试。\"}")));

        String page = html(mvc.perform(post("/console/cases/c1/transitions").with(procurator()).with(csrf())
                .header("HX-Request", "true").param("action", "START_ARREST_REVIEW").param("version", "3")
                .param("label", "受理提请批准逮捕")).andReturn(), 200);

        assertThat(page).contains("案件已被他人修改", "数据已被他人修改，请刷新后重试。", "审查逮捕",
                "data-action=\"DECIDE_ARREST\"", "name=\"version\" value=\"4\"");
        GATEWAY.verify(postRequestedFor(urlPathEqualTo("/api/cases/c1/transitions"))
                .withHeader("If-Match", equalTo("\"3\""))
                .withRequestBody(equalToJson("{\"action\":\"START_ARREST_REVIEW\"}")));
    }

    @Test
    void aDecisionFormSendsItsFieldsAndARecordedPaymentShowsTheNewRecoveryRate() throws Exception {
        stubCase("ARREST_REVIEW", "审查逮捕", "2500.00", "0.2500", 5, "[]");
        GATEWAY.stubFor(WireMock.post(urlPathEqualTo("/api/cases/c1/transitions")).willReturn(okJson("{}")));
        GATEWAY.stubFor(WireMock.post(urlPathEqualTo("/api/cases/c1/payments")).willReturn(okJson("{}")));

        String form = html(mvc.perform(get("/console/cases/c1/transitions/form").with(procurator())
                .param("action", "DECIDE_ARREST").param("version", "4").param("label", "作出是否逮捕决定"))
                .andReturn(), 200);
        mvc.perform(post("/console/cases/c1/transitions").with(procurator()).with(csrf()).header("HX-Request", "true")
                .param("action", "DECIDE_ARREST").param("version", "4").param("decision", "NO_ARREST")
                .param("reason", "NO_NECESSITY").param("note", " 已全额支付 "));
        String page = html(mvc.perform(post("/console/cases/c1/payments").with(procurator()).with(csrf())
                .header("HX-Request", "true").param("version", "4").param("workerId", "w1")
                .param("amount", "2500.00").param("paidOn", "2026-11-20").param("channel", "EMPLOYER"))
                .andReturn(), 200);

        assertThat(form).contains("name=\"decision\"", "批准逮捕", "不批准逮捕", "无逮捕必要", "name=\"note\"");
        GATEWAY.verify(postRequestedFor(urlPathEqualTo("/api/cases/c1/transitions")).withRequestBody(equalToJson(
                "{\"action\":\"DECIDE_ARREST\",\"decision\":\"NO_ARREST\",\"reason\":\"NO_NECESSITY\",\"note\":\"已全额支付\"}")));
        GATEWAY.verify(postRequestedFor(urlPathEqualTo("/api/cases/c1/payments")).withHeader("If-Match", equalTo("\"4\""))
                .withRequestBody(equalToJson("{\"workerId\":\"w1\",\"amount\":\"2500.00\",\"paidOn\":\"2026-11-20\","
                        + "\"channel\":\"EMPLOYER\"}")));
        assertThat(page).contains("支付已登记。", "25.0%", "2,500.00");
    }

    @Test
    void theIntakeFormChecksIdentifiersAsTheyAreTyped() throws Exception {
        RequestPostProcessor clerk = oauth2Login().authorities(new SimpleGrantedAuthority("ROLE_CLERK"));

        String wrongCheck = html(mvc.perform(get("/console/petitions/validate/resident-id").with(clerk)
                .param("petitionerResidentId", "110105194912310021")).andReturn(), 200);
        String right = html(mvc.perform(get("/console/petitions/validate/resident-id").with(clerk)
                .param("petitionerResidentId", "11010519491231002x")).andReturn(), 200);
        String noDate = html(mvc.perform(get("/console/petitions/validate/resident-id").with(clerk)
                .param("petitionerResidentId", "110105194902310026")).andReturn(), 200);
        String badCode = html(mvc.perform(get("/console/petitions/validate/credit-code").with(clerk)
                .param("employerCreditCode", "91110105262320792A")).andReturn(), 200);

        assertThat(wrongCheck).contains("field-error", "校验码不符（GB 11643）");
        assertThat(right).contains("field-ok", "身份证号码校验通过");
        assertThat(noDate).contains("出生日期不存在");
        assertThat(badCode).contains("field-error", "GB 32100");
    }

    @Test
    void theDeskPutsTheMostUrgentFirstAcrossCasesPetitionsAndSuggestions() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/cases")).willReturn(okJson("""
                {"items":[{"id":"c1","caseNumber":"110105-2026-00007","title":"某公司欠薪案","stageLabel":"审查逮捕",
                "dueOn":"%s","daysLeft":-2}],"page":0,"size":50,"totalItems":1,"totalPages":1}"""
                .formatted(today.minusDays(2)))));
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/petitions")).willReturn(okJson("""
                {"items":[{"id":"p1","channelLabel":"来信","petitionerName":"赵大勇","summary":"两个月工资未发",
                "stage":"RECEIVED","proceduralReply":{"due":"%s","sentOn":null}}],
                "page":0,"size":50,"totalItems":1,"totalPages":1}""".formatted(today.minusDays(5)))));
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/outreach/suggestions")).willReturn(okJson("""
                {"items":[{"id":"s1","kindLabel":"社会治理检察建议","recipient":{"name":"某区人社局"},
                "issue":{"documentNumber":"京朝检建〔2026〕9号","replyDueOn":"%s"},"daysUntilReplyDue":3}],
                "page":0,"size":50,"totalItems":1,"totalPages":1}""".formatted(today.plusDays(3)))));

        String page = html(mvc.perform(get("/console").with(procurator())).andReturn(), 200);

        assertThat(page).contains("2 项已超期，1 项 7 日内到期");
        int petition = page.indexOf("/console/petitions/p1");
        int caseFile = page.indexOf("/console/cases/c1");
        int suggestion = page.indexOf("/console/outreach/suggestions/s1");
        assertThat(petition).isPositive().isLessThan(caseFile);
        assertThat(caseFile).isLessThan(suggestion);
        assertThat(page).contains("超期 5 天", "超期 2 天", "剩 3 天");
    }

    @Test
    void aDeliveredRoutingLinksTheCaseAndAPendingOneKeepsAsking() throws Exception {
        String petition = """
                {"id":"p1","channel":"LETTER","channelLabel":"来信","petitionerName":"赵大勇",
                "petitionerResidentId":"110105********002X","summary":"两个月工资未发","stage":"HANDLED",
                "stageLabel":"已办理","receivedAt":"2026-11-20T02:00:00Z","replies":[],"routing":%s,
                "proposedDuplicateOf":null,"allowedSteps":["PROCEDURAL_REPLY"],"version":2}""";
        RequestPostProcessor clerk = oauth2Login().authorities(new SimpleGrantedAuthority("ROLE_CLERK"));
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/petitions/p1/timeline")).willReturn(okJson("[]")));

        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/petitions/p1")).willReturn(okJson(petition.formatted("""
                {"caseType":"WAGE_CRIME","state":"DELIVERED","attempts":1,"caseId":"c1",
                "caseNumber":"110105-2026-00219"}"""))));
        String delivered = html(mvc.perform(get("/console/petitions/p1").with(clerk)).andReturn(), 200);
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/petitions/p1")).willReturn(okJson(petition.formatted("""
                {"caseType":"WAGE_CRIME","state":"PENDING","attempts":2}"""))));
        String pending = html(mvc.perform(get("/console/petitions/p1").with(clerk)).andReturn(), 200);

        assertThat(delivered).contains("已转为案件", "href=\"/console/cases/c1\"", "110105-2026-00219",
                "110105********002X").doesNotContain("hx-trigger=\"every 3s\"", "id=\"route-form\"");
        assertThat(pending).contains("等待案件系统确认", "已尝试 2 次", "hx-trigger=\"every 3s\"");
    }

    @Test
    void aPetitionIsMergedIntoItsDuplicateOrTransferredAndTheServicesRefusalKeepsWhatWasTyped() throws Exception {
        String duplicateId = "6571f0a2b3c4d5e6f7a8b9c0";
        RequestPostProcessor clerk = oauth2Login().authorities(new SimpleGrantedAuthority("ROLE_CLERK"));
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/petitions/p1")).willReturn(okJson("""
                {"id":"p1","channel":"VISIT","channelLabel":"来访","petitionerName":"赵大勇","summary":"两个月工资未发",
                "stage":"PROCEDURAL_REPLY_SENT","stageLabel":"已程序性答复","receivedAt":"2026-11-20T02:00:00Z",
                "replies":[],"routing":null,"handling":null,"proposedDuplicateOf":"%s",
                "allowedSteps":["HANDLE"],"version":2}""".formatted(duplicateId))));
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/petitions/" + duplicateId)).willReturn(okJson("""
                {"id":"%s","channel":"LETTER","channelLabel":"来信","petitionerName":"赵大勇","summary":"工资未发",
                "stage":"HANDLED","receivedAt":"2026-11-01T02:00:00Z","replies":[],"allowedSteps":[],"version":5}"""
                .formatted(duplicateId))));
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/petitions/p1/timeline")).willReturn(okJson("[]")));
        GATEWAY.stubFor(WireMock.post(urlPathEqualTo("/api/petitions/p1/handling"))
                .withRequestBody(WireMock.matchingJsonPath("$.outcome", equalTo("MERGED"))).willReturn(okJson("{}")));
        GATEWAY.stubFor(WireMock.post(urlPathEqualTo("/api/petitions/p1/handling"))
                .withRequestBody(WireMock.matchingJsonPath("$.outcome", equalTo("TRANSFERRED"))).willReturn(aResponse()
                        .withStatus(400).withHeader("Content-Type", "application/problem+json").withBody("""
                                {"status":400,"detail":"请求内容有误","errors":[{"field":"completeForItsOutcome",
                                "message":"移送须写明接收机关和理由"}]}""")));

        String page = html(mvc.perform(get("/console/petitions/p1").with(clerk)).andReturn(), 200);
        String merged = html(mvc.perform(post("/console/petitions/p1/handling").with(clerk).with(csrf())
                .header("HX-Request", "true").param("version", "2").param("outcome", "MERGED")
                .param("mergedInto", duplicateId).param("agency", "").param("note", "同一事项")).andReturn(), 200);
        String refused = html(mvc.perform(post("/console/petitions/p1/handling").with(clerk).with(csrf())
                .header("HX-Request", "true").param("version", "2").param("outcome", "TRANSFERRED")
                .param("agency", "").param("mergedInto", duplicateId).param("note", "属劳动监察职责")).andReturn(), 200);

        assertThat(page).contains("id=\"handling-form\"", "value=\"TRANSFERRED\"", "value=\"ANSWERED\"",
                "value=\"MERGED\"", "移送其他机关", "直接答复", "合并办理", "value=\"" + duplicateId + "\"");
        GATEWAY.verify(postRequestedFor(urlPathEqualTo("/api/petitions/p1/handling"))
                .withHeader("If-Match", equalTo("\"2\""))
                .withRequestBody(equalToJson("{\"outcome\":\"MERGED\",\"mergedInto\":\"" + duplicateId + "\"}")));
        assertThat(merged).contains("已保存。");
        assertThat(refused).contains("移送须写明接收机关和理由", "属劳动监察职责", "id=\"handling-panel\" open");
        GATEWAY.verify(postRequestedFor(urlPathEqualTo("/api/petitions/p1/handling")).withRequestBody(
                equalToJson("{\"outcome\":\"TRANSFERRED\",\"note\":\"属劳动监察职责\"}")));
    }

    @Test
    void aHandledPetitionSaysHowAndOffersNoHandlingForm() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/petitions/p1")).willReturn(okJson("""
                {"id":"p1","channel":"LETTER","channelLabel":"来信","petitionerName":"赵大勇","summary":"两个月工资未发",
                "stage":"HANDLED","stageLabel":"已办理","receivedAt":"2026-11-20T02:00:00Z","replies":[],
                "handling":{"outcome":"TRANSFERRED","agency":"某区人社局劳动保障监察大队","note":"属劳动监察职责",
                "handledOn":"2026-11-22"},"allowedSteps":["RESULT_REPLY"],"version":3}""")));
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/petitions/p1/timeline")).willReturn(okJson("[]")));

        String page = html(mvc.perform(get("/console/petitions/p1").param("lang", "en")
                .with(oauth2Login().authorities(new SimpleGrantedAuthority("ROLE_CLERK")))).andReturn(), 200);

        assertThat(page).contains("id=\"handling\"", "Transfer to another agency", "某区人社局劳动保障监察大队",
                "属劳动监察职责", "2026-11-22", "Letter", "Handled").doesNotContain("id=\"handling-form\"");
    }

    private static String html(MvcResult result, int status) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
