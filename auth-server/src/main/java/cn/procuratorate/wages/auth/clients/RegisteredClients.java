package cn.procuratorate.wages.auth.clients;

import cn.procuratorate.wages.common.security.Role;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.util.StringUtils;

/** Turns a configured {@link ClientDefinition} into a registered client, refusing definitions that make no sense. */
public final class RegisteredClients {

    /** A secret that already names its encoding ({bcrypt}, {argon2}…) is stored as given. */
    private static final Pattern ENCODED = Pattern.compile("^\\{[A-Za-z0-9@.-]+}.+");

    private final PasswordEncoder passwordEncoder;
    private final TokenSettings tokenSettings;

    public RegisteredClients(PasswordEncoder passwordEncoder, TokenSettings tokenSettings) {
        this.passwordEncoder = passwordEncoder;
        this.tokenSettings = tokenSettings;
    }

    public RegisteredClient from(ClientDefinition definition) {
        RegisteredClient.Builder client = switch (definition.kind()) {
            case FRONT_END -> frontEnd(definition);
            case WEB_APP -> webApp(definition);
            case PARTNER_AGENCY -> machine(definition, Role.PARTNER_AGENCY);
            case SERVICE -> machine(definition, Role.SERVICE);
            case OPERATOR -> machine(definition, Role.OPERATOR);
        };
        return client.clientName(StringUtils.hasText(definition.name()) ? definition.name() : definition.clientId())
                .build();
    }

    /** A client-credentials client whose secret is hashed before it is kept in memory. */
    public RegisteredClient.Builder confidential(String clientId, String secret) {
        return RegisteredClient.withId(clientId)
                .clientId(clientId)
                .clientSecret(encode(secret))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenSettings(tokenSettings);
    }

    private RegisteredClient.Builder frontEnd(ClientDefinition definition) {
        require(!StringUtils.hasText(definition.secret()), definition,
                "a front end is a public client and must not have a secret");
        require(!definition.redirectUris().isEmpty(), definition, "redirect-uris are required for a front end");
        require(definition.sector() == null, definition, "only a partner agency has a sector");
        return RegisteredClient.withId(definition.clientId())
                .clientId(definition.clientId())
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUris(uris -> uris.addAll(definition.redirectUris()))
                .postLogoutRedirectUris(uris -> uris.addAll(definition.postLogoutRedirectUris()))
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                // First-party apps: no consent screen, but PKCE always, as a public client cannot keep a secret.
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(tokenSettings);
    }

    /** Like a front end, but with a secret (kept by its server) and refresh tokens, which only it can redeem. */
    private RegisteredClient.Builder webApp(ClientDefinition definition) {
        require(StringUtils.hasText(definition.secret()), definition, "a secret is required for a web application");
        require(!definition.redirectUris().isEmpty(), definition, "redirect-uris are required for a web application");
        require(definition.sector() == null, definition, "only a partner agency has a sector");
        return RegisteredClient.withId(definition.clientId())
                .clientId(definition.clientId())
                .clientSecret(encode(definition.secret()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUris(uris -> uris.addAll(definition.redirectUris()))
                .postLogoutRedirectUris(uris -> uris.addAll(definition.postLogoutRedirectUris()))
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(tokenSettings);
    }

    private RegisteredClient.Builder machine(ClientDefinition definition, Role role) {
        require(StringUtils.hasText(definition.secret()), definition, "a secret is required for a " + role + " client");
        require(definition.redirectUris().isEmpty(), definition, "a client-credentials client has no redirect-uris");
        boolean agency = role == Role.PARTNER_AGENCY;
        require(agency == (definition.sector() != null), definition,
                agency ? "a partner agency needs its sector" : "only a partner agency has a sector");
        return confidential(definition.clientId(), definition.secret())
                .clientSettings(PlatformClientSettings.machine(role, definition.sector()).build());
    }

    private String encode(String secret) {
        return ENCODED.matcher(secret).matches() ? secret : passwordEncoder.encode(secret);
    }

    private static void require(boolean condition, ClientDefinition definition, String problem) {
        if (!condition) {
            throw new IllegalStateException("auth.clients: client '" + definition.clientId() + "': " + problem);
        }
    }
}
