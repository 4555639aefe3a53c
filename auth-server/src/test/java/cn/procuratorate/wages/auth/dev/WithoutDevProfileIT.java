package cn.procuratorate.wages.auth.dev;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.auth.support.Issuer;
import cn.procuratorate.wages.testing.ServiceIT;
import com.nimbusds.jwt.JWTClaimsSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/** A production start: clients and secrets from the environment, and none of the dev profile's accounts. */
@TestPropertySource(properties = {
        "AUTH_WEB_REDIRECT_URIS=https://wages.example.cn/callback",
        "AUTH_MOBILE_REDIRECT_URIS=cn.example.wages:/callback",
        "AUTH_CONSOLE_SECRET=console-from-the-environment",
        "AUTH_CONSOLE_REDIRECT_URIS=https://wages.example.cn/console/login/oauth2/code/console",
        "AUTH_HRSS_AGENCY_SECRET=from-the-environment",
        "AUTH_PLATFORM_SERVICES_SECRET=also-from-the-environment"})
class WithoutDevProfileIT extends ServiceIT {

    @Autowired
    ApplicationContext context;
    @Value("${platform.security.issuer}")
    String configuredIssuer;

    @Test
    void noDevUserIsSeededAndNoStandInClientExists() {
        Issuer issuer = new Issuer("http://localhost:" + port);

        assertThat(context.getBeansOfType(DevUserSeeder.class)).isEmpty();
        assertThat(issuer.clientCredentials("dev-clerk1", DevAccounts.CLIENT_SECRET).statusCode()).isEqualTo(401);
        assertThat(issuer.clientCredentials("hrss-agency", "dev-secret").statusCode()).isEqualTo(401);
    }

    @Test
    void clientsUseTheSecretsAndIssuerFromTheEnvironment() {
        Issuer issuer = new Issuer("http://localhost:" + port);

        JWTClaimsSet claims = issuer.verify(issuer.clientCredentialsToken("hrss-agency", "from-the-environment"));

        assertThat(claims.getIssuer()).isEqualTo(configuredIssuer);
        assertThat(claims.getClaim("roles")).isEqualTo(List.of("PARTNER_AGENCY"));
        assertThat(claims.getClaim("sector")).isEqualTo("HRSS");
    }
}
