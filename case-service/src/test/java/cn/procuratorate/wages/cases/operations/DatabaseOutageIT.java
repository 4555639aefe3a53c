package cn.procuratorate.wages.cases.operations;

import cn.procuratorate.wages.cases.casefile.CaseBodies;
import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.devdb.DevDatabase;
import cn.procuratorate.wages.testing.AuthServerStub;
import cn.procuratorate.wages.testing.TestTokens;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/** With its database gone, the service says so: not ready, writes refused with 503, and it is still alive. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "eureka.client.enabled=false", "platform.mongodb.server-selection-timeout=1s"})
@DirtiesContext
class DatabaseOutageIT {

    /** Its own database, since this test stops it. */
    static final DevDatabase DATABASE = DevDatabase.inMemory();

    @DynamicPropertySource
    static void wiring(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", DATABASE::connectionString);
        registry.add("platform.security.issuer", () -> TestTokens.ISSUER);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", AuthServerStub::jwkSetUri);
    }

    @Value("${local.server.port}")
    int port;

    @Test
    void readinessGoesDownAndWritesGet503WhileLivenessStaysUp() {
        RestTestClient http = RestTestClient.bindToServer(new SimpleClientHttpRequestFactory())
                .baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.staff("SUPERVISOR")).build();
        http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();

        DATABASE.close();

        http.get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(503);
        http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        long started = System.nanoTime();
        Map<?, ?> problem = http.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                .body(CaseBodies.newCase("数据库宕机时登记", "110105"))
                .exchange().expectStatus().isEqualTo(503)
                .expectHeader().valueEquals("Retry-After", "5")
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(problem.get("type")).isEqualTo("urn:problem-type:service-unavailable");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }
}
