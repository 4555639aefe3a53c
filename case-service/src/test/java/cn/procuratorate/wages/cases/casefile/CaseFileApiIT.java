package cn.procuratorate.wages.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.testing.ServiceIT;
import cn.procuratorate.wages.testing.TestTokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

class CaseFileApiIT extends ServiceIT {

    @Test
    void registersACaseAndReadsItBack() {
        EntityExchangeResult<Map> created = http().post().uri("/api/cases")
                .contentType(MediaType.APPLICATION_JSON)
                .body(CaseBodies.newCase("  某建筑公司拖欠农民工工资案 ", "110105"))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult();
        Map<?, ?> body = created.getResponseBody();
        String id = (String) body.get("id");
        assertThat(created.getResponseHeaders().getLocation()).hasToString("/api/cases/" + id);
        assertThat(body.get("title")).isEqualTo("某建筑公司拖欠农民工工资案");

        Map<?, ?> read = http().get().uri("/api/cases/{id}", id).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(read.get("regionCode")).isEqualTo("110105");
        assertThat(read.get("createdAt")).isNotNull();
    }

    @Test
    void listsNewestFirstFilteredByRegionWithACappedPageSize() {
        register("第一案", "320102");
        register("第二案", "320102");
        register("别处的案", "440305");

        Map<?, ?> page = http().get().uri("/api/cases?regionCode=320102&size=1000").exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
        assertThat(items).extracting(i -> (Object) i.get("title")).containsExactly("第二案", "第一案");
        assertThat(page.get("size")).isEqualTo(100);
        assertThat(page.get("totalItems")).isEqualTo(2);
    }

    @Test
    void countsCasesPerRegion() {
        register("统计一", "510104");
        register("统计二", "510104");

        Map<?, ?> figures = http().get().uri("/api/cases/figures").exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        List<Map<?, ?>> regions = (List<Map<?, ?>>) figures.get("regions");
        assertThat(regions).contains(Map.of("regionCode", "510104", "cases", 2));
        assertThat(((Number) figures.get("total")).longValue()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void invalidInputIsAProblemInChineseByDefaultWithFieldErrors() {
        Map<?, ?> problem = http().post().uri("/api/cases")
                .contentType(MediaType.APPLICATION_JSON)
                .body(CaseBodies.newCase("", "12345"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(problem.get("type")).isEqualTo("urn:problem-type:validation");
        assertThat(problem.get("title")).isEqualTo("请求数据不符合要求");
        assertThat((List<Map<String, Object>>) problem.get("errors")).extracting(e -> (Object) e.get("field"))
                .containsExactlyInAnyOrder("title", "regionCode");
        assertThat(problem.get("requestId")).isNotNull();
    }

    @Test
    void answersInEnglishWhenAsked() {
        Map<?, ?> problem = http().post().uri("/api/cases")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("title", "x"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(problem.get("title")).isEqualTo("Invalid request data");
        assertThat(problem.get("detail")).isEqualTo("Some fields are invalid; see errors.");
    }

    @Test
    void unknownIdIsANotFoundProblemNamingIt() {
        for (String id : List.of("64b7f0c2a1b2c3d4e5f60718", "not-an-id")) {
            Map<?, ?> problem = http().get().uri("/api/cases/{id}", id).exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody(Map.class).returnResult().getResponseBody();
            assertThat(problem.get("type")).isEqualTo("urn:problem-type:not-found");
            assertThat(problem.get("detail")).isEqualTo("未找到案件：" + id);
        }
    }

    @Test
    void unreadableJsonAndWrongMediaTypeAreProblemsAndStoreNothing() {
        long before = total();
        Map<?, ?> unreadable = http().post().uri("/api/cases")
                .contentType(MediaType.APPLICATION_JSON).body("{\"title\": ")
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(unreadable.get("type")).isEqualTo("urn:problem-type:malformed-request");
        assertThat((String) unreadable.get("detail")).contains("JSON");

        Map<?, ?> wrongType = http().post().uri("/api/cases")
                .contentType(MediaType.TEXT_PLAIN).body("title=x")
                .exchange().expectStatus().isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(wrongType.get("type")).isEqualTo("urn:problem-type:unsupported-media-type");
        assertThat((String) wrongType.get("detail")).contains("text/plain");
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void unknownPathIsANotFoundProblem() {
        http().get().uri("/api/nothing-here").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void echoesTheGatewaysRequestIdAndReplacesAnUnsafeOne() {
        http().get().uri("/api/cases").header("X-Request-Id", "req-12345678").exchange()
                .expectHeader().valueEquals("X-Request-Id", "req-12345678");
        http().get().uri("/api/cases").header("X-Request-Id", "bad id with spaces; and <tags>").exchange()
                .expectHeader().value("X-Request-Id", v -> assertThat(v).matches("[0-9a-f-]{36}"));
    }

    @Test
    void readinessRequiresTheDatabaseAndMetricsCarryTheApplicationTag() {
        http().get().uri("/actuator/health/readiness").exchange()
                .expectBody(String.class).value(body -> assertThat(body).contains("\"database\"").contains("UP"))
                .returnResult();
        http().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        // The whole health too: Boot's own MongoDB indicator (unsupported by the dev database) is switched off.
        http().get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).doesNotContain("\"mongo\""));
        // Metrics are for operations: staff tokens are refused, probes stay open for the orchestrator.
        http().get().uri("/actuator/prometheus").exchange().expectStatus().isForbidden();
        anonymous().get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
        anonymous().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        http(TestTokens.operator()).get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("application=\"case-service\""));
        http().get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("/api/cases/{id}"));
    }

    private void register(String title, String region) {
        http().post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                .body(CaseBodies.newCase(title, region))
                .exchange().expectStatus().isCreated();
    }

    private long total() {
        Map<?, ?> page = http().get().uri("/api/cases").exchange().expectBody(Map.class).returnResult().getResponseBody();
        return ((Number) page.get("totalItems")).longValue();
    }
}
