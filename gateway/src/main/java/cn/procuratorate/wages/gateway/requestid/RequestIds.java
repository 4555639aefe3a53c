package cn.procuratorate.wages.gateway.requestid;

import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.web.server.ServerWebExchange;

/** The request id that ties a client's report, the gateway's log lines and the services' log lines together. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";

    /** Exchange attribute holding the id, for code that runs after the request was mutated (error handler, fallback). */
    public static final String ATTRIBUTE = RequestIds.class.getName() + ".id";

    /** Only short, plain ids are kept: anything else could forge log lines or smuggle personal data into them. */
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private RequestIds() {
    }

    /** The client's id when it is safe to log, else a new one. */
    public static String safeOrNew(String candidate) {
        return candidate != null && SAFE_ID.matcher(candidate).matches() ? candidate : UUID.randomUUID().toString();
    }

    /** The id assigned to this exchange by {@link RequestIdWebFilter}, or null if the filter did not run. */
    public static String of(ServerWebExchange exchange) {
        return exchange.getAttribute(ATTRIBUTE);
    }
}
