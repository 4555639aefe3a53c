package cn.procuratorate.wages.console.gateway;

import org.springframework.web.client.RestClient;

/**
 * The gateway's {@code /api/public/**} for the public pages: no token, and each call names the browser's address
 * (see {@link ClientAddressForwarding}) so the gateway's per-address rate limit counts each citizen, not the console.
 * Same helpers and failures as {@link GatewayClient}; a 429 is {@link GatewayException.Kind#RATE_LIMITED}.
 */
public class PublicApiClient extends GatewayClient {

    public PublicApiClient(RestClient rest) {
        super(rest);
    }
}
