package cn.procuratorate.wages.auth.tokens;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

@Configuration(proxyBeanMethods = false)
class TokenConfiguration {

    /** The same for every client: self-contained JWTs that resource servers verify against the JWK set. */
    @Bean
    TokenSettings tokenSettings(TokenProperties properties) {
        return TokenSettings.builder()
                .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                .accessTokenTimeToLive(properties.accessTokenTimeToLive())
                .build();
    }
}
