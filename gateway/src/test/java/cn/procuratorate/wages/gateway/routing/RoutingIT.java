package cn.procuratorate.wages.gateway.routing;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.gateway.support.Backend;
import cn.procuratorate.wages.gateway.support.Backends;
import cn.procuratorate.wages.gateway.support.GatewayIntegrationTest;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;

class RoutingIT extends GatewayIntegrationTest {

    static Stream<Arguments> apis() {
        return Stream.of(
                Arguments.of("/api/cases/C-2024-001", Backends.CASES),
                Arguments.of("/api/petitions/P-17?page=0&size=20", Backends.PETITIONS),
                Arguments.of("/api/outreach/campaigns/9", Backends.OUTREACH));
    }

    @ParameterizedTest
    @MethodSource("apis")
    void eachApiPathReachesItsServiceUnchanged(String path, Backend backend) {
        backend.wireMock().stubFor(get(urlEqualTo(path)).willReturn(okJson("{\"from\":\"" + backend.serviceId() + "\"}")));

        client.get().uri(path).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.from").isEqualTo(backend.serviceId());

        backend.wireMock().verify(1, getRequestedFor(urlEqualTo(path)));
        Backends.ALL.stream().filter(other -> other != backend)
                .forEach(other -> assertThat(other.wireMock().getAllServeEvents()).isEmpty());
    }

    @Test
    void publishedMaterialsReachOutreachServiceWithoutATokenAndNoneIsPassedOn() {
        String path = "/api/public/outreach/materials/64b7f0c2a1b2c3d4e5f60718/versions/2";
        Backends.OUTREACH.wireMock().stubFor(get(urlEqualTo(path)).willReturn(okJson("{\"version\":2}")));

        anonymous().get().uri(path).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.version").isEqualTo(2);
        // A staff token a browser happens to hold is neither checked nor sent along to a public page.
        client.get().uri(path).exchange().expectStatus().isOk();
        as("not-a-jwt").get().uri(path).exchange().expectStatus().isOk();

        Backends.OUTREACH.wireMock().verify(3, getRequestedFor(urlEqualTo(path)).withoutHeader("Authorization"));
        Backends.ALL.stream().filter(other -> other != Backends.OUTREACH)
                .forEach(other -> assertThat(other.wireMock().getAllServeEvents()).isEmpty());
    }

    @Test
    void theCollectionPathWithoutTrailingSegmentIsRoutedToo() {
        Backends.CASES.wireMock().stubFor(post(urlPathEqualTo("/api/cases"))
                .willReturn(WireMock.created().withHeader("Location", "/api/cases/C-1")));

        client.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"employer\":\"某建筑公司\"}")
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Location", "/api/cases/C-1");

        Backends.CASES.wireMock().verify(postRequestedFor(urlPathEqualTo("/api/cases"))
                .withRequestBody(equalTo("{\"employer\":\"某建筑公司\"}")));
    }

    @Test
    void theServiceLearnsTheGatewayAddressFromXForwardedHeadersAndCannotBeFooled() {
        Backends.CASES.wireMock().stubFor(get(urlEqualTo("/api/cases/1")).willReturn(okJson("{}")));

        client.get().uri("/api/cases/1")
                .header("X-Forwarded-Host", "evil.example")
                .header("Forwarded", "host=evil.example;proto=https")
                .exchange()
                .expectStatus().isOk();

        LoggedRequest received = Backends.CASES.wireMock().getAllServeEvents().get(0).getRequest();
        assertThat(received.getHeader("X-Forwarded-Host")).startsWith("localhost:");
        assertThat(received.getHeader("X-Forwarded-Proto")).isEqualTo("http");
        assertThat(received.containsHeader("Forwarded")).isFalse();
    }

    @Test
    void eachServiceOpenApiDocumentIsServedUnderItsName() {
        for (Backend backend : Backends.ALL) {
            backend.wireMock().stubFor(get(urlEqualTo("/v3/api-docs"))
                    .willReturn(okJson("{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"" + backend.serviceId() + "\"}}")));

            client.get().uri("/v3/api-docs/" + backend.serviceId()).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.info.title").isEqualTo(backend.serviceId());
        }
    }

    @Test
    void swaggerUiListsEveryServiceDocument() {
        client.get().uri("/swagger-ui.html").exchange()
                .expectStatus().is3xxRedirection();
        client.get().uri("/v3/api-docs/swagger-config").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls[*].url").value(urls -> assertThat(urls).asInstanceOf(InstanceOfAssertFactories.LIST)
                        .containsExactlyInAnyOrder(
                        "/v3/api-docs/case-service", "/v3/api-docs/petition-service", "/v3/api-docs/outreach-service"));
    }
}
