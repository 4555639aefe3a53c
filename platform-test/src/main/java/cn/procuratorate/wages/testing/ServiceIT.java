package cn.procuratorate.wages.testing;

import cn.procuratorate.wages.devdb.DevDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Base of a service's integration tests: the whole service on a random port against an in-memory dev database
 * shared by the test JVM, without Eureka. Every subclass with the same extra configuration shares one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "eureka.client.enabled=false")
public abstract class ServiceIT {

    protected static final DevDatabase DATABASE = DevDatabase.inMemory();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", DATABASE::connectionString);
    }

    @Value("${local.server.port}")
    protected int port;

    /**
     * HttpURLConnection rather than the JDK HttpClient: Tomcat closes the connection after a 503, and the JDK
     * client then silently re-sends a GET about a second later, which would hide what a caller really sees.
     */
    protected RestTestClient http() {
        return RestTestClient.bindToServer(new SimpleClientHttpRequestFactory())
                .baseUrl("http://localhost:" + port).build();
    }
}
