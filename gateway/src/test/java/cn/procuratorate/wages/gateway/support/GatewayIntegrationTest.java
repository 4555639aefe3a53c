package cn.procuratorate.wages.gateway.support;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The running gateway in front of WireMock backends. Every subclass shares this exact configuration, so all
 * integration tests run against one cached Spring context. Each test starts with all backends up and unstubbed
 * and all breakers closed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@ActiveProfiles("test")
public abstract class GatewayIntegrationTest {

    @Autowired
    protected WebTestClient client;

    @Autowired
    private CircuitBreakerRegistry breakers;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        // Stands in for Eureka: lb://<service> resolves to the WireMock server of that service.
        for (Backend backend : Backends.ALL) {
            registry.add("spring.cloud.discovery.client.simple.instances." + backend.serviceId() + "[0].uri",
                    backend::url);
        }
    }

    @BeforeEach
    void freshBackendsAndBreakers() {
        Backends.ALL.forEach(Backend::start);
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }
}
