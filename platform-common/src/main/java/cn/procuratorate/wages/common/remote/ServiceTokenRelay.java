package cn.procuratorate.wages.common.remote;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Work without a user calls other services with the service token. A call made while serving a user is left to
 * {@link BearerTokenRelay}, whatever the order of the interceptors: the callee must see, scope and audit the person.
 */
public class ServiceTokenRelay implements RequestInterceptor {

    private final ServiceTokens tokens;

    public ServiceTokenRelay(ServiceTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public void apply(RequestTemplate template) {
        boolean servingAUser = SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken;
        if (!servingAUser && !template.headers().containsKey(HttpHeaders.AUTHORIZATION)) {
            template.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.accessToken());
        }
    }
}
