package cn.procuratorate.wages.console;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The console against one stand-in gateway (WireMock, which also plays auth-server's token endpoint), its stubs
 * cleared before each test. Every page test extends it, so they share one Spring context and one WireMock server;
 * the server stops with the test JVM, not after a class, because the cached context keeps pointing at its port.
 */
@SpringBootTest(properties = {"eureka.client.enabled=false", "console.client-secret=test-secret",
        "console.forwarder-key=test-forwarder-key", "console.issuer=http://gateway.test"})
@AutoConfigureMockMvc
public abstract class AgainstStandInGateway {

    protected static final WireMockServer GATEWAY = new WireMockServer(options().dynamicPort());

    static {
        GATEWAY.start();
        Runtime.getRuntime().addShutdownHook(new Thread(GATEWAY::stop));
    }

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        registry.add("console.gateway-url", GATEWAY::baseUrl);
        // Where the browser is sent to sign in (auth-server through the gateway, as the browser sees it).
        registry.add("console.public-url", () -> "http://gateway.test");
    }

    @Autowired
    protected MockMvc mvc;

    @BeforeEach
    void clearStubs() {
        GATEWAY.resetAll();
    }
}
