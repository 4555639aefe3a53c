package cn.procuratorate.wages.auth.authorizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.wages.auth.support.IssuerIT;
import cn.procuratorate.wages.auth.support.WebSignIn;
import java.security.Principal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2DeviceCode;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/** The MongoDB authorization service on its own: what goes in comes out, by every look-up, and what is stored. */
class MongoAuthorizationServiceIT extends IssuerIT {

    private static final OAuth2TokenType CODE = new OAuth2TokenType(OAuth2ParameterNames.CODE);
    private static final OAuth2TokenType STATE = new OAuth2TokenType(OAuth2ParameterNames.STATE);
    private static final OAuth2TokenType ID_TOKEN = new OAuth2TokenType(OidcParameterNames.ID_TOKEN);
    private static final String CLAIMS = OAuth2Authorization.Token.CLAIMS_METADATA_NAME;

    @Autowired
    MongoAuthorizationService service;
    @Autowired
    RegisteredClientRepository clients;
    @Autowired
    MongoTemplate mongo;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private final String code = randomValue();
    private final String accessToken = randomValue();
    private final String idToken = randomValue();
    private final String refreshToken = randomValue();
    private final String state = randomValue();

    @Test
    void eachTokenAndTheStateFindTheAuthorizationWithTheirOwnRealValue() {
        OAuth2Authorization saved = signedInAuthorization();
        service.save(saved);

        Map<String, OAuth2TokenType> lookUps = Map.of(code, CODE, accessToken, OAuth2TokenType.ACCESS_TOKEN,
                idToken, ID_TOKEN, refreshToken, OAuth2TokenType.REFRESH_TOKEN);
        lookUps.forEach((value, type) -> {
            for (OAuth2TokenType asked : new OAuth2TokenType[] {type, null}) {
                OAuth2Authorization found = service.findByToken(value, asked);
                assertThat(found).as(type.getValue()).isNotNull();
                assertThat(found.getId()).isEqualTo(saved.getId());
                assertThat(found.getToken(value)).as("%s with its value", type.getValue()).isNotNull();
                lookUps.keySet().stream().filter(other -> !other.equals(value))
                        .forEach(other -> assertThat(found.getToken(other)).as("another token's value").isNull());
            }
        });
        assertThat(service.findByToken(state, STATE).<String>getAttribute(OAuth2ParameterNames.STATE))
                .isEqualTo(state);
        assertThat(service.findByToken(code, OAuth2TokenType.ACCESS_TOKEN)).isNull();
        assertThat(service.findByToken(randomValue(), null)).isNull();
    }

    @Test
    void attributesTimesAndMetadataComeBackAsSaved() {
        OAuth2Authorization saved = signedInAuthorization();
        service.save(saved);

        OAuth2Authorization found = service.findByToken(accessToken, OAuth2TokenType.ACCESS_TOKEN);

        assertThat(found.getRegisteredClientId()).isEqualTo("web");
        assertThat(found.getPrincipalName()).isEqualTo("clerk1");
        assertThat(found.getAuthorizationGrantType()).isEqualTo(AuthorizationGrantType.AUTHORIZATION_CODE);
        assertThat(found.getAuthorizedScopes()).containsExactly("openid");
        assertThat(found.<UsernamePasswordAuthenticationToken>getAttribute(Principal.class.getName()))
                .isEqualTo(saved.getAttribute(Principal.class.getName()));
        OAuth2AuthorizationRequest request = found.getAttribute(OAuth2AuthorizationRequest.class.getName());
        assertThat(request.getClientId()).isEqualTo("web");
        assertThat(request.getRedirectUri()).isEqualTo(WebSignIn.CALLBACK);
        assertThat(request.getAdditionalParameters()).containsEntry("code_challenge", "challenge");
        OAuth2Authorization.Token<OAuth2AccessToken> access = found.getAccessToken();
        assertThat(access.getToken().getTokenType()).isEqualTo(OAuth2AccessToken.TokenType.BEARER);
        assertThat(access.getToken().getScopes()).containsExactly("openid");
        assertThat(access.getToken().getIssuedAt()).isEqualTo(now);
        assertThat(access.getToken().getExpiresAt()).isEqualTo(now.plus(Duration.ofMinutes(30)));
        assertThat(access.getClaims()).containsEntry("sub", "clerk1").containsEntry("roles", List.of("CLERK"));
        assertThat(access.isActive()).isTrue();
        assertThat(found.getToken(OidcIdToken.class).getToken().getSubject()).isEqualTo("clerk1");
        assertThat(found.getToken(OidcIdToken.class).getToken().getAudience()).containsExactly("web");
        assertThat(found.getToken(OAuth2AuthorizationCode.class).getToken().getExpiresAt())
                .isEqualTo(now.plus(Duration.ofMinutes(5)));
        assertThat(found.getRefreshToken().getToken().getExpiresAt()).isEqualTo(now.plus(Duration.ofHours(1)));
    }

