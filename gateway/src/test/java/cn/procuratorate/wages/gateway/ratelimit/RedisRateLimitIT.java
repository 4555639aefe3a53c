package cn.procuratorate.wages.gateway.ratelimit;

import static com.github.tomakehurst.wiremock.client.WireMock.created;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.procuratorate.wages.gateway.GatewayApplication;
import cn.procuratorate.wages.gateway.support.Backends;
import cn.procuratorate.wages.gateway.support.RedisServer;
import cn.procuratorate.wages.testing.AuthServerStub;
import cn.procuratorate.wages.testing.TestTokens;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Two gateway instances (two application contexts, {@code store=redis}) sharing one real redis-server, in front of
 * petition-service's WireMock. The test profile's limits, but 5 look-ups per address and submissions refilled within
 * 2 seconds. The last two tests hang Redis and then stop it, so they run last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RedisRateLimitIT {

    /** The default gateway.public-rate-limits.redis-timeout. */
    private static final Duration TIMEOUT = Duration.ofMillis(200);
    private static final AtomicInteger CODES = new AtomicInteger();
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private static RedisServer redis;
    private static ConfigurableApplicationContext gatewayA;
    private static ConfigurableApplicationContext gatewayB;
    private static WebTestClient a;
    private static WebTestClient b;

    private WireMockServer petitions;

    @BeforeAll
    static void startRedisAndTwoGateways() {
        redis = RedisServer.start();
        gatewayA = startGateway();
        gatewayB = startGateway();
        a = clientOf(gatewayA);
        b = clientOf(gatewayB);
        // Until its connection is open a store lets requests through unchecked (milliseconds after the start).
        await().atMost(Duration.ofSeconds(10)).until(() -> store(gatewayA).isConnected() && store(gatewayB).isConnected());
    }

    @AfterAll
    static void stopGatewaysAndRedis() {
        if (gatewayA != null) {
            gatewayA.close();
        }
        if (gatewayB != null) {
            gatewayB.close();
        }
        if (redis != null) {
            redis.stop();
        }
    }

    @BeforeEach
    void stubPetitionService() {
        Backends.PETITIONS.start();
        petitions = Backends.PETITIONS.wireMock();
        petitions.stubFor(post(urlPathEqualTo("/api/public/petitions"))
                .willReturn(created().withHeader("Content-Type", "application/json").withBody("{\"queryCode\":\"Q1\"}")));
        petitions.stubFor(get(urlPathMatching("/api/public/petitions/[^/]+"))
                .willReturn(okJson("{\"status\":\"RECEIVED\"}")));
    }

    @Test
    @Order(1)
    void anAddressesLimitHoldsAcrossInstances() {
        String address = newAddress();
        for (int i = 0; i < 3; i++) {
            lookUp(a, address, newCode()).expectStatus().isOk();
        }
        for (int i = 0; i < 2; i++) {
            lookUp(b, address, newCode()).expectStatus().isOk();
        }

        // The 6th in all, the 3rd through B: each instance alone would still have 2 or 3 left.
        lookUp(b, address, newCode())
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                // 1 h / 5 tokens: the next one in 12 minutes, less what refilled since the first request (the
                // bucket refills continuously, so on a slow machine it may be a second or two less).
                .expectHeader().value(HttpHeaders.RETRY_AFTER,
                        retryAfter -> assertThat(Integer.parseInt(retryAfter)).isBetween(700, 720))
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:problem-type:too-many-requests")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .matches("来自您所在网络地址的请求过于频繁，请在 7[0-2]\\d 秒后重试。"));
        lookUp(a, address, newCode()).expectStatus().isEqualTo(429);
        petitions.verify(5, getRequestedFor(urlPathMatching("/api/public/petitions/.*")));
        // Another address still passes.
        lookUp(a, newAddress(), newCode()).expectStatus().isOk();
    }

    @Test
    @Order(1)
    void aQueryCodesLimitHoldsAcrossInstances() {
        String code = newCode();
        lookUp(a, newAddress(), code).expectStatus().isOk();
        lookUp(b, newAddress(), code).expectStatus().isOk();
        lookUp(a, newAddress(), code).expectStatus().isOk();

        lookUp(b, newAddress(), code.toLowerCase())
                .expectStatus().isEqualTo(429)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "1200")
                .expectBody().jsonPath("$.detail").isEqualTo("该查询码的查询次数过多，请在 1200 秒后重试。");
        petitions.verify(3, getRequestedFor(urlPathMatching("/api/public/petitions/.*")));
    }

    @Test
    @Order(1)
    void anEmptyBucketRefillsAfterThePeriodOnEveryInstance() {
        String address = newAddress();
        long start = System.nanoTime();
        submit(a, address).expectStatus().isCreated();
        submit(b, address).expectStatus().isCreated();
        // 2 s / 2 tokens: one back a second after the first was taken.
        submit(a, address).expectStatus().isEqualTo(429).expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "1");

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> submit(b, address).returnResult(Void.class).getStatus().value() == 201);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(900));
        submit(a, address).expectStatus().isEqualTo(429);
    }

    @Test
    @Order(2)
    void aHungRedisLetsRequestsThroughAfterTheTimeout() {
        String address = newAddress();
        double before = failures(gatewayA);
        redis.freeze();
        try {
            // More than the address's 5: counted, these would be refused.
            for (int i = 0; i < 6; i++) {
                long start = System.nanoTime();
                lookUp(a, address, newCode()).expectStatus().isOk();
                // Two checks of one timeout each, then the proxied call; not until Redis answers again.
                assertThat(Duration.ofNanos(System.nanoTime() - start))
                        .isGreaterThanOrEqualTo(TIMEOUT.multipliedBy(2)).isLessThan(Duration.ofSeconds(2));
            }
        }
        finally {
            redis.thaw();
        }
        // Two checks per look-up: its address and its code.
        assertThat(failures(gatewayA) - before).isEqualTo(12);
    }

    @Test
    @Order(3)
    void withRedisStoppedRequestsPassAndTheGatewayStaysReady() {
        redis.stop();
        String address = newAddress();
        double beforeA = failures(gatewayA);
        double beforeB = failures(gatewayB);
        for (WebTestClient instance : new WebTestClient[] {a, b}) {
            for (int i = 0; i < 6; i++) {
                long start = System.nanoTime();
                lookUp(instance, address, newCode()).expectStatus().isOk();
                // Under the two timeouts of its two checks: with the connection down, commands fail at once.
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIMEOUT.multipliedBy(2));
            }
            submit(instance, address).expectStatus().isCreated();
        }
        // Per instance: 6 look-ups of two checks each, and the submission's one.
        assertThat(failures(gatewayA) - beforeA).isEqualTo(13);
        assertThat(failures(gatewayB) - beforeB).isEqualTo(13);

        // Health shows Redis down; readiness, which load balancers and compose probe, does not depend on it.
        a.get().uri("/actuator/health").exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.components.redis.status").isEqualTo("DOWN");
        a.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    private static ConfigurableApplicationContext startGateway() {
        return new SpringApplicationBuilder(GatewayApplication.class)
                .profiles("test")
                // Netty loops of its own: closing a context disposes Reactor Netty's global ones, on which the
                // cached context of the other integration tests (same JVM) serves.
                .initializers(context -> ((GenericApplicationContext) context).registerBean(
                        ReactorResourceFactory.class, () -> {
                            ReactorResourceFactory resources = new ReactorResourceFactory();
                            resources.setUseGlobalResources(false);
                            return resources;
                        }))
                // Command-line arguments: they win over application-test.yml.
                .run("--server.port=0",
                        "--gateway.public-rate-limits.store=redis",
                        "--spring.data.redis.host=127.0.0.1",
                        "--spring.data.redis.port=" + redis.port(),
                        "--gateway.public-rate-limits.lookups-per-ip.capacity=5",
                        "--gateway.public-rate-limits.submissions-per-ip.capacity=2",
                        "--gateway.public-rate-limits.submissions-per-ip.refill-period=2s",
                        "--spring.cloud.discovery.client.simple.instances.petition-service[0].uri="
                                + Backends.PETITIONS.url(),
                        "--platform.security.issuer=" + TestTokens.ISSUER,
                        "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + AuthServerStub.jwkSetUri());
    }

    private static WebTestClient clientOf(ConfigurableApplicationContext gateway) {
        return WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + gateway.getEnvironment().getProperty("local.server.port"))
                .responseTimeout(Duration.ofSeconds(15))
                .build();
    }

    private static RedisRateLimitStore store(ConfigurableApplicationContext gateway) {
        return gateway.getBean(RedisRateLimitStore.class);
    }

    private static double failures(ConfigurableApplicationContext gateway) {
        return gateway.getBean(MeterRegistry.class).get(RedisRateLimitStore.FAILURES_METRIC).counter().count();
    }

    /** Localhost is a trusted proxy in the test profile: X-Forwarded-For names the client. */
    private static WebTestClient.ResponseSpec lookUp(WebTestClient instance, String address, String code) {
        return instance.get().uri("/api/public/petitions/{code}?phoneLast4=1234", code)
                .header("X-Forwarded-For", address)
                .exchange();
    }

    private static WebTestClient.ResponseSpec submit(WebTestClient instance, String address) {
        return instance.post().uri("/api/public/petitions")
                .header("X-Forwarded-For", address)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange();
    }

    private static String newCode() {
        return "RC" + CODES.incrementAndGet();
    }

    /** Documentation addresses (RFC 5737) other than PublicRateLimitIT's. */
    private static String newAddress() {
        return "198.51.100." + ADDRESSES.incrementAndGet();
    }
}
