package cn.procuratorate.wages.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * auth-server as a resource server sees it: the JWK set of {@link TestTokens}, at {@code /oauth2/jwks}; and as a
 * service's OAuth2 client sees it: a SERVICE token of {@link TestTokens#service()} for any client-credentials request
 * at {@code /oauth2/token}. One per test JVM; point {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri} at
 * {@link #jwkSetUri()} and {@code platform.security.token-uri} at {@link #tokenUri()}.
 */
public final class AuthServerStub {

    private static final WireMockServer SERVER = start();

    private AuthServerStub() {
    }

    public static String jwkSetUri() {
        return SERVER.baseUrl() + "/oauth2/jwks";
    }

    public static String tokenUri() {
        return SERVER.baseUrl() + "/oauth2/token";
    }

    /** The requests a service made to the token endpoint (e.g. to check that a token is reused, not fetched per call). */
    public static WireMockServer server() {
        return SERVER;
    }

    private static WireMockServer start() {
        WireMockServer server = Downstream.start();
        server.stubFor(get("/oauth2/jwks").willReturn(okJson(TestTokens.jwkSet())));
        server.stubFor(post("/oauth2/token").willReturn(okJson("{\"access_token\":\"" + TestTokens.service()
                + "\",\"token_type\":\"Bearer\",\"expires_in\":600}")));
        return server;
    }
}
