package cn.procuratorate.wages.gateway.support;

import cn.procuratorate.wages.testing.AuthServerStub;
import cn.procuratorate.wages.testing.TestTokens;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The running gateway in front of WireMock backends. Every subclass shares this exact configuration, so all
 * integration tests run against one cached Spring context. Each test starts with all backends up and unstubbed
 * and all breakers closed.
 * <p>
 * {@link #client} calls as a CLERK of {@link TestTokens#UNIT}; {@link #anonymous()} sends no token,
 * {@link #as(String)} another one, {@link #operator()} one for the actuator endpoints.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@ActiveProfiles("test")
public abstract class GatewayIntegrationTest {

    /** The default caller: staff allowed on every domain API. */
    protected static final String DEFAULT_ROLE = "CLERK";

    /** The gateway with a CLERK's access token on every request. */
    protected WebTestClient client;

    @Autowired
    private WebTestClient autowiredClient;

    /**
     * Waits up to 15 s for an answer, not WebTestClient's 5 s: a cold CI machine once took longer for the first
     * health check. Tests about speed measure the time themselves.
     */
    private WebTestClient withoutToken;

    @Autowired
    private CircuitBreakerRegistry breakers;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        // Stands in for Eureka: lb://<service> resolves to the WireMock server of that service.
        for (Backend backend : Backends.EVERY) {
            registry.add("spring.cloud.discovery.client.simple.instances." + backend.serviceId() + "[0].uri",
                    backend::url);
        }
    }

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        // Tokens signed by TestTokens' key, whose public half the stub serves as auth-server's JWK set.
        registry.add("platform.security.issuer", () -> TestTokens.ISSUER);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", AuthServerStub::jwkSetUri);
    }

    @BeforeEach
    void freshBackendsBreakersAndClient() {
        withoutToken = autowiredClient.mutate().responseTimeout(Duration.ofSeconds(15)).build();
        Backends.EVERY.forEach(Backend::start);
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
        client = as(TestTokens.staff(DEFAULT_ROLE));
    }

    /** The gateway called without any Authorization header. */
    protected WebTestClient anonymous() {
        return withoutToken;
    }

    /** The gateway called with this access token (the compact JWT, without "Bearer "). */
    protected WebTestClient as(String accessToken) {
        return withoutToken.mutate()
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
                .build();
    }

    /** Operations staff: the actuator endpoints beyond health and info. */
    protected WebTestClient operator() {
        return as(TestTokens.token().subject("ops1").roles("OPERATOR").sign());
    }
}
