package cn.procuratorate.wages.gateway.ratelimit;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.created;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.common.web.RequestIds;
import cn.procuratorate.wages.gateway.support.Backends;
import cn.procuratorate.wages.gateway.support.GatewayIntegrationTest;
import cn.procuratorate.wages.testing.TestTokens;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;

/**
 * Limits of the test profile: 3 submissions and 10 reads per address, 3 look-ups per query code, refilled over an
 * hour. Localhost is a trusted proxy there, so tests pick a client address with X-Forwarded-For; clients bound to
 * 127.0.0.2 and up are untrusted peers. Every test uses its own addresses and codes (the buckets outlive a test).
 */
class PublicRateLimitIT extends GatewayIntegrationTest {

    private static final String BROWSER = "http://localhost:5173";
    /** Distinct documentation addresses (RFC 5737) and codes per test. */
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @Value("${local.server.port}")
    private int port;

    private WireMockServer petitions;

    @BeforeEach
    void stubPetitionService() {
        petitions = Backends.PETITIONS.wireMock();
        petitions.stubFor(post(urlPathEqualTo("/api/public/petitions"))
                .willReturn(created().withHeader("Content-Type", "application/json").withBody("{\"queryCode\":\"Q1\"}")));
        petitions.stubFor(get(urlPathMatching("/api/public/petitions/[^/]+"))
                .willReturn(okJson("{\"status\":\"RECEIVED\"}")));
    }

    @Test
    void aFloodOfSubmissionsFromOneAddressGets429ProblemWhileAnotherAddressStillPasses() {
        String flooder = newAddress();
        for (int i = 0; i < 3; i++) {
            submitFrom(flooder).expectStatus().isCreated();
        }

        submitFrom(flooder)
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                // 1 h / 3 tokens: the next token in 20 minutes.
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "1200")
                .expectHeader().valueEquals("Access-Control-Allow-Origin", BROWSER)
                .expectHeader().valueEquals(RequestIds.HEADER, "flood-0429")
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:problem-type:too-many-requests")
                .jsonPath("$.title").isEqualTo("请求过于频繁")
                .jsonPath("$.status").isEqualTo(429)
                .jsonPath("$.detail").isEqualTo("来自您所在网络地址的请求过于频繁，请在 1200 秒后重试。")
                .jsonPath("$.requestId").isEqualTo("flood-0429");
        petitions.verify(3, postRequestedFor(urlPathEqualTo("/api/public/petitions")));

