package cn.procuratorate.wages.gateway.bodylimit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.gateway.support.Backends;
import cn.procuratorate.wages.gateway.support.GatewayIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Flux;

class RequestBodyLimitIT extends GatewayIntegrationTest {

    private static final int LIMIT = 2 * 1024 * 1024;

    @Test
    void aBodyOverTheLimitIs413ProblemAndNeverReachesTheService() {
        byte[] body = new byte[LIMIT + 1];
        Arrays.fill(body, (byte) 'a');

        client.post().uri("/api/outreach/attachments").contentType(MediaType.APPLICATION_OCTET_STREAM)
                .bodyValue(body)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:problem-type:payload-too-large")
                .jsonPath("$.status").isEqualTo(413)
                .jsonPath("$.detail").isEqualTo("请求体超过了 2MB 的上限。");

        assertThat(Backends.OUTREACH.wireMock().countRequestsMatching(anyRequestedFor(anyUrl()).build()).getCount())
                .isZero();
    }

    @Test
    void aChunkedBodyOverTheLimitIs413Too() {
        client.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                .body(BodyInserters.fromDataBuffers(chunks(3, LIMIT / 2)))
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.type").isEqualTo("urn:problem-type:payload-too-large");

        assertThat(Backends.CASES.wireMock().getAllServeEvents()).isEmpty();
    }

    @Test
    void aChunkedBodyWithinTheLimitArrivesWhole() {
        Backends.CASES.wireMock().stubFor(post(urlPathEqualTo("/api/cases")).willReturn(aResponse().withStatus(201)));

        client.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                .body(BodyInserters.fromDataBuffers(chunks(3, 1000)))
                .exchange()
                .expectStatus().isCreated();

        Backends.CASES.wireMock().verify(postRequestedFor(urlPathEqualTo("/api/cases"))
                .withHeader("Content-Length", equalTo("3000")));
    }

    private static Flux<DataBuffer> chunks(int count, int size) {
        byte[] chunk = "x".repeat(size).getBytes(StandardCharsets.US_ASCII);
        return Flux.range(0, count).map(i -> DefaultDataBufferFactory.sharedInstance.wrap(chunk));
    }
}
