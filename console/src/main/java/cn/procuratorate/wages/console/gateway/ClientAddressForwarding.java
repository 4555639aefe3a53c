package cn.procuratorate.wages.console.gateway;

import java.io.IOException;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Names the browser a public page is rendered for, so the gateway's per-address rate limit on
 * {@code /api/public/**} counts that citizen rather than the console (which would put every citizen in one bucket).
 * <p>
 * The gateway believes {@code X-Client-Address} only together with the shared secret {@code X-Client-Address-Key}
 * ({@code gateway.public-rate-limits.forwarder-key}), and removes both before routing; anyone else sending them is
 * counted by their own address. The browser's address is the one the gateway gave the console in
 * {@code X-Forwarded-For} (read by Spring's forwarded-header support, {@code server.forward-headers-strategy}),
 * which is why the console must only be reachable through the gateway. Without a key configured nothing is sent,
 * and all public pages share the console's bucket: fine for a demo, not for production.
 */
class ClientAddressForwarding implements ClientHttpRequestInterceptor {

    static final String KEY_HEADER = "X-Client-Address-Key";
    static final String ADDRESS_HEADER = "X-Client-Address";

    private final String key;

    ClientAddressForwarding(String key) {
        this.key = key;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        ServletRequestAttributes current = (ServletRequestAttributes) RequestContextHolder.getRequestAttributes();
        if (StringUtils.hasText(key) && current != null) {
            request.getHeaders().set(KEY_HEADER, key);
            request.getHeaders().set(ADDRESS_HEADER, current.getRequest().getRemoteAddr());
        }
        return execution.execute(request, body);
    }
}
