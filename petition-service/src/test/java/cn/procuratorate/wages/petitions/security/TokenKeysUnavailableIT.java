package cn.procuratorate.wages.petitions.security;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;

import cn.procuratorate.wages.testing.ServiceIT;
import cn.procuratorate.wages.testing.TestTokens;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * auth-server cannot hand out its keys (it answers an error page while its database is down) and this service has
 * none cached yet (it just started): the decoder fails the way Nimbus does then ("Malformed Jwk set"), and a request
 * with a token gets 503 problem naming auth-server, not a 500. A token that is itself bad stays a 401.
 */
class TokenKeysUnavailableIT extends ServiceIT {

    @MockitoBean
    private JwtDecoder decoder;

    @BeforeEach
    void keysCannotBeFetched() {
        doThrow(new JwtException("An error occurred while attempting to decode the Jwt: Malformed Jwk set"))
                .when(decoder).decode(anyString());
        doThrow(new BadJwtException("Malformed token")).when(decoder).decode("not-a-jwt");
    }

    @Test
    void aRequestWithATokenGets503ProblemNamingAuthServer() {
        http(TestTokens.staff("CLERK")).get().uri("/api/petitions").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("Retry-After", "5")
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:problem-type:service-unavailable")
                .jsonPath("$.detail").value(detail -> Assertions.assertThat((String) detail).contains("auth-server"));
    }

    @Test
    void aBadTokenIsStill401() {
        http("not-a-jwt").get().uri("/api/petitions").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
