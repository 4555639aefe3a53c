package cn.procuratorate.wages.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

class SecurityRefusalsTest {

    @Test
    void noTokenIsABareBearerChallenge() {
        assertThat(SecurityRefusals.challenge(new AuthenticationCredentialsNotFoundException("Not Authenticated")))
                .isEqualTo("Bearer");
    }

    @Test
    void aRefusedTokenNamesTheErrorItsDescriptionAndUri() {
        assertThat(SecurityRefusals.challenge(new InvalidBearerTokenException("Jwt expired at 2026-01-01T00:00:00Z")))
                .isEqualTo("Bearer error=\"invalid_token\", error_description=\"Jwt expired at 2026-01-01T00:00:00Z\", "
                        + "error_uri=\"https://tools.ietf.org/html/rfc6750#section-3.1\"");
    }

    @Test
    void aDescriptionIsMadeSafeForTheQuotedString() {
        OAuth2Error error = new OAuth2Error("invalid_token", "Jwt \"kid\" unknown\n\\ 过期", null);

        assertThat(SecurityRefusals.challenge(new OAuth2AuthenticationException(error)))
                .isEqualTo("Bearer error=\"invalid_token\", error_description=\"Jwt 'kid' unknown '   \"");
    }
}
