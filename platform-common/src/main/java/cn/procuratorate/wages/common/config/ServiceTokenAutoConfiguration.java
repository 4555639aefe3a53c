package cn.procuratorate.wages.common.config;

import cn.procuratorate.wages.common.remote.ServiceTokenRelay;
import cn.procuratorate.wages.common.remote.ServiceTokens;
import java.time.Duration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ClientCredentialsOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;

/**
 * Service tokens for a service that declares the {@code platform-services} client registration and brings in
 * spring-security-oauth2-client; any other service starts without them. The manager is the service-to-service one
 * (tokens kept per client, not per HTTP session), and Feign calls without a user carry its token.
 */
@AutoConfiguration(afterName = "org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration")
@ConditionalOnClass(name = "org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager")
@ConditionalOnProperty(prefix = "spring.security.oauth2.client.registration." + ServiceTokens.REGISTRATION,
        name = "client-id")
public class ServiceTokenAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ServiceTokens serviceTokens(ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientService authorizedClients) {
        ClientRegistration registration = registrations.findByRegistrationId(ServiceTokens.REGISTRATION);
        if (!StringUtils.hasText(registration.getClientSecret())) {
            // At start-up rather than at the first queued delivery, which would only fail quietly and retry.
            throw new IllegalStateException("The client secret of " + ServiceTokens.REGISTRATION + " is empty: set "
                    + "AUTH_PLATFORM_SERVICES_SECRET (spring.security.oauth2.client.registration."
                    + ServiceTokens.REGISTRATION + ".client-secret)");
        }
        ClientCredentialsOAuth2AuthorizedClientProvider clientCredentials =
                new ClientCredentialsOAuth2AuthorizedClientProvider();
        clientCredentials.setAccessTokenResponseClient(tokenEndpoint());
        AuthorizedClientServiceOAuth2AuthorizedClientManager manager =
                new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(clientCredentials);
        return new ServiceTokens(manager);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"feign.RequestInterceptor",
            "org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken"})
    static class FeignSupport {

        @Bean
        ServiceTokenRelay serviceTokenRelay(ServiceTokens tokens) {
            return new ServiceTokenRelay(tokens);
        }
    }

    /** Spring Security's token request as it is, with explicit timeouts (its default client has none). */
    private static RestClientClientCredentialsTokenResponseClient tokenEndpoint() {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(2));
        requests.setReadTimeout(Duration.ofSeconds(5));
        RestClientClientCredentialsTokenResponseClient client = new RestClientClientCredentialsTokenResponseClient();
        client.setRestClient(RestClient.builder().requestFactory(requests)
                .configureMessageConverters(converters -> {
                    converters.addCustomConverter(new FormHttpMessageConverter());
                    converters.addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter());
                })
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build());
        return client;
    }
}
