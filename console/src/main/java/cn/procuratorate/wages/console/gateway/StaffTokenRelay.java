package cn.procuratorate.wages.console.gateway;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Sends the signed-in user's access token along (refreshed first when it has expired). When there is no usable
 * token (refresh refused, or the gateway answers 401) the stored one is dropped and
 * {@link ClientAuthorizationRequiredException} thrown: Spring Security then sends the browser to auth-server, which
 * signs the user in again silently while its own session lasts, and back to the page.
 */
class StaffTokenRelay implements ClientHttpRequestInterceptor {

    private final OAuth2AuthorizedClientManager tokens;
    private final OAuth2AuthorizedClientRepository storedTokens;
    private final String registrationId;

    StaffTokenRelay(OAuth2AuthorizedClientManager tokens, OAuth2AuthorizedClientRepository storedTokens,
            String registrationId) {
        this.tokens = tokens;
        this.storedTokens = storedTokens;
        this.registrationId = registrationId;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (!(user instanceof OAuth2AuthenticationToken)) {
            throw new IllegalStateException("GatewayClient is for staff pages: nobody is signed in here");
        }
        OAuth2AuthorizedClient client;
        try {
            client = tokens.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(registrationId)
                    .principal(user).build());
        } catch (ClientAuthorizationException refused) {
            throw new ClientAuthorizationRequiredException(registrationId);
        }
        if (client == null) {
            throw new ClientAuthorizationRequiredException(registrationId);
        }
        request.getHeaders().setBearerAuth(client.getAccessToken().getTokenValue());
        ClientHttpResponse response = execution.execute(request, body);
        if (response.getStatusCode().value() == HttpStatus.UNAUTHORIZED.value()) {
            response.close();
            forget(user);
            throw new ClientAuthorizationRequiredException(registrationId);
        }
        return response;
    }

    private void forget(Authentication user) {
        ServletRequestAttributes current = (ServletRequestAttributes) RequestContextHolder.getRequestAttributes();
        if (current != null) {
            HttpServletRequest request = current.getRequest();
            HttpServletResponse response = current.getResponse();
            storedTokens.removeAuthorizedClient(registrationId, user, request, response);
        }
    }
}
