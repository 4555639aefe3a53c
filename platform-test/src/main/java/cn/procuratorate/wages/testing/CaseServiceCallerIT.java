package cn.procuratorate.wages.testing;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the tests of a service that calls case-service: case-service is played by WireMock (serving the shared
 * contract examples) behind the service's real Feign client, timeouts and breaker, which each test starts CLOSED.
 */
@TestPropertySource(properties = {
        // Short enough to keep slow-service tests quick; the production values are in platform-defaults.
        "spring.cloud.openfeign.client.config.default.read-timeout=500",
        // Open stays open for the rest of a test: what happens while it is open is what the tests look at.
        "resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state=60s"})
public abstract class CaseServiceCallerIT extends ServiceIT {

    protected static final String CASE_SERVICE_NAME = "case-service";
    protected static final WireMockServer CASE_SERVICE = Downstream.start();

    @DynamicPropertySource
    static void caseService(DynamicPropertyRegistry registry) {
        registry.add("clients.case-service.url", CASE_SERVICE::baseUrl);
    }

    @Autowired
    protected CircuitBreakerRegistry breakers;

    @BeforeEach
    void freshCaseService() {
        CASE_SERVICE.resetAll();
        breakers.circuitBreaker(CASE_SERVICE_NAME).reset();
    }
}
