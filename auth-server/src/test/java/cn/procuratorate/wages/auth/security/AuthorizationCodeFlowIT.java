package cn.procuratorate.wages.auth.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.auth.support.Issuer;
import cn.procuratorate.wages.auth.support.IssuerIT;
import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The web front end's sign-in, step by step as a browser takes it: authorization code with PKCE. */
class AuthorizationCodeFlowIT extends IssuerIT {

    private static final String CALLBACK = "http://localhost:3000/callback";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @Test
    void aBrowserThatIsNotSignedInIsSentToTheLoginPage() {
        HttpResponse<String> response = issuer().get(authorizeUrl(challenge(verifier())), "text/html");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response).getPath()).isEqualTo("/login");
    }

    @Test
    void aClerkSignsInAndTheFrontEndExchangesTheCodeForTheirToken() {
        Issuer browser = issuer();
        String verifier = verifier();
        browser.get(authorizeUrl(challenge(verifier)), "text/html");

        String loginPage = browser.get("/login", "text/html").body();
        Matcher csrf = CSRF.matcher(loginPage);
        assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
        HttpResponse<String> signedIn = browser.postForm("/login",
                Map.of("username", "clerk2", "password", "dev-password", "_csrf", csrf.group(1)));
        assertThat(signedIn.statusCode()).isEqualTo(302);

        HttpResponse<String> authorized = browser.get(location(signedIn).toString(), "text/html");
        assertThat(authorized.statusCode()).isEqualTo(302);
        URI callback = location(authorized);
        assertThat(callback.toString()).startsWith(CALLBACK + "?code=").contains("state=s1");
        String code = callback.getQuery().split("code=")[1].split("&")[0];

        HttpResponse<String> tokens = browser.postForm("/oauth2/token", Map.of("grant_type", "authorization_code",
                "code", code, "redirect_uri", CALLBACK, "client_id", "web", "code_verifier", verifier));
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
                + CALLBACK;

        HttpResponse<String> response = issuer().get(withoutPkce, "text/html");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response).toString()).startsWith(CALLBACK).contains("error=invalid_request");
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

    private static String authorizeUrl(String challenge) {
        return "/oauth2/authorize?response_type=code&client_id=web&scope=openid&state=s1&redirect_uri=" + CALLBACK
                + "&code_challenge=" + challenge + "&code_challenge_method=S256";
    }

    private static URI location(HttpResponse<String> response) {
        return URI.create(response.headers().firstValue("Location").orElseThrow());
    }

    private static String verifier() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
