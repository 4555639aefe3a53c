package cn.procuratorate.wages.console;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * {@code console.*}.
 *
 * @param gatewayUrl   the gateway as the console server reaches it: the API, auth-server's token endpoint and keys
 * @param publicUrl    the gateway as browsers reach it: where they are sent to sign in and out
 * @param issuer       the {@code iss} of auth-server's tokens (the gateway's public URL)
 * @param clientId     the console's client at auth-server
 * @param clientSecret its secret (dev profile: a dev secret; otherwise from the environment)
 * @param forwarderKey shared with the gateway: lets public pages name each browser's address for the rate limits
 * @param apiTimeout   how long one API call may take before the page says the service is unavailable
 */
@ConfigurationProperties("console")
public record ConsoleProperties(
        String gatewayUrl,
        String publicUrl,
        String issuer,
        @DefaultValue("console") String clientId,
        String clientSecret,
        @DefaultValue("") String forwarderKey,
        @DefaultValue("8s") Duration apiTimeout) {

    public ConsoleProperties {
        Assert.isTrue(StringUtils.hasText(gatewayUrl), "console.gateway-url (GATEWAY_URL) is required");
        Assert.isTrue(StringUtils.hasText(clientSecret),
                "console.client-secret (CONSOLE_CLIENT_SECRET) is required: the console's secret at auth-server");
        gatewayUrl = withoutTrailingSlash(gatewayUrl);
        publicUrl = StringUtils.hasText(publicUrl) ? withoutTrailingSlash(publicUrl) : gatewayUrl;
        issuer = StringUtils.hasText(issuer) ? issuer : publicUrl;
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
