package cn.procuratorate.wages.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.cases.risk.FalseLitigationRisk;
import cn.procuratorate.wages.cases.workflow.Workflows;
import cn.procuratorate.wages.testing.ServiceIT;
import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.IntStream;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

/**
 * The benchmark's seeded cases (BenchSeeder, bench/cases.sh) are stored as the application stores cases: every
 * field a registered, moved, paid or scored case has, with the same type. A drift (a date stored as text, a missing
 * version or score) would have the benchmark measure other documents than the service holds.
 */
class SyntheticCasesIT extends ServiceIT {

    private static final int SEEDED = 500;

    @Autowired
    private MongoTemplate mongo;
    @Autowired
    private MongoClient client;
    @Autowired
    private Workflows workflows;
    @Autowired
    private WorkerIdentity identity;
    @Autowired
    private FalseLitigationRisk risk;

    @Test
    void seededCasesHaveEveryFieldOfCasesWrittenThroughTheApiWithTheSameType() {
        Set<String> written = new TreeSet<>();
        written.addAll(shapeOf(stored(wageCrimeArrestedAndPaid())));
        written.addAll(shapeOf(stored(scoredLawsuitSupport())));

        // A database of its own: the other tests count and list the cases of the shared one.
        MongoTemplate scratch = new MongoTemplate(
                new SimpleMongoClientDatabaseFactory(client, "synthetic-" + UUID.randomUUID()), mongo.getConverter());
        SyntheticCases cases = new SyntheticCases(SEEDED, Instant.now(), workflows, identity, risk);
        scratch.insert(IntStream.range(0, SEEDED).mapToObj(cases::caseFile).toList(), CaseFile.class);
        Set<String> seeded = new TreeSet<>();
        scratch.getCollection(CaseFile.COLLECTION).find().forEach(document -> seeded.addAll(shapeOf(document)));
        scratch.getDb().drop();

        assertThat(seeded).containsAll(written);
    }

    private String wageCrimeArrestedAndPaid() {
        Map<String, Object> body = CaseBodies.newCase("形状比对", "110105");
        body.put("handlerId", "procurator1");
        body.put("project", Map.of("name", "花园一期", "generalContractorName", "某总承包公司",
                "generalContractorCreditCode", CaseBodies.OTHER_CREDIT_CODE));
        body.put("source", Map.of("kind", "PARTNER_AGENCY", "id", "HRSS-" + UUID.randomUUID()));
        String id = CaseApi.register(http(), body);
        CaseApi.transition(http(), id, Map.of("action", "START_ARREST_REVIEW"));
        CaseApi.transition(http(), id, Map.of("action", "DECIDE_ARREST", "decision", "ARREST"));
        CaseApi.pay(http(), id, "w1", "100.00");
        return id;
    }

    private String scoredLawsuitSupport() {
        return CaseApi.register(http(), CaseBodies.newCase("形状比对", "110105", "type", "LAWSUIT_SUPPORT"));
    }

    private Document stored(String id) {
        return mongo.getCollection(CaseFile.COLLECTION).find(Filters.eq("_id", new ObjectId(id))).first();
    }

    /** Every path of the document with its Java (BSON) type, list elements as {@code path[]}. */
    private static Set<String> shapeOf(Document document) {
        Set<String> shape = new TreeSet<>();
        document.forEach((key, value) -> addShape(key, value, shape));
        return shape;
    }

    private static void addShape(String path, Object value, Set<String> shape) {
        shape.add(path + ":" + (value == null ? "null" : value.getClass().getSimpleName()));
        if (value instanceof Document document) {
            document.forEach((key, inner) -> addShape(path + "." + key, inner, shape));
        } else if (value instanceof List<?> list) {
            list.forEach(element -> addShape(path + "[]", element, shape));
        }
    }
}
