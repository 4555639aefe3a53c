package cn.procuratorate.wages.common.web;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The request id that ties a client's report, the gateway's log lines and the services' log lines together.
 * Plain Java, shared by the gateway (WebFlux) and the services (webmvc).
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    /** Only short, plain ids are kept: anything else could forge log lines or smuggle personal data into them. */
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private RequestIds() {
    }

    /** The caller's id when it is safe to log, else a new one. */
    public static String safeOrNew(String candidate) {
        return candidate != null && SAFE_ID.matcher(candidate).matches() ? candidate : UUID.randomUUID().toString();
    }
}