    @Test
    void theDatabaseHoldsDigestsOfTheTokensAndTheStateNeverTheirValues() {
        OAuth2Authorization saved = signedInAuthorization();
        service.save(saved);

        String stored = storedDocument(saved.getId()).toJson();

        for (String value : List.of(code, accessToken, idToken, refreshToken, state)) {
            assertThat(stored).doesNotContain(value).contains(TokenDigests.ofPresented(value));
            // Presenting what the database holds (a digest, or the stand-in form) finds nothing.
            assertThat(service.findByToken(TokenDigests.ofPresented(value), null)).isNull();
            assertThat(service.findByToken(TokenDigests.standIn(TokenDigests.ofPresented(value)), null)).isNull();
        }
        assertThat(stored).doesNotContain("not-kept");
    }

    @Test
    void savedAgainAfterARefreshItKeepsTheTokensItWasNotLookedUpBy() {
        service.save(signedInAuthorization());
        OAuth2Authorization found = service.findByToken(refreshToken, OAuth2TokenType.REFRESH_TOKEN);
        String newAccessToken = randomValue();

        service.save(OAuth2Authorization.from(found)
                .token(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, newAccessToken, now,
                        now.plus(Duration.ofMinutes(30)), Set.of("openid")), metadata -> metadata.put(CLAIMS,
                        Map.of("sub", "clerk1")))
                .build());

