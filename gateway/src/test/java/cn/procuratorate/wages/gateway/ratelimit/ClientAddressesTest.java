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
    void aServerWithTheForwarderKeyNamesTheBrowserItRendersFor() {
        ClientAddresses withConsole = new ClientAddresses(List.of(), "console-key");

        assertThat(withConsole.clientOf(forwarded("127.0.0.1", "console-key", "198.51.100.7")))
                .isEqualTo("198.51.100.7");
        // A wrong key or none: the header proves nothing, the peer is the client.
        assertThat(withConsole.clientOf(forwarded("203.0.113.5", "guess", "198.51.100.7"))).isEqualTo("203.0.113.5");
        assertThat(withConsole.clientOf(forwarded("203.0.113.5", null, "198.51.100.7"))).isEqualTo("203.0.113.5");
        // Without a configured key nobody is trusted, not even one that sends an empty key.
        assertThat(new ClientAddresses(List.of(), "").clientOf(forwarded("203.0.113.5", "", "198.51.100.7")))
                .isEqualTo("203.0.113.5");
        // The right key with garbage for an address: the peer.
        assertThat(withConsole.clientOf(forwarded("127.0.0.1", "console-key", "evil.example"))).isEqualTo("127.0.0.1");
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

    private static MockServerWebExchange forwarded(String peer, String key, String clientAddress) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/api/public/outreach/materials")
                .remoteAddress(new InetSocketAddress(peer, 40000))
                .header(ClientAddresses.CLIENT_ADDRESS_HEADER, clientAddress);
        if (key != null) {
            request.header(ClientAddresses.FORWARDER_KEY_HEADER, key);
        }
        return MockServerWebExchange.from(request);
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
