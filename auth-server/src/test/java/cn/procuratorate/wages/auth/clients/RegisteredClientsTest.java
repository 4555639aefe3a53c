package cn.procuratorate.wages.auth.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.wages.common.security.Role;
import cn.procuratorate.wages.auth.identity.Sector;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

class RegisteredClientsTest {

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final RegisteredClients clients = new RegisteredClients(encoder, TokenSettings.builder().build());

    @Test
    void aFrontEndIsAPublicClientThatMustUsePkce() {
        RegisteredClient web = clients.from(definition("web", ClientKind.FRONT_END, null, null,
                List.of("http://localhost:3000/callback")));

        assertThat(web.getClientAuthenticationMethods()).containsExactly(ClientAuthenticationMethod.NONE);
        assertThat(web.getAuthorizationGrantTypes()).containsExactly(AuthorizationGrantType.AUTHORIZATION_CODE);
        assertThat(web.getClientSettings().isRequireProofKey()).isTrue();
        assertThat(web.getRedirectUris()).containsExactly("http://localhost:3000/callback");
    }

    @Test
    void aWebAppIsAConfidentialClientWithPkceAndRefreshTokensAndNeedsASecret() {
        RegisteredClient console = clients.from(definition("console", ClientKind.WEB_APP, "console-secret", null,
                List.of("http://localhost:8080/console/login/oauth2/code/console")));

        assertThat(console.getClientAuthenticationMethods())
                .containsExactly(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
        assertThat(console.getAuthorizationGrantTypes()).containsExactlyInAnyOrder(
                AuthorizationGrantType.AUTHORIZATION_CODE, AuthorizationGrantType.REFRESH_TOKEN);
        assertThat(console.getClientSettings().isRequireProofKey()).isTrue();
        assertThat(encoder.matches("console-secret", console.getClientSecret())).isTrue();
        assertThatThrownBy(() -> clients.from(definition("console", ClientKind.WEB_APP, null, null,
                List.of("http://localhost:8080/console/login/oauth2/code/console"))))
                .hasMessageContaining("'console'").hasMessageContaining("secret");
    }

    @Test
    void aPartnerAgencyKeepsOnlyAHashOfItsSecretAndCarriesItsRoleAndSector() {
        RegisteredClient agency = clients.from(definition("housing-agency", ClientKind.PARTNER_AGENCY, "s3cret",
                Sector.HOUSING, List.of()));

        assertThat(agency.getClientSecret()).startsWith("{bcrypt}").doesNotContain("s3cret");
        assertThat(encoder.matches("s3cret", agency.getClientSecret())).isTrue();
        assertThat(agency.getAuthorizationGrantTypes()).containsExactly(AuthorizationGrantType.CLIENT_CREDENTIALS);
        assertThat(PlatformClientSettings.role(agency)).contains(Role.PARTNER_AGENCY);
        assertThat(PlatformClientSettings.sector(agency)).contains(Sector.HOUSING);
    }

    @Test
    void aSecretGivenAlreadyEncodedIsKeptAsIs() {
        String hash = encoder.encode("from-the-vault");

        RegisteredClient service = clients.from(definition("platform-services", ClientKind.SERVICE, hash, null,
                List.of()));

        assertThat(service.getClientSecret()).isEqualTo(hash);
        assertThat(PlatformClientSettings.role(service)).contains(Role.SERVICE);
        assertThat(PlatformClientSettings.sector(service)).isEmpty();
    }

    @Test
    void definitionsThatMakeNoSenseAreRefusedNamingTheClient() {
        assertThatThrownBy(() -> clients.from(definition("agency", ClientKind.PARTNER_AGENCY, "s", null, List.of())))
                .hasMessageContaining("'agency'").hasMessageContaining("sector");
        assertThatThrownBy(() -> clients.from(definition("svc", ClientKind.SERVICE, null, null, List.of())))
                .hasMessageContaining("'svc'").hasMessageContaining("secret");
        assertThatThrownBy(() -> clients.from(definition("web", ClientKind.FRONT_END, "s", null,
                List.of("http://localhost:3000/callback"))))
                .hasMessageContaining("public client");
        assertThatThrownBy(() -> clients.from(definition("web", ClientKind.FRONT_END, null, null, List.of())))
                .hasMessageContaining("redirect-uris");
    }

    private static ClientDefinition definition(String id, ClientKind kind, String secret, Sector sector,
            List<String> redirectUris) {
        return new ClientDefinition(id, kind, null, secret, sector, redirectUris, null);
    }
}
