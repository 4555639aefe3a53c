package cn.procuratorate.wages.gateway.problem;

import cn.procuratorate.wages.gateway.support.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;

class GatewayErrorsIT extends GatewayIntegrationTest {

    @Test
    void anUnknownPathIs404ProblemInChineseByDefault() {
        client.get().uri("/api/unknown/thing").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:problem-type:not-found")
                .jsonPath("$.title").isEqualTo("未找到")
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.detail").isEqualTo("网关上没有与路径 /api/unknown/thing 对应的接口。")
                .jsonPath("$.instance").isEqualTo("/api/unknown/thing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-US", "en-GB,zh-CN;q=0.5", "fr-FR, en;q=0.8"})
    void englishWhenTheCallerPrefersIt(String acceptLanguage) {
        client.get().uri("/nowhere").header("Accept-Language", acceptLanguage).exchange()
                .expectStatus().isNotFound()
                .expectBody()
                .jsonPath("$.title").isEqualTo("Not found")
                .jsonPath("$.detail").isEqualTo("The gateway has no API at /nowhere.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "zh-CN,zh;q=0.9,en;q=0.8", "fr", "*", "!!not a language"})
    void chineseOtherwise(String acceptLanguage) {
        client.get().uri("/nowhere").header("Accept-Language", acceptLanguage).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.title").isEqualTo("未找到");
    }

    @Test
    void aMethodTheGatewayDoesNotServeIs405ProblemWithAllow() {
        client.delete().uri("/actuator/health").header("Accept-Language", "en").exchange()
                .expectStatus().isEqualTo(405)
                .expectHeader().exists("Allow")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:problem-type:method-not-allowed")
                .jsonPath("$.detail").isEqualTo("DELETE is not supported at /actuator/health.");
    }
}
