package cn.procuratorate.wages.outreach;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import cn.procuratorate.wages.devdb.DevDatabase;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The whole outreach-service on a random port against an in-memory dev database, with case-service played by
 * WireMock (serving the shared contract examples) and the real Feign client, timeouts and breaker.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "eureka.client.enabled=false",
        // Short enough to keep the slow-service test quick; the production values are in platform-defaults.
        "spring.cloud.openfeign.client.config.default.read-timeout=500",
        "resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state=60s"})
public abstract class OutreachServiceIT {

    static final DevDatabase DATABASE = DevDatabase.inMemory();
    protected static final WireMockServer CASE_SERVICE = new WireMockServer(options().dynamicPort());

    static {
        CASE_SERVICE.start();
    }

    @DynamicPropertySource
    static void wiring(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", DATABASE::connectionString);
        registry.add("clients.case-service.url", CASE_SERVICE::baseUrl);
    }

    @Value("${local.server.port}")
    protected int port;

    @Autowired
    protected CircuitBreakerRegistry breakers;

    @BeforeEach
    void freshDownstream() {
        CASE_SERVICE.resetAll();
        breakers.circuitBreaker("case-service").reset();
    }

    /**
     * HttpURLConnection rather than the JDK HttpClient: Tomcat closes the connection after a 503, and the JDK
     * client then silently re-sends the GET about a second later, which would hide what a caller really sees.
     */
    protected RestTestClient http() {
        return RestTestClient.bindToServer(new SimpleClientHttpRequestFactory()).baseUrl("http://localhost:" + port).build();
    }
}
