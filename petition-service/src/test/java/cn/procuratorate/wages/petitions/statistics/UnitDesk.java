package cn.procuratorate.wages.petitions.statistics;

import cn.procuratorate.wages.common.identifiers.UnifiedSocialCreditCode;
import cn.procuratorate.wages.petitions.petition.Petition;
import cn.procuratorate.wages.petitions.petition.Petitions;
import cn.procuratorate.wages.petitions.petition.ReplyDeadlines;
import cn.procuratorate.wages.petitions.petition.ReplyKind;
import cn.procuratorate.wages.testing.TestTokens;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The petition desk of a unit no other test uses, so that figures counted over it are exact although every test
 * class of the JVM shares one database: petitions registered by its clerk, worked through the API, and moved back
 * in time in the database (as a petition registered late would be).
 */
final class UnitDesk {

    static final LocalDate TODAY = LocalDate.now(Petitions.CHINA);
    private static final AtomicInteger NEXT = new AtomicInteger(1);

    final String unit;
    final RestTestClient clerk;
    final RestTestClient supervisor;
    private final MongoTemplate mongo;

    /** {@code http}: a client sending a token (ServiceIT's). */
    UnitDesk(Function<String, RestTestClient> http, MongoTemplate mongo) {
        this.unit = newUnit();
        this.clerk = http.apply(Tokens.of("CLERK", unit));
        this.supervisor = http.apply(Tokens.of("SUPERVISOR", unit));
        this.mongo = mongo;
    }

    /** A 6-digit unit code of its own (65xxxx: no other petition test works in Xinjiang). */
    static String newUnit() {
        return "65" + String.format("%04d", NEXT.getAndIncrement());
    }

    /** A valid GB 32100-2015 code of its own: a company (91) of 650100 with a fresh organisation code. */
    static String newCreditCode() {
        String first17 = "91650100" + String.format("%09d", NEXT.getAndIncrement());
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    /** A letter of one worker in region 650102, to be completed by the test. */
    static Map<String, Object> letter() {
        return new HashMap<>(Map.of("channel", "LETTER", "petitionerName", "王五", "summary", "工地工资没有结清",
                "regionCode", "650102"));
    }

    /** A letter against an employer, for the given amount (yuan) and workers (null: not said). */
    static Map<String, Object> against(String employerName, String creditCode, String amount, Integer workers) {
        Map<String, Object> body = letter();
        body.put("employerName", employerName);
        if (creditCode != null) {
            body.put("employerCreditCode", creditCode);
        }
        if (amount != null) {
            body.put("amountOwed", amount);
        }
        if (workers != null) {
            body.put("workersAffected", workers);
        }
        return body;
    }

    /** Registered by the unit's clerk; the answer. */
    Map<?, ?> register(Map<String, Object> body) {
        return clerk.post().uri("/api/petitions").contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    }

    /** Received at that instant instead, with the reply due dates that follow from it. */
    void receivedAt(Map<?, ?> petition, Instant at) {
        LocalDate day = LocalDate.ofInstant(at, Petitions.CHINA);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(new ObjectId((String) petition.get("id")))),
                new Update().set("receivedAt", at)
                        .set("proceduralReplyDue", ReplyDeadlines.due(ReplyKind.PROCEDURAL, day))
                        .set("resultReplyDue", ReplyDeadlines.due(ReplyKind.RESULT, day)), Petition.class);
    }

    /** Received that many days ago, at ten in the morning. */
    void receivedDaysAgo(Map<?, ?> petition, int days) {
        receivedAt(petition, TODAY.minusDays(days).atTime(10, 0).atZone(Petitions.CHINA).toInstant());
    }

    /** A step of the desk (replies, handling, close, routing, assignment), based on the petition as stored now. */
    Map<?, ?> act(Map<?, ?> petition, String action, Map<String, Object> body) {
        RestTestClient actor = action.equals("assignment") ? supervisor : clerk;
        return actor.post().uri("/api/petitions/{id}/" + action, petition.get("id"))
                .header("If-Match", "\"" + current(petition).get("version") + "\"")
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().is2xxSuccessful().expectBody(Map.class).returnResult().getResponseBody();
    }

    Map<?, ?> reply(Map<?, ?> petition, String kind, LocalDate sentOn) {
        return act(petition, "replies", Map.of("kind", kind, "text", "答复", "channel", "LETTER",
                "sentOn", sentOn.toString()));
    }

    /** Answered directly, the result reply sent and closed. */
    Map<?, ?> answerAndClose(Map<?, ?> petition) {
        act(petition, "handling", Map.of("outcome", "ANSWERED", "note", "已释法说理"));
        reply(petition, "RESULT", TODAY);
        return act(petition, "close", Map.of());
    }

    Map<?, ?> current(Map<?, ?> petition) {
        return clerk.get().uri("/api/petitions/{id}", petition.get("id")).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    /** Test tokens of a unit's staff and of a service. */
    static final class Tokens {

        private Tokens() {
        }

        static String of(String role, String unit) {
            return TestTokens.token().subject(role.toLowerCase() + "-" + unit)
                    .roles(role).unit(unit).sign();
        }

        static String service() {
            return TestTokens.token().subject("outreach-service").roles("SERVICE").sign();
        }

        static String partnerAgency() {
            return TestTokens.token().subject("hrss").roles("PARTNER_AGENCY")
                    .sector("HRSS").sign();
        }
    }
}
