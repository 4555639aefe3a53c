package cn.procuratorate.wages.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.Assert;

/**
 * {@code platform.security.issuer}: the {@code iss} every access token must carry (env AUTH_ISSUER), the public URL
 * of auth-server behind the gateway. The same property as the services', so one setting serves the platform.
 */
@ConfigurationProperties("platform.security")
public record PlatformSecurityProperties(String issuer) {

    public PlatformSecurityProperties {
        // Without it, tokens from any issuer that knows the signing key would pass: refuse to start instead.
        Assert.hasText(issuer, "platform.security.issuer (AUTH_ISSUER) must be set");
    }
}
