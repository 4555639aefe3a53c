package cn.procuratorate.wages.console.security;

import cn.procuratorate.wages.console.ConsoleProperties;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcScopes;

/**
 * The console's registration at auth-server, spelled out rather than discovered: discovery would need auth-server
 * (through the gateway) up before the console could start. The browser is sent to the gateway's public URL; the
 * console's own server calls (token, keys) go to the gateway URL it reaches. The ID token's issuer is checked.
 */
@Configuration(proxyBeanMethods = false)
class ClientRegistrationConfiguration {

    @Bean
    ClientRegistrationRepository clientRegistrations(ConsoleProperties console) {
        ClientRegistration registration = ClientRegistration.withRegistrationId(console.clientId())
                .clientId(console.clientId())
                .clientSecret(console.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/console/login/oauth2/code/{registrationId}")
                .scope(OidcScopes.OPENID, OidcScopes.PROFILE)
                .authorizationUri(console.publicUrl() + "/oauth2/authorize")
                .tokenUri(console.gatewayUrl() + "/oauth2/token")
                .jwkSetUri(console.gatewayUrl() + "/oauth2/jwks")
                .issuerUri(console.issuer())
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .providerConfigurationMetadata(Map.of("end_session_endpoint", console.publicUrl() + "/connect/logout"))
                .clientName("auth-server")
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    /** The tokens live in the user's session and end with it. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClients() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    /** Hands out the signed-in user's access token, refreshed with the refresh token once it has expired. */
    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientRepository authorizedClients) {
        DefaultOAuth2AuthorizedClientManager manager =
                new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken()
                .build());
        return manager;
    }
}
