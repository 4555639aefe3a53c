package cn.procuratorate.wages.auth.authorizations;

import cn.procuratorate.wages.auth.authorizations.AuthorizationDocument.StoredToken;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2DeviceCode;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.core.OAuth2UserCode;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

/**
 * Between Spring Authorization Server's {@link OAuth2Authorization} and the stored {@link AuthorizationDocument}.
 * Token values and the consent state are kept only as digests ({@link TokenDigests}); the rest (attributes, each
 * token's times and metadata, the access token's type and scopes) as the JDBC service keeps it.
 */
final class AuthorizationMapping {

    /**
     * How long a document outlives its last token: an expired ID token still names the sign-in at logout (OpenID
     * Connect RP-initiated logout accepts it as {@code id_token_hint}), and a code replayed late is still recognised.
     */
    private static final Duration KEPT_AFTER_EXPIRY = Duration.ofDays(1);
    private static final String CLAIMS = OAuth2Authorization.Token.CLAIMS_METADATA_NAME;

    private final AuthorizationJson json = new AuthorizationJson();

    AuthorizationDocument toDocument(OAuth2Authorization authorization, Instant now) {
        if (authorization.getToken(OAuth2DeviceCode.class) != null
                || authorization.getToken(OAuth2UserCode.class) != null) {
            // Not stored, so not silently dropped either: no client has the device grant.
            throw new IllegalArgumentException("The device authorization grant is not supported");
        }
        Map<String, Object> attributes = new HashMap<>(authorization.getAttributes());
        String state = (String) attributes.remove(OAuth2ParameterNames.STATE);
        StoredToken code = stored(authorization.getToken(OAuth2AuthorizationCode.class));
        StoredToken accessToken = stored(authorization.getAccessToken());
        StoredToken idToken = stored(authorization.getToken(OidcIdToken.class));
        StoredToken refreshToken = stored(authorization.getRefreshToken());
        return new AuthorizationDocument(authorization.getId(), authorization.getRegisteredClientId(),
                authorization.getPrincipalName(), authorization.getAuthorizationGrantType().getValue(),
                authorization.getAuthorizedScopes(), json.write(attributes),
                state == null ? null : TokenDigests.forStorage(state), code, accessToken, idToken, refreshToken,
                expireAt(now, code, accessToken, idToken, refreshToken));
    }

    /**
     * @param presentedValue the token (or state) the caller looked the authorization up by, which gets its real
     *                       value back; null when looked up by id, then every token gets a stand-in
     */
    OAuth2Authorization toAuthorization(AuthorizationDocument document, RegisteredClient client,
            String presentedValue) {
        String presentedDigest = presentedValue == null ? null : TokenDigests.ofPresented(presentedValue);
        UnaryOperator<String> value = digest -> digest.equals(presentedDigest)
                ? presentedValue : TokenDigests.standIn(digest);
        OAuth2Authorization.Builder authorization = OAuth2Authorization.withRegisteredClient(client)
                .id(document.id())
                .principalName(document.principalName())
                .authorizationGrantType(new AuthorizationGrantType(document.grantType()))
                .authorizedScopes(document.authorizedScopes() == null ? Set.of() : document.authorizedScopes())
                .attributes(attributes -> attributes.putAll(json.read(document.attributes())));
        if (document.state() != null) {
            authorization.attribute(OAuth2ParameterNames.STATE, value.apply(document.state()));
        }
        StoredToken code = document.authorizationCode();
        if (code != null) {
            authorization.token(new OAuth2AuthorizationCode(value.apply(code.digest()), code.issuedAt(),
                    code.expiresAt()), metadata(code));
        }
        StoredToken access = document.accessToken();
        if (access != null) {
            authorization.token(new OAuth2AccessToken(accessTokenType(access.type()), value.apply(access.digest()),
                    access.issuedAt(), access.expiresAt(), access.scopes()), metadata(access));
        }
        StoredToken id = document.idToken();
        if (id != null) {
            Map<String, Object> metadata = json.read(id.metadata());
            @SuppressWarnings("unchecked")
            Map<String, Object> claims = (Map<String, Object>) metadata.get(CLAIMS);
            authorization.token(new OidcIdToken(value.apply(id.digest()), id.issuedAt(), id.expiresAt(), claims),
                    stored -> stored.putAll(metadata));
        }
        StoredToken refresh = document.refreshToken();
        if (refresh != null) {
            authorization.token(new OAuth2RefreshToken(value.apply(refresh.digest()), refresh.issuedAt(),
                    refresh.expiresAt()), metadata(refresh));
        }
        return authorization.build();
    }

    private StoredToken stored(OAuth2Authorization.Token<? extends OAuth2Token> token) {
        if (token == null) {
            return null;
        }
        OAuth2Token value = token.getToken();
        OAuth2AccessToken access = value instanceof OAuth2AccessToken accessToken ? accessToken : null;
        return new StoredToken(TokenDigests.forStorage(value.getTokenValue()), value.getIssuedAt(),
                value.getExpiresAt(), json.write(token.getMetadata()),
                access == null ? null : access.getTokenType().getValue(), access == null ? null : access.getScopes());
    }

    private Consumer<Map<String, Object>> metadata(StoredToken token) {
        Map<String, Object> metadata = json.read(token.metadata());
        return stored -> stored.putAll(metadata);
    }

    private static OAuth2AccessToken.TokenType accessTokenType(String type) {
        return Stream.of(OAuth2AccessToken.TokenType.BEARER, OAuth2AccessToken.TokenType.DPOP)
                .filter(known -> known.getValue().equalsIgnoreCase(type))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Unknown access token type " + type));
    }

    /**
     * The latest expiry of its tokens (now if it has none yet, e.g. while consent is pending) plus the margin; none
     * if one of its tokens never expires.
     */
    private static Instant expireAt(Instant now, StoredToken... tokens) {
        Instant latest = null;
        for (StoredToken token : tokens) {
            if (token != null && token.expiresAt() == null) {
                return null;
            }
            if (token != null && (latest == null || token.expiresAt().isAfter(latest))) {
                latest = token.expiresAt();
            }
        }
        return (latest == null ? now : latest).plus(KEPT_AFTER_EXPIRY);
    }
}
