package cn.procuratorate.wages.testing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Base of a service's integration tests: the whole service on a random port, without Eureka, against an in-memory
 * dev database shared by the test JVM, or against the real MongoDB named by {@code MONGODB_URI} when it is set
 * (then in a database of its own for this run). Every subclass with the same extra configuration shares one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "eureka.client.enabled=false")
public abstract class ServiceIT {

    private static final String REAL_MONGODB = System.getenv("MONGODB_URI");

    @DynamicPropertySource
    static void authServer(DynamicPropertyRegistry registry) {
        registry.add("platform.security.issuer", () -> TestTokens.ISSUER);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", AuthServerStub::jwkSetUri);
        registry.add("platform.security.token-uri", AuthServerStub::tokenUri);
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        if (REAL_MONGODB == null || REAL_MONGODB.isBlank()) {
            registry.add("spring.mongodb.uri", TestDatabase::inMemoryConnectionString);
        } else {
            registry.add("spring.mongodb.uri", () -> REAL_MONGODB);
            registry.add("spring.mongodb.database", () -> TestDatabase.RUN_DATABASE);
        }
    }

    @Value("${local.server.port}")
    protected int port;

    /** A client that calls as a SUPERVISOR of {@link TestTokens#UNIT}, allowed everything in that unit. */
    protected RestTestClient http() {
        return http(TestTokens.staff("SUPERVISOR"));
    }

    /** A client that sends this access token. */
    protected RestTestClient http(String accessToken) {
        return client().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken).build();
    }

    /** A client without a token. */
    protected RestTestClient anonymous() {
        return client().build();
    }

    /**
     * HttpURLConnection rather than the JDK HttpClient: Tomcat closes the connection after a 503, and the JDK
     * client then silently re-sends a GET about a second later, which would hide what a caller really sees.
     */
    private RestTestClient.Builder<?> client() {
        return RestTestClient.bindToServer(new SimpleClientHttpRequestFactory()).baseUrl("http://localhost:" + port);
    }
}
