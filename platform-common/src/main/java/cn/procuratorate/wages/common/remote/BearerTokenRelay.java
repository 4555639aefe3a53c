package cn.procuratorate.wages.common.remote;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Calls made while serving a user carry that user's token to the next service: the callee then applies the same
 * roles and unit scoping to the same person, and its audit names the person, not "petition-service".
 * Background work with no user (e.g. delivering a queued routing) uses a service token instead.
 */
public class BearerTokenRelay implements RequestInterceptor {

    @Override
    public void apply(RequestTemplate template) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token && !template.headers().containsKey(HttpHeaders.AUTHORIZATION)) {
            template.header(HttpHeaders.AUTHORIZATION, "Bearer " + token.getToken().getTokenValue());
        }
    }
}
