package cn.procuratorate.wages.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.testing.Downstream;
import cn.procuratorate.wages.testing.ServiceIT;
import cn.procuratorate.wages.testing.TestTokens;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * case-service's side of the contracts in {@code contracts/case-service}: its real answers have every field of
 * the examples that petition-service and outreach-service stub with, with the same JSON types.
 */
class CaseContractIT extends ServiceIT {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aCaseHasEveryFieldItsConsumersRead() throws Exception {
        Map<?, ?> created = http().post().uri("/api/cases/from-petition/{petition}", "6560a1f2c3d4e5f609876543")
                .contentType(MediaType.APPLICATION_JSON).body(CaseBodies.newCase("契约案", "110105"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        String answer = http().get().uri("/api/cases/{id}", created.get("id")).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertSameShape(example("case.json"), json.readTree(answer), "$");
    }

    @Test
    void caseFiguresHaveEveryFieldTheirConsumersRead() throws Exception {
        http().post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                .body(CaseBodies.newCase("统计契约案", "110105"))
                .exchange().expectStatus().isCreated();
        String answer = http().get().uri("/api/cases/figures").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertSameShape(example("case-figures.json"), json.readTree(answer), "$");
    }

    @Test
    void caseStatisticsHaveEveryFieldTheirConsumersRead() throws Exception {
        String unit = TestIdentifiers.unit();
        http(service()).post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                .body(CaseBodies.newCase("统计契约案", "110105", "unit", unit))
                .exchange().expectStatus().isCreated();
        String answer = http(service()).get().uri("/api/cases/statistics?groupBy=EMPLOYER&unit={unit}", unit)
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertSameShape(example("case-statistics.json"), json.readTree(answer), "$");
    }

    @Test
    void anEmployerSummaryHasEveryFieldItsConsumersRead() throws Exception {
        String creditCode = TestIdentifiers.creditCode();
        Map<String, Object> body = CaseBodies.newCase("用人单位契约案", "110105", "unit", TestIdentifiers.unit());
        body.put("employer", Map.of("name", "契约建筑劳务有限公司", "creditCode", creditCode, "kind", "COMPANY"));
        http(service()).post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange().expectStatus().isCreated();
        String answer = http(service()).get().uri("/api/cases/employers/{code}/summary", creditCode)
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertSameShape(example("employer-summary.json"), json.readTree(answer), "$");
    }

    private static String service() {
        return TestTokens.token().subject("outreach-service").roles("SERVICE").sign();
    }

    private JsonNode example(String name) throws Exception {
        return json.readTree(Downstream.contract("case-service", name));
    }

    private static void assertSameShape(JsonNode example, JsonNode actual, String path) {
        assertThat(actual.getNodeType()).as("JSON type at %s", path).isEqualTo(example.getNodeType());
        if (example.isObject()) {
            for (String field : example.propertyNames()) {
                assertThat(actual.has(field)).as("field %s.%s", path, field).isTrue();
                assertSameShape(example.get(field), actual.get(field), path + "." + field);
            }
        } else if (example.isArray() && !example.isEmpty()) {
            assertThat(actual.isEmpty()).as("array %s is empty", path).isFalse();
            assertSameShape(example.get(0), actual.get(0), path + "[0]");
        }
    }
}
