package cn.procuratorate.wages.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.testing.ServiceIT;
import cn.procuratorate.wages.testing.TestTokens;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Who may do what with cases, called directly (as a request that bypasses the gateway would be). */
class CaseAccessIT extends ServiceIT {

    @Test
    void withoutATokenNothingIsReadOrWritten() {
        Map<?, ?> problem = anonymous().get().uri("/api/cases").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, v -> assertThat(v).startsWith("Bearer"))
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(problem.get("type")).isEqualTo("urn:problem-type:unauthorized");
        assertThat(problem.get("title")).isEqualTo("未登录或登录已失效");

        anonymous().post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                .body(CaseBodies.newCase("匿名登记", "110105"))
                .exchange().expectStatus().isUnauthorized();
    }

    @ParameterizedTest
    @ValueSource(strings = {"expired", "forged", "other-issuer", "garbage"})
    void aBadTokenIsRefused(String kind) {
        String token = switch (kind) {
            case "expired" -> TestTokens.token().roles("SUPERVISOR").unit(TestTokens.UNIT).expired().sign();
            case "forged" -> TestTokens.token().roles("SUPERVISOR").unit(TestTokens.UNIT).forged().sign();
            case "other-issuer" -> TestTokens.token().roles("SUPERVISOR").unit(TestTokens.UNIT)
                    .issuer("http://evil.example").sign();
            default -> "not.a.jwt";
        };
        http(token).get().uri("/api/cases").header(HttpHeaders.ACCEPT_LANGUAGE, "en").exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.detail").isEqualTo("A valid access token (Bearer) is required; sign in again.");
    }

    @Test
    void aPartnerAgencyCannotReachCases() {
        String agency = TestTokens.token().subject("hrss-agency").roles("PARTNER_AGENCY").sector("HRSS").sign();
        http(agency).get().uri("/api/cases").exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:problem-type:forbidden");
    }

    @Test
    void aClerkReadsCasesButDoesNotRegisterThem() {
        RestTestClient clerk = http(TestTokens.staff("CLERK"));
        clerk.get().uri("/api/cases").exchange().expectStatus().isOk();
        clerk.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                .body(CaseBodies.newCase("书记员登记", "110105"))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void aCaseOfAnotherUnitIsNotFoundForItsStaff() {
        String id = register(http(), CaseBodies.newCase("本院案件", "110105"));

        String otherClerk = TestTokens.token().subject("clerk2").roles("CLERK").unit(TestTokens.OTHER_UNIT).sign();
        http(otherClerk).get().uri("/api/cases/{id}", id).exchange().expectStatus().isNotFound();
        Map<?, ?> page = http(otherClerk).get().uri("/api/cases").exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat((java.util.List<?>) page.get("items")).noneMatch(item -> ((Map<?, ?>) item).get("id").equals(id));
        http(TestTokens.staff("CLERK")).get().uri("/api/cases/{id}", id).exchange().expectStatus().isOk();
    }

    @Test
    void staffRegisterInTheirOwnUnitOnly() {
        Map<?, ?> created = http().post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                .body(CaseBodies.newCase("本院登记", "110105")).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(created.get("unit")).isEqualTo(TestTokens.UNIT);

        http().post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                .body(CaseBodies.newCase("替外院登记", "110105", "unit", TestTokens.OTHER_UNIT))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void aServiceRegistersInTheUnitItNames() {
        RestTestClient service = http(TestTokens.token().subject("platform-services").roles("SERVICE").sign());
        service.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                .body(CaseBodies.newCase("移送案件", "320102")).exchange()
                .expectStatus().isBadRequest();
        String id = register(service, CaseBodies.newCase("移送案件", "320102", "unit", TestTokens.OTHER_UNIT));
        service.get().uri("/api/cases/{id}", id).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.unit").isEqualTo(TestTokens.OTHER_UNIT);
    }

    @Test
    void mongoOperatorsInValuesAreRefusedOrStoredAsText() {
        http().post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                .body("{\"title\": {\"$ne\": null}, \"regionCode\": \"110105\"}")
                .exchange().expectStatus().isBadRequest();

        String id = register(http(), CaseBodies.newCase("{\"$ne\": null}", "110105"));
        http().get().uri("/api/cases/{id}", id).exchange()
                .expectBody().jsonPath("$.title").isEqualTo("{\"$ne\": null}");
        http().get().uri("/api/cases?regionCode={r}", "{\"$ne\":null}").exchange().expectStatus().isBadRequest();
    }

    private static String register(RestTestClient client, Map<String, Object> body) {
        return (String) client.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id");
    }
}
