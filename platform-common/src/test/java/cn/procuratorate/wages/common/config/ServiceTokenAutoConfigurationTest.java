package cn.procuratorate.wages.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.common.remote.ServiceTokenRelay;
import cn.procuratorate.wages.common.remote.ServiceTokens;
import com.sun.net.httpserver.HttpServer;
import feign.RequestTemplate;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

class ServiceTokenAutoConfigurationTest {

    private HttpServer authServer;
    private final List<String> tokenRequests = new CopyOnWriteArrayList<>();

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(OAuth2ClientAutoConfiguration.class, ServiceTokenAutoConfiguration.class));

    @BeforeEach
    void startTokenEndpoint() throws Exception {
        authServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        authServer.createContext("/oauth2/token", exchange -> {
            tokenRequests.add(exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = "{\"access_token\":\"service-token-1\",\"token_type\":\"Bearer\",\"expires_in\":1800}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        authServer.start();
    }

    @AfterEach
    void stop() {
        authServer.stop(0);
        SecurityContextHolder.clearContext();
    }

    private String[] registration(String secret) {
        String prefix = "spring.security.oauth2.client.registration.platform-services.";
        return new String[] {prefix + "client-id=platform-services", prefix + "client-secret=" + secret,
                prefix + "authorization-grant-type=client_credentials", prefix + "provider=auth-server",
                "spring.security.oauth2.client.provider.auth-server.token-uri=http://127.0.0.1:"
                        + authServer.getAddress().getPort() + "/oauth2/token"};
    }

    @Test
    void withoutTheRegistrationThereAreNoServiceTokens() {
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(ServiceTokens.class)
                .doesNotHaveBean(ServiceTokenRelay.class));
    }

    @Test
    void withoutTheOAuth2ClientClassesAServiceStartsWithoutThem() {
        runner.withClassLoader(new FilteredClassLoader("org.springframework.security.oauth2.client"))
                .withPropertyValues(registration("s3cret"))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(ServiceTokens.class));
    }

    @Test
    void anEmptySecretStopsTheStartUpNamingTheVariable() {
        runner.withPropertyValues(registration("")).run(context -> assertThat(context).getFailure()
                .rootCause().hasMessageContaining("AUTH_PLATFORM_SERVICES_SECRET"));
    }

    @Test
    void aTokenIsFetchedWithTheClientsCredentialsOnceAndKeptUntilItExpires() {
        runner.withPropertyValues(registration("s3cret")).run(context -> {
            ServiceTokens tokens = context.getBean(ServiceTokens.class);
            assertThat(tokens.accessToken()).isEqualTo("service-token-1");
            assertThat(tokens.accessToken()).isEqualTo("service-token-1");
            assertThat(tokenRequests).singleElement().satisfies(request -> assertThat(request)
                    .startsWith("Basic ").contains("grant_type=client_credentials"));
        });
    }

    @Test
    void callsWithoutAUserCarryTheServiceTokenAndAUsersCallsAreLeftToTheRelayOfTheirToken() {
        runner.withPropertyValues(registration("s3cret")).run(context -> {
            ServiceTokenRelay relay = context.getBean(ServiceTokenRelay.class);

            RequestTemplate background = new RequestTemplate();
            relay.apply(background);
            assertThat(background.headers().get("Authorization")).containsExactly("Bearer service-token-1");

            Jwt user = Jwt.withTokenValue("clerk-token").header("alg", "RS256").subject("clerk1")
                    .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).claims(c -> c.putAll(Map.of()))
                    .build();
            SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(user));
            RequestTemplate forAUser = new RequestTemplate();
            relay.apply(forAUser);
            assertThat(forAUser.headers()).doesNotContainKey("Authorization");
        });
    }
}
