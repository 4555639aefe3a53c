package cn.procuratorate.wages.gateway.operations;

import org.springframework.cloud.gateway.filter.headers.observation.DefaultGatewayObservationConvention;
import org.springframework.stereotype.Component;

/**
 * Names the gateway's observation of proxied calls {@code gateway.proxy.requests} (tags: route id and uri, method,
 * status). Under its default name, {@code http.client.requests}, Prometheus refuses it: the Eureka client's own HTTP
 * calls register that name first with other tag keys, and the per-route latency of the gateway would be lost.
 */
@Component
class ProxyObservationConvention extends DefaultGatewayObservationConvention {

    static final String NAME = "gateway.proxy.requests";

    @Override
    public String getName() {
        return NAME;
    }
}
