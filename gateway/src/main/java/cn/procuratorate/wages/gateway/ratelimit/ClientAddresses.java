package cn.procuratorate.wages.gateway.ratelimit;

import io.netty.util.NetUtil;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import org.springframework.util.StringUtils;
import org.springframework.web.server.ServerWebExchange;

/**
 * Who a public request counts against. The TCP peer, unless the peer is a configured trusted proxy: then the
 * right-most {@code X-Forwarded-For} entry that is not itself a trusted proxy (entries further left were written by
 * the client and prove nothing). With no trusted proxies (the default) the header is ignored, so a client cannot
 * pick its own bucket by sending one.
 * <p>
 * Note: with {@code server.forward-headers-strategy=native} Reactor Netty already replaces the peer address with the
 * forwarded one before this runs; only use that behind a proxy that overwrites {@code X-Forwarded-For}.
 * <p>
 * A server that calls the public API on behalf of many browsers (the console's public pages) would otherwise put
 * all of them in its own bucket. It proves itself with a shared secret ({@code X-Client-Address-Key}, compared in
 * constant time) and names the browser in {@code X-Client-Address}. A secret rather than an address range: the
 * console's address is not stable in a cluster, and a range would also trust everything else in it. The gateway
 * removes both headers before routing (default-filters), so no service ever sees the secret.
 */
final class ClientAddresses {

    static final String UNKNOWN = "unknown";
    public static final String FORWARDER_KEY_HEADER = "X-Client-Address-Key";
    public static final String CLIENT_ADDRESS_HEADER = "X-Client-Address";

    private final List<Cidr> trustedProxies;
    private final byte[] forwarderKey;

    ClientAddresses(List<String> trustedProxies) {
        this(trustedProxies, "");
    }

    ClientAddresses(List<String> trustedProxies, String forwarderKey) {
        this.trustedProxies = trustedProxies.stream().map(Cidr::parse).toList();
        this.forwarderKey = forwarderKey == null ? new byte[0] : forwarderKey.getBytes(StandardCharsets.UTF_8);
    }

    /** The bucket name of the client: an IPv4 address, or the /64 prefix of an IPv6 one. */
    String clientOf(ServerWebExchange exchange) {
        InetAddress named = addressNamedByTrustedForwarder(exchange);
        if (named != null) {
            return bucketName(named);
        }
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        InetAddress peer = remote != null ? remote.getAddress() : null;
        if (peer == null) {
            return UNKNOWN;
        }
        InetAddress client = peer;
        if (isTrusted(peer)) {
            List<String> forwarded = exchange.getRequest().getHeaders().getValuesAsList("X-Forwarded-For");
            for (int i = forwarded.size() - 1; i >= 0; i--) {
                InetAddress hop = parse(forwarded.get(i));
                if (hop == null) {
                    // Garbage cannot be a client's address: keep the last hop we could trust.
                    break;
                }
                client = hop;
                if (!isTrusted(hop)) {
                    break;
                }
            }
        }
        return bucketName(client);
    }

    /** The address in {@code X-Client-Address} when the request carries the forwarder key; null otherwise. */
    private InetAddress addressNamedByTrustedForwarder(ServerWebExchange exchange) {
        if (forwarderKey.length == 0) {
            return null;
        }
        String key = exchange.getRequest().getHeaders().getFirst(FORWARDER_KEY_HEADER);
        if (key == null || !MessageDigest.isEqual(forwarderKey, key.getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        String address = exchange.getRequest().getHeaders().getFirst(CLIENT_ADDRESS_HEADER);
        return address == null ? null : parse(address);
    }

    private boolean isTrusted(InetAddress address) {
        return trustedProxies.stream().anyMatch(cidr -> cidr.contains(address));
    }

    /**
     * One IPv6 host usually owns a whole /64: counting single addresses would give it 2^64 buckets.
     */
    static String bucketName(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] prefix = Arrays.copyOf(address.getAddress(), 16);
            Arrays.fill(prefix, 8, 16, (byte) 0);
            return NetUtil.bytesToIpAddress(prefix) + "/64";
        }
        return address.getHostAddress();
    }

    /** An IP literal only (never a DNS lookup), brackets around IPv6 allowed; null for anything else. */
    static InetAddress parse(String text) {
        String value = text.trim();
        if (value.startsWith("[") && value.endsWith("]")) {
            value = value.substring(1, value.length() - 1);
        }
        if (!StringUtils.hasText(value)) {
            return null;
        }
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(value);
        if (bytes == null) {
            return null;
        }
        try {
            return InetAddress.getByAddress(bytes);
        }
        catch (java.net.UnknownHostException impossible) {
            return null;
        }
    }

    /** {@code 10.0.0.0/8}, {@code 2001:db8::/32} or a single address. */
    private record Cidr(byte[] network, int prefixLength) {

        static Cidr parse(String text) {
            int slash = text.indexOf('/');
            InetAddress address = ClientAddresses.parse(slash < 0 ? text : text.substring(0, slash));
            if (address == null) {
                throw new IllegalArgumentException(
                        "gateway.public-rate-limits.trusted-proxies: not an IP address or CIDR: " + text);
            }
            byte[] network = address.getAddress();
            int prefix = slash < 0 ? network.length * 8 : Integer.parseInt(text.substring(slash + 1).trim());
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("gateway.public-rate-limits.trusted-proxies: bad prefix: " + text);
            }
            return new Cidr(network, prefix);
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            int fullBytes = prefixLength / 8;
            for (int i = 0; i < fullBytes; i++) {
                if (candidate[i] != network[i]) {
                    return false;
                }
            }
            int remainingBits = prefixLength % 8;
            if (remainingBits == 0) {
                return true;
            }
            int mask = (0xFF << (8 - remainingBits)) & 0xFF;
            return (candidate[fullBytes] & mask) == (network[fullBytes] & mask);
        }
    }
}
