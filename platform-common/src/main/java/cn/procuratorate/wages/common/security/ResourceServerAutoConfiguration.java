package cn.procuratorate.wages.common.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import cn.procuratorate.wages.common.config.CommonWebAutoConfiguration;
import cn.procuratorate.wages.common.problem.ProblemDetailsHandler;
import cn.procuratorate.wages.common.problem.ProblemKind;
import cn.procuratorate.wages.common.problem.ProblemResponder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestTemplate;
import java.time.Duration;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every service is an OAuth2 resource server too (defence in depth: a call that bypasses the gateway is refused).
 * {@code /api/**} needs a JWT from auth-server (signature from its JWK set, issuer {@code platform.security.issuer});
 * the {@code roles} claim becomes {@code ROLE_*} authorities for {@code @PreAuthorize}. Refusals are problems:
 * 401 with {@code WWW-Authenticate}, 403. A module with a security chain of its own (auth-server) keeps it.
 */
@AutoConfiguration(after = CommonWebAutoConfiguration.class, beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
        // A service with the OAuth2 client (service tokens) would otherwise get Boot's oauth2Login chain instead.
        "org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken")
@EnableMethodSecurity
public class ResourceServerAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ResourceServerAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    JwtDecoder jwtDecoder(@Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri}") String jwkSetUri,
            @Value("${platform.security.issuer}") String issuer) {
        // The JWK set is fetched on first use and cached, so a service starts even while auth-server does not.
        // Explicit timeouts: the first request after a start waits for that fetch, which with the defaults
        // timed out on a busy host and answered 500.
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(2));
        requests.setReadTimeout(Duration.ofSeconds(5));
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri)
                .restOperations(new RestTemplate(requests)).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
        return decoder;
    }

    @Bean
    SecurityProblemsAdvice securityProblemsAdvice(ProblemDetailsHandler problemDetailsHandler) {
        return new SecurityProblemsAdvice(problemDetailsHandler);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain platformApiSecurity(HttpSecurity http, JwtDecoder jwtDecoder, ProblemResponder problems)
            throws Exception {
        AuthenticationEntryPoint unauthorized = unauthorized(problems);
        AccessDeniedHandler forbidden = forbidden(problems);
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        // Public pages for migrant workers (no account); the gateway rate-limits them.
                        .requestMatchers("/api/public/**").permitAll()
                        .requestMatchers("/api/**").authenticated()
                        // Probes and info for orchestrators; metrics, breakers and the rest for operations only.
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.OPERATOR.name())
                        // API docs (the gateway's Swagger UI reads them), error pages.
                        .anyRequest().permitAll())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(rolesAsAuthorities()))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden)
                        .withObjectPostProcessor(keysUnavailableAs503(unauthorized, problems)))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden));
        return http.build();
    }

    static JwtAuthenticationConverter rolesAsAuthorities() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(TokenClaims.ROLES);
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }

    /** Bearer's own entry point sets 401 and {@code WWW-Authenticate}; the body is the platform's problem. */
    private static AuthenticationEntryPoint unauthorized(ProblemResponder problems) {
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        return (request, response, failure) -> {
            bearer.commence(request, response, failure);
            problems.write(request, response, ProblemKind.UNAUTHORIZED, "problem.detail.unauthorized");
        };
    }

    /**
     * A token that cannot be checked because auth-server's keys cannot be fetched (auth-server or its database down,
     * right after this service started) is not the caller's fault: 503 problem naming auth-server, not the 500 that
     * Spring Security's default (rethrowing AuthenticationServiceException) gives. A bad token stays a 401.
     */
    private static ObjectPostProcessor<BearerTokenAuthenticationFilter> keysUnavailableAs503(
            AuthenticationEntryPoint unauthorized, ProblemResponder problems) {
        return new ObjectPostProcessor<>() {
            @Override
            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                filter.setAuthenticationFailureHandler((request, response, failure) -> {
                    if (failure instanceof AuthenticationServiceException) {
                        log.warn("Access token not checked, auth-server's keys are unavailable: {}",
                                failure.getClass().getSimpleName());
                        response.setHeader(HttpHeaders.RETRY_AFTER, "5");
                        problems.write(request, response, ProblemKind.SERVICE_UNAVAILABLE,
                                "problem.detail.dependency-unavailable", "auth-server");
                    } else {
                        unauthorized.commence(request, response, failure);
                    }
                });
                return filter;
            }
        };
    }

    private static AccessDeniedHandler forbidden(ProblemResponder problems) {
        BearerTokenAccessDeniedHandler bearer = new BearerTokenAccessDeniedHandler();
        return (request, response, denied) -> {
            bearer.handle(request, response, denied);
            problems.write(request, response, ProblemKind.FORBIDDEN, "problem.detail.forbidden");
        };
    }

}
