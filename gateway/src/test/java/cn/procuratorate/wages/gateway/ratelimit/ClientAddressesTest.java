package cn.procuratorate.wages.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

class ClientAddressesTest {

    private final ClientAddresses behindProxies = new ClientAddresses(List.of("10.0.0.0/8", "192.168.1.1"));

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        ClientAddresses direct = new ClientAddresses(List.of());
        assertThat(direct.clientOf(from("10.1.2.3", "198.51.100.7"))).isEqualTo("10.1.2.3");
    }

    @Test
    void behindTrustedProxiesTheRightMostUntrustedEntryIsTheClient() {
        assertThat(behindProxies.clientOf(from("10.1.2.3", "1.1.1.1, 198.51.100.7, 192.168.1.1")))
                .isEqualTo("198.51.100.7");
        assertThat(behindProxies.clientOf(from("10.1.2.3", null))).isEqualTo("10.1.2.3");
        // An untrusted peer's header proves nothing.
        assertThat(behindProxies.clientOf(from("198.51.100.9", "1.1.1.1"))).isEqualTo("198.51.100.9");
        // Garbage (or a host name, never looked up) stops the walk at the last address that could be trusted.
        assertThat(behindProxies.clientOf(from("10.1.2.3", "evil.example"))).isEqualTo("10.1.2.3");
    }

    @Test
    void anIpv6ClientCountsByItsSlash64() {
        assertThat(behindProxies.clientOf(from("10.1.2.3", "[2001:db8:1:2:aaaa::1]")))
                .isEqualTo(behindProxies.clientOf(from("10.1.2.3", "2001:db8:1:2:bbbb::9")))
                .isEqualTo("2001:db8:1:2::/64");
    }

    @Test
    void aTrustedProxyThatIsNotAnAddressStopsTheStart() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ClientAddresses(List.of("proxy.internal")));
        assertThatIllegalArgumentException().isThrownBy(() -> new ClientAddresses(List.of("10.0.0.0/33")));
    }

    private static MockServerWebExchange from(String peer, String forwardedFor) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/api/public/petitions/Q1")
                .remoteAddress(new InetSocketAddress(peer, 40000));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return MockServerWebExchange.from(request);
    }
}
