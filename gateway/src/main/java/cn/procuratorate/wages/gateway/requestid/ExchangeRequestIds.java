package cn.procuratorate.wages.gateway.requestid;

import org.springframework.web.server.ServerWebExchange;

/** Where the gateway keeps the request id of an exchange (see platform-common's RequestIds for the id itself). */
public final class ExchangeRequestIds {

    /** Exchange attribute holding the id, for code that runs after the request was mutated (error handler, fallback). */
    public static final String ATTRIBUTE = ExchangeRequestIds.class.getName() + ".id";

    private ExchangeRequestIds() {
    }

    /** The id assigned to this exchange by {@link RequestIdWebFilter}, or null if the filter did not run. */
    public static String of(ServerWebExchange exchange) {
        return exchange.getAttribute(ATTRIBUTE);
    }
}
