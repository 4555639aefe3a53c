package cn.procuratorate.wages.gateway.operations;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.gateway.support.Backends;
import cn.procuratorate.wages.gateway.support.GatewayIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The trace a client starts goes on to the service, and the gateway's own log lines name it: kept while reactor
 * context propagation is "limited" (thread locals are not restored around every operator, which cost the gateway
 * about 40 % of its CPU per request; see load-tests/README.md).
 */
@ExtendWith(OutputCaptureExtension.class)
class TracingIT extends GatewayIntegrationTest {

    @Test
    void theClientsTraceReachesTheService() {
        String traceId = newTraceId();
        Backends.CASES.wireMock().stubFor(get(urlEqualTo("/api/cases/7")).willReturn(okJson("{\"id\":\"7\"}")));

        client.get().uri("/api/cases/7").header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01").exchange()
                .expectStatus().isOk();

        Backends.CASES.wireMock().verify(getRequestedFor(urlEqualTo("/api/cases/7"))
                .withHeader("traceparent", containing(traceId)));
    }

    @Test
    void theGatewaysErrorLineNamesTheTrace(CapturedOutput output) {
        String traceId = newTraceId();
        Backends.OUTREACH.stop();

        client.get().uri("/api/outreach/campaigns").header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .exchange().expectStatus().isEqualTo(503);

        assertThat(output.getOut()).containsPattern("\\[" + traceId + "[-,][^\\]]*\\].*GET /api/outreach/campaigns -> 503");
    }

    private static String newTraceId() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
