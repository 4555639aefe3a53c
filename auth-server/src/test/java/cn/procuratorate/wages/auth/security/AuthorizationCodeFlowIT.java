package cn.procuratorate.wages.auth.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.auth.support.Issuer;
import cn.procuratorate.wages.auth.support.IssuerIT;
import cn.procuratorate.wages.auth.support.WebSignIn;
import com.nimbusds.jwt.JWTClaimsSet;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The web front end's sign-in, step by step as a browser takes it: authorization code with PKCE. */
class AuthorizationCodeFlowIT extends IssuerIT {

    @Test
    void aBrowserThatIsNotSignedInIsSentToTheLoginPage() {
        HttpResponse<String> response = issuer().get(new WebSignIn().authorizeUrl(), "text/html");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(WebSignIn.location(response).getPath()).isEqualTo("/login");
    }

    @Test
    void aClerkSignsInAndTheFrontEndExchangesTheCodeForTheirToken() {
        Issuer browser = issuer();
        WebSignIn signIn = new WebSignIn();
        String code = signIn.code(browser, "clerk2");

        HttpResponse<String> tokens = signIn.redeem(browser, code);
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        JWTClaimsSet claims = browser.verify((String) Issuer.json(tokens).get("access_token"));
        assertThat(claims.getIssuer()).isEqualTo(configuredIssuer);
        assertThat(claims.getSubject()).isEqualTo("clerk2");
        assertThat(claims.getClaim("roles")).isEqualTo(List.of("CLERK"));
        assertThat(claims.getClaim("unit")).isEqualTo("320102");
        assertThat(Issuer.json(tokens)).containsKey("id_token");
    }

    @Test
    void theWebClientCannotSkipPkce() {
        String withoutPkce = "/oauth2/authorize?response_type=code&client_id=web&scope=openid&state=s1&redirect_uri="
                + WebSignIn.CALLBACK;

        HttpResponse<String> response = issuer().get(withoutPkce, "text/html");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(WebSignIn.location(response).toString()).startsWith(WebSignIn.CALLBACK)
                .contains("error=invalid_request");
    }

    @Test
    void probesAndMetricsAnswerWithoutLoginButNothingElseDoes() {
        Issuer anonymous = issuer();

        assertThat(anonymous.get("/actuator/health/readiness", "application/json").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/health/liveness", "application/json").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/prometheus", "text/plain").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/userinfo", "application/json").statusCode()).isEqualTo(401);
        assertThat(anonymous.get("/anything", "text/html").statusCode()).isEqualTo(302);
    }
}
