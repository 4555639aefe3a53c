package cn.procuratorate.wages.auth.tokens;

import cn.procuratorate.wages.auth.clients.PlatformClientSettings;
import cn.procuratorate.wages.auth.users.StaffUser;
import cn.procuratorate.wages.auth.users.StaffUserStore;
import cn.procuratorate.wages.common.security.Role;
import cn.procuratorate.wages.common.security.TokenClaims;
import java.util.List;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * Adds the platform's claims ({@code roles}, {@code unit}, {@code sector}) to access and ID tokens: from the user
 * record when a user signed in, from the client's settings for a client-credentials token. Read at issue time, so a
 * change of role or unit shows in the next token.
 */
@Component
class PlatformTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final StaffUserStore users;

    PlatformTokenClaims(StaffUserStore users) {
        this.users = users;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (!accessToken && !idToken) {
            return;
        }
        RegisteredClient client = context.getRegisteredClient();
        JwtClaimsSet.Builder claims = context.getClaims();
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            PlatformClientSettings.actingUser(client).ifPresentOrElse(
                    username -> addUser(claims.subject(username), username),
                    () -> addMachine(claims, client));
        } else {
            addUser(claims, context.getPrincipal().getName());
        }
    }

    private void addUser(JwtClaimsSet.Builder claims, String username) {
        // A user disabled or removed since signing in gets no new token (e.g. on a refresh), rather than stale claims.
        StaffUser user = users.find(username).filter(StaffUser::enabled).orElseThrow(() ->
                new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT,
                        "The user is unknown or disabled", null)));
        claims.claim(TokenClaims.ROLES, user.roles().stream().map(Role::name).sorted().toList());
        claims.claim(TokenClaims.UNIT, user.unit());
    }

    private static void addMachine(JwtClaimsSet.Builder claims, RegisteredClient client) {
        claims.claim(TokenClaims.ROLES,
                PlatformClientSettings.role(client).map(role -> List.of(role.name())).orElse(List.of()));
        PlatformClientSettings.sector(client).ifPresent(sector -> claims.claim(TokenClaims.SECTOR, sector.name()));
    }
}
