package cn.procuratorate.wages.petitions.statistics;

import static cn.procuratorate.wages.petitions.statistics.UnitDesk.against;
import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.petitions.statistics.UnitDesk.Tokens;
import cn.procuratorate.wages.testing.CaseServiceCallerIT;
import cn.procuratorate.wages.testing.Downstream;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * petition-service's side of the contracts in {@code contracts/petition-service}: its real answers have every field
 * of the examples that outreach-service stubs with, with the same JSON types (the first element standing for every
 * element of an array).
 */
class PetitionStatisticsContractIT extends CaseServiceCallerIT {

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    private MongoTemplate mongo;

    private UnitDesk desk;

    /** A unit whose first employer has a credit code and an industry, and an overdue reply assigned to a clerk. */
    @BeforeEach
    void aUnitWithAnEmployerAndAnOverdueReply() {
        desk = new UnitDesk(this::http, mongo);
        String code = UnitDesk.newCreditCode();
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = against("契约建筑劳务有限公司", code, "8600.00", 3);
            body.put("industryCode", "E4710");
            Map<?, ?> petition = desk.register(body);
            if (i == 0) {
                desk.receivedDaysAgo(petition, 10);
                desk.act(petition, "assignment", Map.of("clerk", "clerk1"));
            }
        }
    }

    @Test
    void statisticsHaveEveryFieldTheirConsumersRead() throws Exception {
        assertSameShape(example("petition-statistics.json"),
                answer("/api/petitions/statistics?groupBy=EMPLOYER&unit=" + desk.unit), "$");
    }

    @Test
    void overdueRepliesHaveEveryFieldTheirConsumersRead() throws Exception {
        assertSameShape(example("overdue-replies.json"),
                answer("/api/petitions/statistics/overdue-replies?unit=" + desk.unit), "$");
    }

    @Test
    void repeatEmployersHaveEveryFieldTheirConsumersRead() throws Exception {
        assertSameShape(example("repeat-employers.json"),
                answer("/api/petitions/statistics/repeat-employers?unit=" + desk.unit), "$");
    }

    private JsonNode answer(String uri) throws Exception {
        return json.readTree(http(Tokens.service()).get().uri(uri).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
    }

    private JsonNode example(String name) throws Exception {
        return json.readTree(Downstream.contract("petition-service", name));
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
