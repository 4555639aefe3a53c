package cn.procuratorate.wages.gateway.security;

import cn.procuratorate.wages.common.security.TokenClaims;
import io.netty.channel.ChannelOption;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.actuate.web.reactive.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtGrantedAuthoritiesConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

/**
 * The gateway as an OAuth2 resource server: {@code /api/**} needs an access token from auth-server (RS256, keys from
 * its JWK set, issuer {@code platform.security.issuer}), and its {@code roles} claim decides, coarsely, which
 * service a caller may reach; the services check the details themselves. The token is relayed to them unchanged.
 * <p>
 * Two chains. The first covers what must work without a token (auth-server's own endpoints, API docs, health,
 * {@code /api/public/**}) and ignores any token sent there: auth-server and the services judge it, and an expired
 * token left in a browser must not break a public page. The second checks tokens on everything else.
 * <p>
 * Stateless: no session, no saved requests, no CSRF (callers send bearer tokens, not cookies), no login or logout
 * pages of its own ({@code /login} and {@code /logout} belong to auth-server).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class EdgeSecurityConfiguration {

    /**
     * The order of Spring Security's filter among the web filters (its WebFluxSecurityConfiguration, not public):
     * after the request id and CORS filters, so that refusals carry both and preflights need no token.
     */
    public static final int FILTER_ORDER = -100;

    /** Longer than the gateway's own response timeout, which applies first when the JWK set comes through a route. */
    private static final Duration JWKS_TIMEOUT = Duration.ofSeconds(5);

    private static final String[] AUTH_SERVER_PATHS = {
            "/oauth2/**", "/.well-known/**", "/login", "/logout", "/userinfo", "/connect/**"};
    private static final String[] API_DOCS_PATHS = {
            "/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**", "/webjars/**"};
    private static final String PUBLIC_API_PATH = "/api/public/**";
    private static final String PARTNER_EXCHANGE_PATH = "/api/outreach/exchange/**";

    @Bean
    @Order(1)
    SecurityWebFilterChain publicPaths(ServerHttpSecurity http, SecurityRefusals refusals) {
        return stateless(http, refusals)
                .securityMatcher(ServerWebExchangeMatchers.matchers(
                        ServerWebExchangeMatchers.pathMatchers(AUTH_SERVER_PATHS),
                        ServerWebExchangeMatchers.pathMatchers(API_DOCS_PATHS),
                        ServerWebExchangeMatchers.pathMatchers(PUBLIC_API_PATH),
                        EndpointRequest.to("health", "info")))
                .authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
                .build();
    }

    @Bean
    @Order(2)
    SecurityWebFilterChain tokenCheckedPaths(ServerHttpSecurity http, SecurityRefusals refusals,
            ReactiveJwtDecoder jwtDecoder) {
        return stateless(http, refusals)
                .authorizeExchange(exchanges -> exchanges
                        // Before the general outreach rule: the one part of a domain API partner agencies may reach
                        // (the exchange of wage-arrears information; outreach-service checks each agency's own data).
                        .pathMatchers(PARTNER_EXCHANGE_PATH).hasAnyRole(EdgeRoles.STAFF_AND_PARTNERS)
                        .pathMatchers("/api/cases/**", "/api/petitions/**", "/api/outreach/**")
                        .hasAnyRole(EdgeRoles.STAFF)
                        // Any other API path: a caller without a token learns nothing, not even that it is unknown.
                        .pathMatchers("/api/**").authenticated()
                        // Follows management.endpoints.web.base-path and a separate management port.
                        .matchers(EndpointRequest.toAnyEndpoint()).hasRole(EdgeRoles.OPERATOR)
                        // Not an API: unknown paths stay a 404 problem, /fallback/** a 404 too.
                        .anyExchange().permitAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtDecoder(jwtDecoder).jwtAuthenticationConverter(rolesAsAuthorities()))
                        .authenticationEntryPoint(refusals)
                        .accessDeniedHandler(refusals))
                .build();
    }

    /**
     * Keys from the JWK set (fetched on first use, cached, fetched again for an unknown key id), so the gateway
     * starts while auth-server does not; not issuer-uri discovery, which would need auth-server at start-up.
     * A verified token is remembered for a short while ({@code gateway.token-cache}), so that a caller's next
     * requests skip the signature check.
     */
    @Bean
    ReactiveJwtDecoder jwtDecoder(@Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri}") String jwkSetUri,
            PlatformSecurityProperties platform, TokenCacheProperties tokenCache) {
        ReactiveJwtDecoder decoder = jwtDecoder(jwkSetUri, platform.issuer());
        return tokenCache.enabled() ? new CachingJwtDecoder(decoder,
                new VerifiedTokenCache(tokenCache.maxAge(), tokenCache.maxEntries(), Clock.systemUTC())) : decoder;
    }

    static ReactiveJwtDecoder jwtDecoder(String jwkSetUri, String issuer) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(jwkSetUri)
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .webClient(jwksClient())
                .build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
        // Nimbus' reactive decoder reports a JWK set it cannot fetch as IllegalStateException, which would end as a
        // 500. As a JwtException (not a BadJwtException) the resource server raises AuthenticationServiceException:
        // the gateway's error handler answers 503 naming auth-server, and the caller's token is not blamed.
        return token -> decoder.decode(token).onErrorMap(IllegalStateException.class,
                keysUnavailable -> new JwtException("Cannot fetch the JWK set from " + jwkSetUri, keysUnavailable));
    }

    /** {@code roles: ["CLERK"]} becomes authority {@code ROLE_CLERK}, what {@code hasRole("CLERK")} checks. */
    static ReactiveJwtAuthenticationConverter rolesAsAuthorities() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(TokenClaims.ROLES);
        roles.setAuthorityPrefix(EdgeRoles.AUTHORITY_PREFIX);
        ReactiveJwtAuthenticationConverter converter = new ReactiveJwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new ReactiveJwtGrantedAuthoritiesConverterAdapter(roles));
        return converter;
    }

    private static ServerHttpSecurity stateless(ServerHttpSecurity http, SecurityRefusals refusals) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                // Answered by GatewayCorsWebFilter before this chain runs, for every response including refusals.
                .cors(ServerHttpSecurity.CorsSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                // On by default in WebFlux: it would answer POST /logout itself instead of routing it to auth-server.
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(refusals)
                        .accessDeniedHandler(refusals));
    }

    /** A hanging JWK set endpoint must not hang every request that carries a token with a new key id. */
    private static WebClient jwksClient() {
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) JWKS_TIMEOUT.toMillis())
                .responseTimeout(JWKS_TIMEOUT);
        return WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
    }
}
