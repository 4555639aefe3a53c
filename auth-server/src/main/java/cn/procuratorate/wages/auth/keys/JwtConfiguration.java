package cn.procuratorate.wages.auth.keys;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

@Configuration(proxyBeanMethods = false)
class JwtConfiguration {

    /**
     * Nimbus refuses to choose when several keys match; during a rotation several do, and the newest (listed first
     * by {@link SigningKeys}) is the one to sign with.
     */
    @Bean
    JwtEncoder jwtEncoder(JWKSource<SecurityContext> signingKeys) {
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(signingKeys);
        encoder.setJwkSelector(jwks -> jwks.get(0));
        return encoder;
    }

    /**
     * For the bearer tokens sent to /userinfo: verified against the keys themselves, not fetched over HTTP from the
     * JWK set URL that platform-common's resource-server defaults point the services at.
     */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> signingKeys, @Value("${platform.security.issuer}") String issuer) {
        NimbusJwtDecoder decoder = (NimbusJwtDecoder) OAuth2AuthorizationServerConfiguration.jwtDecoder(signingKeys);
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
        return decoder;
    }
}
