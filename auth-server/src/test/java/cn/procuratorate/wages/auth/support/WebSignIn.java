package cn.procuratorate.wages.auth.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web front end's sign-in, step by step as a browser and the front end take it: authorization code with PKCE.
 * One instance is one sign-in (one code verifier).
 */
public final class WebSignIn {

    public static final String CALLBACK = "http://localhost:3000/callback";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String verifier = verifier();

    /** Where the front end sends the browser: the web client's authorize request with the PKCE challenge. */
    public String authorizeUrl() {
        return "/oauth2/authorize?response_type=code&client_id=web&scope=openid&state=s1&redirect_uri=" + CALLBACK
                + "&code_challenge=" + challenge(verifier) + "&code_challenge_method=S256";
    }

    /** Signs a dev user in through {@code browser}'s issuer and returns the code it redirects to the front end. */
    public String code(Issuer browser, String username) {
        browser.get(authorizeUrl(), "text/html");
        String loginPage = browser.get("/login", "text/html").body();
        Matcher csrf = CSRF.matcher(loginPage);
        assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
        HttpResponse<String> signedIn = browser.postForm("/login",
                Map.of("username", username, "password", "dev-password", "_csrf", csrf.group(1)));
        assertThat(signedIn.statusCode()).isEqualTo(302);

        HttpResponse<String> authorized = browser.get(location(signedIn).toString(), "text/html");
        assertThat(authorized.statusCode()).isEqualTo(302);
        URI callback = location(authorized);
        assertThat(callback.toString()).startsWith(CALLBACK + "?code=").contains("state=s1");
        return callback.getQuery().split("code=")[1].split("&")[0];
    }

    /** The front end's token request for {@code code}, with the code verifier, sent to {@code issuer}. */
    public HttpResponse<String> redeem(Issuer issuer, String code) {
        return issuer.postForm("/oauth2/token", Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", CALLBACK, "client_id", "web", "code_verifier", verifier));
    }

    public static URI location(HttpResponse<String> response) {
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
