package cn.procuratorate.wages.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The case API steps a test needs to set cases up, each expected to succeed. */
public final class CaseApi {

    private CaseApi() {
    }

    /** Registers a case and answers its id. */
    public static String register(RestTestClient client, Map<String, Object> body) {
        return (String) client.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("id");
    }

    /** Records a payment made today to a worker of the case. */
    public static void pay(RestTestClient client, String caseId, String workerId, String amount) {
        client.post().uri("/api/cases/{id}/payments", caseId).header("If-Match", version(client, caseId))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("workerId", workerId, "amount", amount, "paidOn", LocalDate.now(Cases.CHINA).toString(),
                        "channel", "EMPLOYER"))
                .exchange().expectStatus().isOk();
    }

    /** Takes a workflow step, e.g. {@code Map.of("action", "WITHDRAW", "reason", "...")}. */
    public static void transition(RestTestClient client, String caseId, Map<String, Object> step) {
        client.post().uri("/api/cases/{id}/transitions", caseId).header("If-Match", version(client, caseId))
                .contentType(MediaType.APPLICATION_JSON).body(step)
                .exchange().expectStatus().isOk();
    }

    /** Moves the registration of a case to another instant, which the API never does (it registers "now"). */
    public static void registeredAt(MongoTemplate mongo, String caseId, Instant createdAt) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(new ObjectId(caseId))),
                Update.update("createdAt", createdAt), CaseFile.COLLECTION);
    }

    private static String version(RestTestClient client, String caseId) {
        return client.get().uri("/api/cases/{id}", caseId).exchange().expectStatus().isOk()
                .returnResult(Void.class).getResponseHeaders().getETag();
    }
}
