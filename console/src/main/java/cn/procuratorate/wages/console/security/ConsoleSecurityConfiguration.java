package cn.procuratorate.wages.console.security;

import cn.procuratorate.wages.console.ConsoleProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

/**
 * Three chains, by path:
 * <ul>
 * <li>{@code /public/**}: anyone, no session; CSRF token in a cookie of that path, as the staff session cookie
 *     ({@code /console}) never reaches these pages.</li>
 * <li>{@code /console/**}: staff only, signed in at auth-server (authorization code + PKCE). Spring Security's
 *     OAuth2 endpoints live under {@code /console/...}, because the gateway sends {@code /oauth2/**}, {@code /login}
 *     and {@code /logout} to auth-server. Logout ends the auth-server session too (RP-initiated) and comes back to
 *     {@code /console}, i.e. to the sign-in form.</li>
 * <li>everything else: the health probes and error page; nothing more.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurityConfiguration {

    static final String AUTHORIZATION_BASE_URI = "/console/oauth2/authorization";
    static final String REDIRECTION_URI = "/console/login/oauth2/code/*";

    @Bean
    @Order(1)
    SecurityFilterChain publicPages(HttpSecurity http) {
        CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
        csrfTokens.setCookieName("PUBLIC_XSRF");
        csrfTokens.setHeaderName("X-XSRF-TOKEN");
        csrfTokens.setCookieCustomizer(cookie -> cookie.path("/public").sameSite("Lax"));
        http.securityMatcher("/public", "/public/**")
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain staffPages(HttpSecurity http, ClientRegistrationRepository registrations,
            ConsoleProperties properties) {
        DefaultOAuth2AuthorizationRequestResolver authorizationRequests =
                new DefaultOAuth2AuthorizationRequestResolver(registrations, AUTHORIZATION_BASE_URI);
        // PKCE for the confidential client too: auth-server requires it of every authorization code client.
        authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        OidcClientInitiatedLogoutSuccessHandler logoutSuccess = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        logoutSuccess.setPostLogoutRedirectUri("{baseUrl}/console");
        http.securityMatcher("/console", "/console/**")
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/console/assets/**", "/console/webjars/**").permitAll()
                        .anyRequest().hasAnyRole(StaffRoles.ALL))
                .oauth2Login(login -> login
                        // One identity provider: straight to it, no page to choose one.
                        .loginPage(AUTHORIZATION_BASE_URI + "/" + properties.clientId())
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(authorizationRequests))
                        .redirectionEndpoint(endpoint -> endpoint.baseUri(REDIRECTION_URI))
                        .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(new StaffRoles())))
                .logout(logout -> logout
                        .logoutUrl("/console/logout")
                        .logoutSuccessHandler(logoutSuccess));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain everythingElse(HttpSecurity http) {
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/error")
                        .permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
