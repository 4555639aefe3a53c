package cn.procuratorate.wages.gateway.cors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.gateway.support.Backends;
import cn.procuratorate.wages.gateway.support.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;

class CorsIT extends GatewayIntegrationTest {

    @Test
    void aPreflightFromAnAllowedOriginIsAnsweredByTheGateway() {
        // Browsers send preflights without the Authorization header.
        anonymous().options().uri("/api/cases/1")
                .header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "Authorization, Content-Type, If-Match, Idempotency-Key")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", "http://localhost:5173")
                .expectHeader().value("Access-Control-Allow-Methods", methods -> assertThat(methods).contains("PATCH"))
                .expectHeader().value("Access-Control-Allow-Headers",
                        headers -> assertThat(headers.toLowerCase()).contains("authorization", "if-match", "idempotency-key"));

        assertThat(Backends.CASES.wireMock().getAllServeEvents()).isEmpty();
    }

    @Test
    void aPreflightFromAnotherOriginIsRefused() {
        anonymous().options().uri("/api/cases/1")
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "DELETE")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist("Access-Control-Allow-Origin");
    }

    @Test
    void theSignInFormPostedWithOriginNullReachesAuthServer() {
        // Chrome sends "Origin: null" for a form on a page with Referrer-Policy: no-referrer (auth-server's sign-in).
        Backends.AUTH_SERVER.wireMock().stubFor(post(urlEqualTo("/login"))
                .willReturn(aResponse().withStatus(302).withHeader("Location", "/oauth2/authorize")));

        anonymous().post().uri("/login").header("Origin", "null")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .bodyValue("username=clerk1&password=secret&_csrf=t")
                .exchange()
                .expectStatus().isFound();
        // An API path from such an origin is still refused.
        anonymous().post().uri("/api/public/petitions").header("Origin", "null")
                .header("Content-Type", "application/json").bodyValue("{}")
                .exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void anActualRequestExposesTheHeadersTheFrontEndReads() {
        Backends.CASES.wireMock().stubFor(get(urlEqualTo("/api/cases/1")).willReturn(okJson("{}").withHeader("ETag", "\"3\"")));

        client.get().uri("/api/cases/1").header("Origin", "http://localhost:3000").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", "http://localhost:3000")
                .expectHeader().value("Access-Control-Expose-Headers",
                        exposed -> assertThat(exposed).contains("X-Request-Id", "ETag", "Location", "Retry-After"));
    }

    @Test
    void aFallbackIsReadableByTheBrowser() {
        Backends.CASES.stop();

        client.get().uri("/api/cases/1").header("Origin", "http://localhost:3000").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals("Access-Control-Allow-Origin", "http://localhost:3000");
    }
}
