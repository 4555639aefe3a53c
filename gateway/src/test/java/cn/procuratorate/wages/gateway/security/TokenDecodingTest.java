package cn.procuratorate.wages.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.wages.testing.AuthServerStub;
import cn.procuratorate.wages.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;

/** The decoder and role mapping as the resource server uses them, without a running gateway. */
class TokenDecodingTest {

    @Test
    void rolesBecomeRoleAuthorities() {
        Authentication caller = authenticate(AuthServerStub.jwkSetUri(),
                TestTokens.token().roles("CLERK", "SUPERVISOR").unit(TestTokens.UNIT).sign());

        assertThat(caller.getName()).isEqualTo("tester");
        assertThat(caller.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_CLERK", "ROLE_SUPERVISOR");
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        assertThatThrownBy(() -> authenticate(AuthServerStub.jwkSetUri(),
                TestTokens.token().roles("CLERK").issuer("http://evil").sign()))
                .isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void anUnreachableJwkSetIsAnOutageNotABadToken() {
        // Port 1: connection refused at once.
        assertThatThrownBy(() -> authenticate("http://localhost:1/oauth2/jwks", TestTokens.staff("CLERK")))
                .isInstanceOf(AuthenticationServiceException.class);
    }

    private static Authentication authenticate(String jwkSetUri, String token) {
        JwtReactiveAuthenticationManager manager = new JwtReactiveAuthenticationManager(
                EdgeSecurityConfiguration.jwtDecoder(jwkSetUri, TestTokens.ISSUER));
        manager.setJwtAuthenticationConverter(EdgeSecurityConfiguration.rolesAsAuthorities());
        return manager.authenticate(new BearerTokenAuthenticationToken(token)).block();
    }
}
