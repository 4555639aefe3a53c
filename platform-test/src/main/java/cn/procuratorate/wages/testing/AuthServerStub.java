package cn.procuratorate.wages.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * auth-server as a resource server sees it: the JWK set of {@link TestTokens}, at {@code /oauth2/jwks}. One per
 * test JVM; point {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri} at {@link #jwkSetUri()}.
 */
public final class AuthServerStub {

    private static final WireMockServer SERVER = start();

    private AuthServerStub() {
    }

    public static String jwkSetUri() {
        return SERVER.baseUrl() + "/oauth2/jwks";
    }

    private static WireMockServer start() {
        WireMockServer server = Downstream.start();
        server.stubFor(get("/oauth2/jwks").willReturn(okJson(TestTokens.jwkSet())));
        return server;
    }
}
