package cn.procuratorate.wages.auth.authorizations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.auth.support.AnotherInstance;
import cn.procuratorate.wages.auth.support.Issuer;
import cn.procuratorate.wages.auth.support.IssuerIT;
import cn.procuratorate.wages.auth.support.WebSignIn;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * Two instances on one database, as behind the gateway: whatever one instance issued, the other redeems, answers for
 * and sees revoked. (No client gets refresh tokens: front ends are public clients, and Spring Authorization Server
 * gives those none; the refresh token's storage is covered by {@link MongoAuthorizationServiceIT}.)
 */
class AuthorizationsAcrossInstancesIT extends IssuerIT {

    private static AnotherInstance other;

    @BeforeAll
    static void startAnotherInstance(@Autowired Environment environment) {
        other = AnotherInstance.startLike(environment);
    }

    @AfterAll
    static void stopIt() {
        other.close();
    }

    @Test
    void aCodeIssuedByOneInstanceIsRedeemedAtTheOtherAndOnlyOnce() {
        WebSignIn signIn = new WebSignIn();
        String code = signIn.code(issuer(), "clerk1");

        HttpResponse<String> tokens = signIn.redeem(other.issuer(), code);
        HttpResponse<String> replayed = signIn.redeem(issuer(), code);

        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        assertThat(issuer().verify((String) Issuer.json(tokens).get("access_token")).getSubject()).isEqualTo("clerk1");
        assertThat(replayed.statusCode()).isEqualTo(400);
        assertThat(Issuer.json(replayed)).containsEntry("error", "invalid_grant");
    }

    @Test
    void anAccessTokenFromOneInstanceIsKnownToTheOthersUserInfoEndpoint() {
        WebSignIn signIn = new WebSignIn();
        String accessToken = (String) Issuer.json(signIn.redeem(issuer(), signIn.code(issuer(), "supervisor1")))
                .get("access_token");

        HttpResponse<String> userInfo = other.issuer().userInfo(accessToken);

        assertThat(userInfo.statusCode()).as(userInfo.body()).isEqualTo(200);
        assertThat(Issuer.json(userInfo)).containsEntry("sub", "supervisor1");
    }

    @Test
    void aTokenRevokedAtOneInstanceIsInactiveAtTheOther() {
        String token = issuer().clientCredentialsToken("hrss-agency", "dev-secret");
        assertThat(introspect(other.issuer(), token)).containsEntry("active", true)
                .containsEntry("client_id", "hrss-agency");

        HttpResponse<String> revoked = issuer().postForm("hrss-agency", "dev-secret", "/oauth2/revoke",
                Map.of("token", token));

        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(introspect(other.issuer(), token)).containsEntry("active", false);
    }

    private static Map<String, Object> introspect(Issuer at, String token) {
        HttpResponse<String> response = at.postForm("platform-services", "dev-secret", "/oauth2/introspect",
                Map.of("token", token));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Issuer.json(response);
    }
}
