package cn.procuratorate.wages.gateway.requestid;

import cn.procuratorate.wages.common.web.RequestIds;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.gateway.support.Backends;
import cn.procuratorate.wages.gateway.support.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;

class RequestIdIT extends GatewayIntegrationTest {

    @Test
    void aRequestWithoutIdGetsOneThatTheServiceAndTheClientBothSee() {
        Backends.CASES.wireMock().stubFor(get(urlEqualTo("/api/cases/1")).willReturn(okJson("{}")));

        String echoed = client.get().uri("/api/cases/1").exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst(RequestIds.HEADER);

        assertThat(echoed).matches("[0-9a-f-]{36}");
        String forwarded = Backends.CASES.wireMock().getAllServeEvents().get(0).getRequest().getHeader(RequestIds.HEADER);
        assertThat(forwarded).isEqualTo(echoed);
    }

    @Test
    void aSafeIdFromTheClientIsKept() {
        Backends.PETITIONS.wireMock().stubFor(get(urlEqualTo("/api/petitions/1")).willReturn(okJson("{}")));

        client.get().uri("/api/petitions/1").header(RequestIds.HEADER, "web-7f3a.42_x").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(RequestIds.HEADER, "web-7f3a.42_x");

        Backends.PETITIONS.wireMock().verify(getRequestedFor(urlEqualTo("/api/petitions/1"))
                .withHeader(RequestIds.HEADER, com.github.tomakehurst.wiremock.client.WireMock.equalTo("web-7f3a.42_x")));
    }

    @Test
    void anUnsafeIdIsReplacedRatherThanLogged() {
        Backends.OUTREACH.wireMock().stubFor(get(urlEqualTo("/api/outreach/1")).willReturn(okJson("{}")));

        String echoed = client.get().uri("/api/outreach/1").header(RequestIds.HEADER, "x\"}{ drop table").exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst(RequestIds.HEADER);

        assertThat(echoed).matches("[0-9a-f-]{36}");
    }

    @Test
    void theServiceOwnIdHeaderDoesNotChangeTheOneTheClientSees() {
        Backends.CASES.wireMock().stubFor(get(urlEqualTo("/api/cases/2"))
                .willReturn(okJson("{}").withHeader(RequestIds.HEADER, "something-else")));

        client.get().uri("/api/cases/2").header(RequestIds.HEADER, "client-id-0001").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(RequestIds.HEADER, "client-id-0001");
    }

    @Test
    void errorResponsesCarryTheIdInHeaderAndBody() {
        client.get().uri("/no/such/api").header(RequestIds.HEADER, "client-id-0002").exchange()
                .expectStatus().isNotFound()
                .expectHeader().valueEquals(RequestIds.HEADER, "client-id-0002")
                .expectBody().jsonPath("$.requestId").isEqualTo("client-id-0002");
    }
}
