package cn.procuratorate.wages.auth.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.auth.support.Issuer;
import cn.procuratorate.wages.auth.support.IssuerIT;
import com.nimbusds.jwt.JWTClaimsSet;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a resource server sees in the tokens of each kind of client: the claims contract. */
class ClientCredentialsTokensIT extends IssuerIT {

    @Test
    void aDevStaffClientGetsThatUsersTokenSignedWithAPublishedKey() {
        Issuer issuer = issuer();
        JWTClaimsSet claims = issuer.verify(issuer.clientCredentialsToken("dev-clerk1", "dev-secret"));

        assertThat(claims.getIssuer()).isEqualTo(configuredIssuer);
        assertThat(claims.getSubject()).isEqualTo("clerk1");
        assertThat(claims.getClaim("roles")).isEqualTo(List.of("CLERK"));
        assertThat(claims.getClaim("unit")).isEqualTo("110105");
        assertThat(claims.getClaims()).doesNotContainKey("sector");
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void eachDevStaffUserHasAStandInClientWithTheirRoleAndUnit() {
        Issuer issuer = issuer();
        JWTClaimsSet procurator = issuer.verify(issuer.clientCredentialsToken("dev-procurator1", "dev-secret"));
        JWTClaimsSet supervisor = issuer.verify(issuer.clientCredentialsToken("dev-supervisor1", "dev-secret"));
        JWTClaimsSet otherUnit = issuer.verify(issuer.clientCredentialsToken("dev-clerk2", "dev-secret"));

        assertThat(procurator.getClaim("roles")).isEqualTo(List.of("PROCURATOR"));
        assertThat(supervisor.getClaim("roles")).isEqualTo(List.of("SUPERVISOR"));
        assertThat(otherUnit.getSubject()).isEqualTo("clerk2");
        assertThat(otherUnit.getClaim("unit")).isEqualTo("320102");
    }

    @Test
    void aPartnerAgencyGetsItsRoleAndSectorAndNoUnit() {
        Issuer issuer = issuer();
        JWTClaimsSet claims = issuer.verify(issuer.clientCredentialsToken("hrss-agency", "dev-secret"));

        assertThat(claims.getSubject()).isEqualTo("hrss-agency");
        assertThat(claims.getClaim("roles")).isEqualTo(List.of("PARTNER_AGENCY"));
        assertThat(claims.getClaim("sector")).isEqualTo("HRSS");
        assertThat(claims.getClaims()).doesNotContainKey("unit");
    }

    @Test
    void theServicesGetRoleService() {
        Issuer issuer = issuer();
        JWTClaimsSet claims = issuer.verify(issuer.clientCredentialsToken("platform-services", "dev-secret"));

        assertThat(claims.getSubject()).isEqualTo("platform-services");
        assertThat(claims.getClaim("roles")).isEqualTo(List.of("SERVICE"));
        assertThat(claims.getClaims()).doesNotContainKeys("unit", "sector");
    }

    @Test
    void operationsToolingGetsRoleOperator() {
        Issuer issuer = issuer();
        JWTClaimsSet claims = issuer.verify(issuer.clientCredentialsToken("operations", "dev-secret"));

        assertThat(claims.getClaim("roles")).isEqualTo(List.of("OPERATOR"));
        assertThat(claims.getClaims()).doesNotContainKeys("unit", "sector");
    }

    @Test
    void aWrongSecretOrAnUnknownClientIsUnauthorized() {
        HttpResponse<String> wrongSecret = issuer().clientCredentials("hrss-agency", "guessed");
        HttpResponse<String> unknown = issuer().clientCredentials("someone", "dev-secret");

        assertThat(wrongSecret.statusCode()).isEqualTo(401);
        assertThat(Issuer.json(wrongSecret)).containsEntry("error", "invalid_client");
        assertThat(unknown.statusCode()).isEqualTo(401);
    }

    @Test
    void aFrontEndCannotUseClientCredentials() {
        HttpResponse<String> response = issuer().postForm("/oauth2/token",
                Map.of("grant_type", "client_credentials", "client_id", "web"));

        assertThat(response.statusCode()).isIn(400, 401);
    }

    @Test
    void discoveryDocumentsNameTheConfiguredIssuer() {
        for (String path : List.of("/.well-known/openid-configuration", "/.well-known/oauth-authorization-server")) {
            Map<String, Object> metadata = Issuer.json(issuer().get(path, "application/json"));

            assertThat(metadata).containsEntry("issuer", configuredIssuer)
                    .containsEntry("jwks_uri", configuredIssuer + "/oauth2/jwks")
                    .containsEntry("token_endpoint", configuredIssuer + "/oauth2/token");
        }
    }
}