        assertThat(service.findByToken(newAccessToken, OAuth2TokenType.ACCESS_TOKEN)).isNotNull();
        assertThat(service.findByToken(accessToken, OAuth2TokenType.ACCESS_TOKEN)).isNull();
        assertThat(service.findByToken(refreshToken, OAuth2TokenType.REFRESH_TOKEN).getRefreshToken().isActive())
                .isTrue();
        assertThat(service.findByToken(idToken, ID_TOKEN)).isNotNull();
        assertThat(service.findByToken(code, CODE)).isNotNull();
        assertThat(service.findByToken(state, STATE)).isNotNull();
    }

    @Test
    void aRevokedRefreshTokenLeavesItsAccessTokenInvalidatedToo() {
        service.save(signedInAuthorization());
        OAuth2Authorization found = service.findByToken(refreshToken, OAuth2TokenType.REFRESH_TOKEN);

        service.save(OAuth2Authorization.from(found).invalidate(found.getRefreshToken().getToken()).build());

        assertThat(service.findByToken(refreshToken, null).getRefreshToken().isInvalidated()).isTrue();
        assertThat(service.findByToken(accessToken, null).getAccessToken().isInvalidated()).isTrue();
    }

    @Test
    void byIdEveryTokenComesBackWithoutItsValueAndRemoveDeletesTheAuthorization() {
        OAuth2Authorization saved = signedInAuthorization();
        service.save(saved);

        OAuth2Authorization byId = service.findById(saved.getId());
        service.remove(byId);

        assertThat(byId.getAccessToken()).isNotNull();
        assertThat(byId.getRefreshToken()).isNotNull();
        assertThat(byId.getToken(accessToken)).isNull();
        assertThat(byId.getToken(refreshToken)).isNull();
        assertThat(service.findById(saved.getId())).isNull();
        assertThat(service.findByToken(refreshToken, OAuth2TokenType.REFRESH_TOKEN)).isNull();
        assertThat(service.findByToken(code, null)).isNull();
    }

    @Test
    void theDocumentExpiresADayAfterItsLastTokenAndExpiredOnesAreRemoved() {
        OAuth2Authorization current = signedInAuthorization();
        OAuth2Authorization pendingConsent = authorization(clients.findById("web"))
                .attribute(OAuth2ParameterNames.STATE, state).build();
        Instant longAgo = now.minus(Duration.ofDays(3));
        OAuth2Authorization expired = authorization(clients.findById("web"))
                .token(new OAuth2AuthorizationCode(randomValue(), longAgo, longAgo.plus(Duration.ofMinutes(5))))
                .build();
        List.of(current, pendingConsent, expired).forEach(service::save);

        service.removeExpired();

        assertThat(storedDocument(current.getId()).getDate("expireAt").toInstant())
                .isEqualTo(now.plus(Duration.ofHours(1)).plus(Duration.ofDays(1)));
        assertThat(storedDocument(pendingConsent.getId()).getDate("expireAt").toInstant())
                .isBetween(now.plus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(1)));
        assertThat(storedDocument(expired.getId())).isNull();
    }

    @Test
    void anAuthorizationOfAClientNoLongerConfiguredIsNotFound() {
        RegisteredClient removed = RegisteredClient.withId("removed-client").clientId("removed-client")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(WebSignIn.CALLBACK)
                .build();
        service.save(authorization(removed).token(new OAuth2AuthorizationCode(code, now, now.plusSeconds(300)))
                .build());

        assertThat(service.findByToken(code, CODE)).isNull();
    }

    @Test
    void theDeviceGrantIsRefusedRatherThanStoredWithoutItsCodes() {
        OAuth2Authorization device = authorization(clients.findById("web"))
                .token(new OAuth2DeviceCode(randomValue(), now, now.plusSeconds(300)))
                .build();

        assertThatThrownBy(() -> service.save(device)).isInstanceOf(IllegalArgumentException.class);
    }

    /** What a sign-in through the web client leaves, with every kind of token and a consent state besides. */
    private OAuth2Authorization signedInAuthorization() {
        RegisteredClient web = clients.findById("web");
        UserDetails user = User.withUsername("clerk1").password("{bcrypt}not-kept").roles("CLERK").build();
        UsernamePasswordAuthenticationToken principal = UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities());
        principal.eraseCredentials();
        OAuth2AuthorizationRequest request = OAuth2AuthorizationRequest.authorizationCode()
                .authorizationUri("http://localhost:8080/oauth2/authorize")
                .clientId("web")
                .redirectUri(WebSignIn.CALLBACK)
                .scopes(Set.of("openid"))
                .state("s1")
                .additionalParameters(Map.of("code_challenge", "challenge", "code_challenge_method", "S256"))
                .build();
        OidcIdToken oidcIdToken = OidcIdToken.withTokenValue(idToken).subject("clerk1").audience(List.of("web"))
                .issuedAt(now).expiresAt(now.plus(Duration.ofMinutes(30))).build();
        return authorization(web)
                .authorizedScopes(Set.of("openid"))
                .attribute(Principal.class.getName(), principal)
                .attribute(OAuth2AuthorizationRequest.class.getName(), request)
                .attribute(OAuth2ParameterNames.STATE, state)
                .token(new OAuth2AuthorizationCode(code, now, now.plus(Duration.ofMinutes(5))))
                .token(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, accessToken, now,
                        now.plus(Duration.ofMinutes(30)), Set.of("openid")), metadata -> metadata.put(CLAIMS,
                        Map.of("sub", "clerk1", "roles", List.of("CLERK"), "unit", "110105")))
                .token(oidcIdToken, metadata -> metadata.put(CLAIMS, oidcIdToken.getClaims()))
                .refreshToken(new OAuth2RefreshToken(refreshToken, now, now.plus(Duration.ofHours(1))))
                .build();
    }

    private static OAuth2Authorization.Builder authorization(RegisteredClient client) {
        return OAuth2Authorization.withRegisteredClient(client)
                .principalName("clerk1")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE);
    }

    private Document storedDocument(String id) {
        return mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class,
                AuthorizationDocument.COLLECTION);
    }

    private static String randomValue() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
