package cn.procuratorate.wages.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Tokens from the real auth-server, through the real gateway, to the real services. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessSystemIT {

    private static LocalSystem system;
    private static Http anonymous;

    @BeforeAll
    static void startSystem() throws Exception {
        system = LocalSystem.shared();
        anonymous = new Http(system.gateway().url());
    }

    @Test
    @Order(1)
    void withoutATokenTheGatewayAnswers401Problem() throws Exception {
        for (Http.Answer answer : java.util.List.of(anonymous.get("/api/cases"),
                anonymous.post("/api/petitions", "{}"), anonymous.get("/api/outreach/campaigns"))) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
        }
    }

    @Test
    @Order(2)
    void aClerkOfAnotherUnitDoesNotSeeTheCase() throws Exception {
        Http supervisor = new Http(system.gateway().url()).withBearer(system.token(DevClients.SUPERVISOR));
        String caseId = supervisor.post("/api/cases", CaseJson.newCase("本院案件")).json("$.id");

        Http otherClerk = new Http(system.gateway().url()).withBearer(system.token(DevClients.OTHER_UNIT_CLERK));
        assertThat(otherClerk.get("/api/cases/" + caseId).status()).isEqualTo(404);
        Http clerk = new Http(system.gateway().url()).withBearer(system.token(DevClients.CLERK));
        assertThat(clerk.get("/api/cases/" + caseId).status()).isEqualTo(200);
        assertThat(clerk.post("/api/cases", CaseJson.newCase("书记员登记")).status())
                .isEqualTo(403);
    }

    @Test
    @Order(3)
    void aWorkerSubmitsOnlineWithoutAnAccountLooksItUpAndAFloodIsStopped() throws Exception {
        String petition = """
                {"petitionerName":"赵六","phone":"13912347701","regionCode":"110105","employerName":"某劳务公司",
                 "amountOwed":"8600.00","monthsOwed":3,"summary":"工程结束后三个月的工资没有发"}""";
        Http.Answer submitted = anonymous.post("/api/public/petitions", petition);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        String queryCode = submitted.json("$.queryCode");
        assertThat(queryCode).hasSizeGreaterThanOrEqualTo(16);

        Http.Answer progress = anonymous.get("/api/public/petitions/" + queryCode + "?phoneLast4=7701");
        assertThat(progress.status()).as(progress.toString()).isEqualTo(200);
        assertThat(progress.body()).doesNotContain("13912347701").doesNotContain("赵六");
        assertThat(anonymous.get("/api/public/petitions/" + queryCode + "?phoneLast4=0000").status()).isEqualTo(404);

        // The gateway's per-IP limit for submissions (3 at once by default): the next ones are refused, not stored.
        Http.Answer refused = null;
        for (int i = 0; i < 5 && refused == null; i++) {
            Http.Answer answer = anonymous.post("/api/public/petitions", petition);
            if (answer.status() == 429) {
                refused = answer;
            }
        }
        assertThat(refused).as("a flood of submissions from one address is refused").isNotNull();
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    @Order(4)
    void tokensIssuedBeforeAnAuthServerRestartStayValid() throws Exception {
        String before = system.token(DevClients.PROCURATOR);
        String keyId = keyId(before);

        system.restart("auth-server");
        system.gateway().awaitOk("/.well-known/openid-configuration", java.time.Duration.ofSeconds(60));

        assertThat(new Http(system.gateway().url()).withBearer(before).get("/api/cases").status()).isEqualTo(200);
        String after = system.token(DevClients.PROCURATOR);
        assertThat(keyId(after)).isEqualTo(keyId);
        assertThat(anonymous.get("/oauth2/jwks").body()).contains(keyId);
    }

    /** The {@code kid} of a token's header: which of auth-server's keys signed it. */
    private static String keyId(String jwt) {
        String header = new String(Base64.getUrlDecoder().decode(jwt.substring(0, jwt.indexOf('.'))), StandardCharsets.UTF_8);
        return JsonPath.read(header, "$.kid");
    }
}
