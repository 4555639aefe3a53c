package cn.procuratorate.wages.petitions;

import cn.procuratorate.wages.testing.Downstream;
import cn.procuratorate.wages.testing.ServiceIT;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * petition-service with case-service played by WireMock (serving the shared contract examples) behind the real
 * Feign client, timeouts and breaker.
 */
@TestPropertySource(properties = {
        // Short enough to keep the slow-service test quick; the production values are in platform-defaults.
        "spring.cloud.openfeign.client.config.default.read-timeout=500",
        "resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state=60s"})
public abstract class PetitionServiceIT extends ServiceIT {

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
        breakers.circuitBreaker("case-service").reset();
    }
}