        submitFrom(newAddress()).expectStatus().isCreated();
        petitions.verify(4, postRequestedFor(urlPathEqualTo("/api/public/petitions")));
    }

    @Test
    void theRefusalIsInEnglishForEnglishCallers() {
        String flooder = newAddress();
        for (int i = 0; i < 3; i++) {
            submitFrom(flooder).expectStatus().isCreated();
        }
        anonymous().post().uri("/api/public/petitions")
                .header("X-Forwarded-For", flooder)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isEqualTo(429)
                .expectBody()
                .jsonPath("$.title").isEqualTo("Too many requests")
                .jsonPath("$.detail")
                .isEqualTo("Too many requests from your network address. Please try again in 1200 seconds.");
    }

    @Test
    void lookUpsOfOneQueryCodeAreLimitedAcrossAddressesWhileAnotherCodeStillPasses() {
        String code = "QC" + UNIQUE.incrementAndGet();
        for (int i = 0; i < 3; i++) {
            lookUpFrom(newAddress(), code).expectStatus().isOk();
        }

        // A fresh address, and the code in another case: still the same, used-up bucket.
        lookUpFrom(newAddress(), code.toLowerCase())
                .expectStatus().isEqualTo(429)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "1200")
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:problem-type:too-many-requests")
                .jsonPath("$.detail").isEqualTo("该查询码的查询次数过多，请在 1200 秒后重试。");
        petitions.verify(3, getRequestedFor(urlPathMatching("/api/public/petitions/.*")));

        lookUpFrom(newAddress(), code + "X").expectStatus().isOk();
    }

    @Test
    void lookUpsPerAddressHaveTheirOwnLargerLimit() {
        String address = newAddress();
        for (int i = 0; i < 10; i++) {
            lookUpFrom(address, "PER-IP-" + UNIQUE.incrementAndGet()).expectStatus().isOk();
        }
        lookUpFrom(address, "PER-IP-" + UNIQUE.incrementAndGet()).expectStatus().isEqualTo(429)
                .expectBody().jsonPath("$.detail").isEqualTo("来自您所在网络地址的请求过于频繁，请在 360 秒后重试。");
        // Reads and submissions are separate buckets.
        submitFrom(address).expectStatus().isCreated();
    }

    @Test
    void xForwardedForFromAnUntrustedPeerDoesNotChangeTheBucket() {
        WebTestClient untrusted = boundTo("127.0.0.2");
        for (int i = 0; i < 3; i++) {
            untrusted.post().uri("/api/public/petitions").header("X-Forwarded-For", newAddress())
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                    .exchange().expectStatus().isCreated();
        }
        untrusted.post().uri("/api/public/petitions").header("X-Forwarded-For", newAddress())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isEqualTo(429);

        // Another peer address is another bucket, without any header.
        boundTo("127.0.0.3").post().uri("/api/public/petitions")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isCreated();
    }

    @Test
    void aTrustedProxyCannotBeUsedToSpoofTheClientFurtherLeft() {
        // A client behind the trusted proxy prepends its own guess; the proxy appends the real address on the right.
        String real = newAddress();
        for (int i = 0; i < 3; i++) {
            anonymous().post().uri("/api/public/petitions").header("X-Forwarded-For", newAddress() + ", " + real)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                    .exchange().expectStatus().isCreated();
        }
        anonymous().post().uri("/api/public/petitions").header("X-Forwarded-For", newAddress() + ", " + real)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isEqualTo(429);
    }

    @Test
    void publicRoutesNeedNoTokenAndDropAnAuthorizationHeader() {
        lookUpFrom(newAddress(), "NOTOKEN" + UNIQUE.incrementAndGet()).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("RECEIVED");

        as(TestTokens.staff(DEFAULT_ROLE)).post().uri("/api/public/petitions")
                .header("X-Forwarded-For", newAddress())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"name\":\"张三\"}")
                .exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.queryCode").isEqualTo("Q1");

        petitions.verify(postRequestedFor(urlPathEqualTo("/api/public/petitions"))
                .withHeader(HttpHeaders.AUTHORIZATION, absent()));
        petitions.verify(getRequestedFor(urlPathMatching("/api/public/petitions/.*"))
                .withHeader(HttpHeaders.AUTHORIZATION, absent()));
    }

    @Test
    void aRefusedRequestNeverReachesTheService() {
        String flooder = newAddress();
        for (int i = 0; i < 3; i++) {
            submitFrom(flooder).expectStatus().isCreated();
        }
        petitions.resetRequests();

        for (int i = 0; i < 5; i++) {
            submitFrom(flooder).expectStatus().isEqualTo(429);
        }
        assertThat(petitions.countRequestsMatching(anyRequestedFor(anyUrl()).build()).getCount()).isZero();
    }

    @Test
    void petitionServiceDownIsTheUsual503FromTheBreakerFallback() {
        Backends.PETITIONS.stop();

        lookUpFrom(newAddress(), "DOWN" + UNIQUE.incrementAndGet())
                .expectStatus().isEqualTo(503)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:problem-type:service-unavailable")
                .jsonPath("$.service").isEqualTo("petition-service");
    }

    private WebTestClient.ResponseSpec submitFrom(String address) {
        return anonymous().post().uri("/api/public/petitions")
                .header("X-Forwarded-For", address)
                .header("Origin", BROWSER)
                .header(RequestIds.HEADER, "flood-0429")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange();
    }

    private WebTestClient.ResponseSpec lookUpFrom(String address, String code) {
        return anonymous().get().uri("/api/public/petitions/{code}?phoneLast4=1234", code)
                .header("X-Forwarded-For", address)
                .exchange();
    }

    /** A client whose TCP connections come from this loopback address (all of 127/8 is loopback on Linux). */
    private WebTestClient boundTo(String localAddress) {
        HttpClient http = HttpClient.create().bindAddress(() -> new InetSocketAddress(localAddress, 0));
        return WebTestClient.bindToServer(new ReactorClientHttpConnector(http))
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(15))
                .build();
    }

    private static String newAddress() {
        int n = UNIQUE.incrementAndGet();
        return "203.0." + (113 + n / 250) + "." + (1 + n % 250);
    }
}
