package cn.procuratorate.wages.auth.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The issuer as a client and a resource server see it over HTTP: tokens from the token endpoint, verified against
 * the JWK set it serves (Nimbus, as the resource servers verify them). Redirects are not followed, and cookies are
 * kept, so a test can walk a browser's steps.
 */
public final class Issuer {

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager())
            .build();

    public Issuer(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** A client-credentials access token, with the secret in HTTP Basic as the dev curl commands send it. */
    public String clientCredentialsToken(String clientId, String secret) {
        HttpResponse<String> response = clientCredentials(clientId, secret);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return (String) json(response).get("access_token");
    }

    public HttpResponse<String> clientCredentials(String clientId, String secret) {
        return postForm(clientId, secret, "/oauth2/token", Map.of("grant_type", "client_credentials"));
    }

    public HttpResponse<String> postForm(String path, Map<String, String> form) {
        return send(formPost(path, form));
    }

    /** A form posted by a confidential client, secret in HTTP Basic (e.g. to /oauth2/introspect, /oauth2/revoke). */
    public HttpResponse<String> postForm(String clientId, String secret, String path, Map<String, String> form) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return send(formPost(path, form).header("Authorization", "Basic " + basic));
    }

    public HttpResponse<String> get(String pathOrUrl, String accept) {
        URI target = pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : uri(pathOrUrl);
        return send(HttpRequest.newBuilder(target).header("Accept", accept).GET());
    }

    /** What the OpenID Connect user-info endpoint says about the user of this access token. */
    public HttpResponse<String> userInfo(String accessToken) {
        return send(HttpRequest.newBuilder(uri("/userinfo"))
                .header("Authorization", "Bearer " + accessToken)
                .header("Accept", "application/json")
                .GET());
    }

    public JWKSet jwks() {
        HttpResponse<String> response = get("/oauth2/jwks", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        try {
            return JWKSet.parse(response.body());
        } catch (ParseException e) {
            throw new AssertionError("Not a JWK set: " + response.body(), e);
        }
    }

    /** The token's claims, after checking its RS256 signature against this issuer's JWK set. */
    public JWTClaimsSet verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
            RSAKey key = (RSAKey) jwks().getKeyByKeyId(jwt.getHeader().getKeyID());
            assertThat(key).as("key %s in the JWK set", jwt.getHeader().getKeyID()).isNotNull();
            assertThat(key.isPrivate()).as("JWK set publishes private key material").isFalse();
            assertThat(jwt.verify(new RSASSAVerifier(key))).as("signature").isTrue();
            return jwt.getJWTClaimsSet();
        } catch (ParseException | JOSEException e) {
            throw new AssertionError("Cannot verify token", e);
        }
    }

    public static String keyId(String token) {
        try {
            return SignedJWT.parse(token).getHeader().getKeyID();
        } catch (ParseException e) {
            throw new AssertionError("Not a JWT: " + token, e);
        }
    }

    public static Map<String, Object> json(HttpResponse<String> response) {
        try {
            return JSONObjectUtils.parse(response.body());
        } catch (ParseException e) {
            throw new AssertionError("Not JSON: " + response.body(), e);
        }
    }

    private HttpRequest.Builder formPost(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("Request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }
}
