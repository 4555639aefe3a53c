package cn.procuratorate.wages.common.remote;

import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;

/**
 * Access tokens of the platform's own service client ({@value #REGISTRATION}, role SERVICE, client credentials),
 * for calls made without a user, e.g. a queued delivery. The manager keeps the token until shortly before it
 * expires, so auth-server is asked once per token lifetime, not once per call.
 */
public class ServiceTokens {

    /** The client registration ({@code spring.security.oauth2.client.registration.<id>}) and auth-server's client id. */
    public static final String REGISTRATION = "platform-services";

    private final OAuth2AuthorizedClientManager clients;

    public ServiceTokens(OAuth2AuthorizedClientManager clients) {
        this.clients = clients;
    }

    /** A valid access token; fails (no token) when auth-server cannot be reached or refuses the client. */
    public String accessToken() {
        OAuth2AuthorizedClient client = clients.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(REGISTRATION)
                .principal(REGISTRATION).build());
        if (client == null) {
            throw new IllegalStateException("No token for client registration " + REGISTRATION);
        }
        return client.getAccessToken().getTokenValue();
    }
}
