package cn.procuratorate.wages.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.testing.ServiceIT;
import cn.procuratorate.wages.testing.TestTokens;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

class CaseWorkflowIT extends ServiceIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void aCriminalCaseMovesThroughItsStagesWithTheirDueDates() {
        Map<?, ?> created = register(CaseBodies.newCase("审查逮捕", "110105", "entry", "ARREST_REQUEST"));
        assertThat(workflow(created).get("stage")).isEqualTo("ARREST_REVIEW");
        // Not detained: 15 days (SPP Criminal Procedure Rules).
        assertThat(workflow(created).get("dueOn")).isEqualTo(TODAY.plusDays(15).toString());

        Map<?, ?> decided = transition(created, "{\"action\": \"DECIDE_ARREST\", \"decision\": \"NO_ARREST\"}", 200);
        assertThat(workflow(decided).get("stage")).isEqualTo("ARREST_DECIDED");
        assertThat(((Map<?, ?>) workflow(decided).get("arrestDecision")).get("reason")).isEqualTo("NO_NECESSITY");

        Map<?, ?> review = transition(decided, "{\"action\": \"START_PROSECUTION_REVIEW\"}", 200);
        assertThat(workflow(review).get("stage")).isEqualTo("PROSECUTION_REVIEW");
        assertThat(workflow(review).get("dueOn")).isEqualTo(TODAY.plusMonths(1).toString());
        assertThat(review.get("version")).isEqualTo(2);

        List<Map<?, ?>> timeline = procurator().get().uri("/api/cases/{id}/timeline", created.get("id")).exchange()
                .expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
        assertThat(timeline).extracting(e -> (Object) e.get("action"))
                .containsExactly("REGISTER", "DECIDE_ARREST", "START_PROSECUTION_REVIEW");
    }

    @Test
    void aStepTheStageDoesNotAllowIsAConflictAndARuleRefusalIsUnprocessable() {
        Map<?, ?> created = register(CaseBodies.newCase("补充侦查", "110105", "entry", "TRANSFER_FOR_PROSECUTION"));

        Map<?, ?> illegal = transition(created, "{\"action\": \"DECIDE_ARREST\", \"decision\": \"ARREST\"}", 409);
        assertThat(illegal.get("rule")).isEqualTo("workflow.illegal-transition");

        Map<?, ?> current = created;
        for (int round = 1; round <= 2; round++) {
            current = transition(current,
                    "{\"action\": \"RETURN_FOR_SUPPLEMENTARY_INVESTIGATION\", \"reason\": \"证据不足\"}", 200);
            current = transition(current, "{\"action\": \"RESUME_AFTER_SUPPLEMENTARY_INVESTIGATION\"}", 200);
        }
        Map<?, ?> third = transition(current,
                "{\"action\": \"RETURN_FOR_SUPPLEMENTARY_INVESTIGATION\", \"reason\": \"再查\"}", 422);
        assertThat(third.get("type")).isEqualTo("urn:problem-type:rule-violation");
        assertThat(third.get("rule")).isEqualTo("workflow.supplementary-rounds-exhausted");

        Map<?, ?> unchanged = procurator().get().uri("/api/cases/{id}", created.get("id")).exchange()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(unchanged.get("version")).isEqualTo(current.get("version"));
        assertThat(workflow(unchanged).get("supplementaryRounds")).isEqualTo(2);
    }

    @Test
    void theCaseStaysWithItsHandlerUnlessASupervisorReassignsIt() {
        Map<?, ?> created = register(CaseBodies.newCase("捕诉一体", "110105", "entry", "ARREST_REQUEST"));
        RestTestClient colleague = http(TestTokens.token().subject("procurator-colleague").roles("PROCURATOR")
                .unit(TestTokens.UNIT).sign());
        colleague.post().uri("/api/cases/{id}/transitions", created.get("id")).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).body("{\"action\": \"DECIDE_ARREST\", \"decision\": \"ARREST\"}")
                .exchange().expectStatus().isForbidden();

        Map<?, ?> withoutReason = http().post().uri("/api/cases/{id}/transitions", created.get("id"))
                .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .body("{\"action\": \"CHANGE_HANDLER\", \"newHandlerId\": \"procurator-colleague\"}").exchange()
                .expectStatus().isEqualTo(422).expectBody(Map.class).returnResult().getResponseBody();
        assertThat(withoutReason.get("rule")).isEqualTo("workflow.reason-required");

        Map<?, ?> reassigned = http().post().uri("/api/cases/{id}/transitions", created.get("id"))
                .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .body("{\"action\": \"CHANGE_HANDLER\", \"newHandlerId\": \"procurator-colleague\", \"reason\": \"原承办人回避\"}")
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(workflow(reassigned).get("handlerId")).isEqualTo("procurator-colleague");
        colleague.post().uri("/api/cases/{id}/transitions", created.get("id")).header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).body("{\"action\": \"DECIDE_ARREST\", \"decision\": \"ARREST\"}")
                .exchange().expectStatus().isOk();
    }

    @Test
    void ofTwoConcurrentTransitionsExactlyOneWins() throws Exception {
        Map<?, ?> created = register(CaseBodies.newCase("并发", "110105", "entry", "TRANSFER_FOR_PROSECUTION"));
        List<String> steps = List.of(
                "{\"action\": \"RETURN_FOR_SUPPLEMENTARY_INVESTIGATION\", \"reason\": \"证据不足\"}",
                "{\"action\": \"DECIDE_PROSECUTION\", \"decision\": \"PROSECUTE\"}");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (String step : steps) {
                calls.add(() -> {
                    start.await();
                    return procurator().post().uri("/api/cases/{id}/transitions", created.get("id"))
                            .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).body(step)
                            .exchange().returnResult(String.class).getStatus().value();
                });
            }
            List<Future<Integer>> answers = calls.stream().map(pool::submit).toList();
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        List<?> timeline = procurator().get().uri("/api/cases/{id}/timeline", created.get("id")).exchange()
                .expectBody(List.class).returnResult().getResponseBody();
        assertThat(timeline).hasSize(2);
    }

    @Test
    void paymentsUpToWhatIsOwedAreRecordedAndOneFenMoreIsRefused() {
        Map<?, ?> created = register(CaseBodies.newCase("追讨欠薪", "110105"));
        String worker = (String) ((List<Map<?, ?>>) created.get("workers")).get(0).get("id");

        Map<?, ?> first = pay(created, worker, "12000.00", TODAY.toString(), 200);
        Map<?, ?> tooMuch = pay(first, worker, "800.51", TODAY.toString(), 422);
        assertThat(tooMuch.get("rule")).isEqualTo("recovery.exceeds-owed");
        assertThat((String) tooMuch.get("detail")).contains("800.50");
        Map<?, ?> future = pay(first, worker, "1.00", TODAY.plusDays(1).toString(), 422);
        assertThat(future.get("rule")).isEqualTo("recovery.date-in-future");

        Map<?, ?> rest = pay(first, worker, "800.50", TODAY.toString(), 200);
        Map<?, ?> recovery = (Map<?, ?>) rest.get("recovery");
        assertThat(recovery.get("recovered")).isEqualTo(12800.50);
        assertThat(recovery.get("outstanding")).isEqualTo(0.00);
        assertThat(recovery.get("recoveryRate")).isEqualTo(1.0);
        List<?> payments = procurator().get().uri("/api/cases/{id}/payments", created.get("id")).exchange()
                .expectBody(List.class).returnResult().getResponseBody();
        assertThat(payments).hasSize(2);
    }

    @Test
    void listsFilterOverdueDueSoonAWorkerAndAnEmployer() {
        String region = "130102";
        Map<String, Object> late = CaseBodies.newCase("逾期", region, "entry", "ARREST_REQUEST");
        late.put("facts", Map.of("suspectDetained", true));
        late.put("receivedOn", TODAY.minusDays(10).toString());
        String overdueId = (String) register(late).get("id");
        Map<String, Object> soon = CaseBodies.newCase("即将到期", region, "entry", "ARREST_REQUEST");
        soon.put("facts", Map.of("suspectDetained", true));
        String soonId = (String) register(soon).get("id");
        Map<String, Object> other = CaseBodies.newCase("其他劳动者", region, "entry", "TRANSFER_FOR_PROSECUTION");
        other.put("workers", List.of(CaseBodies.worker("赵六", CaseBodies.OTHER_RESIDENT_ID, "13900001111", 4,
                "20000.00")));
        ((Map<String, Object>) other.get("employer")).put("creditCode", CaseBodies.OTHER_CREDIT_CODE);
        ((Map<String, Object>) other.get("employer")).put("name", "某某市政工程有限公司");
        String otherId = (String) register(other).get("id");

        assertThat(ids("regionCode=" + region + "&overdue=true")).containsExactly(overdueId);
        assertThat(ids("regionCode=" + region + "&dueWithinDays=7")).containsExactly(soonId);
        assertThat(ids("regionCode=" + region + "&residentId=" + CaseBodies.OTHER_RESIDENT_ID))
                .containsExactly(otherId);
        assertThat(ids("regionCode=" + region + "&employerCreditCode=" + CaseBodies.OTHER_CREDIT_CODE))
                .containsExactly(otherId);
        assertThat(ids("regionCode=" + region + "&employerName=市政")).containsExactly(otherId);
        assertThat(ids("regionCode=" + region + "&stage=ARREST_REVIEW")).containsExactlyInAnyOrder(overdueId, soonId);

        Map<?, ?> overdue = procurator().get().uri("/api/cases?regionCode={r}&overdue=true", region).exchange()
                .expectBody(Map.class).returnResult().getResponseBody();
        Map<?, ?> item = ((List<Map<?, ?>>) overdue.get("items")).get(0);
        assertThat(item.get("overdue")).isEqualTo(true);
        assertThat(item.get("daysLeft")).isEqualTo(-3);
        procurator().get().uri("/api/cases?residentId=110105194912310021").exchange().expectStatus().isBadRequest();
    }

    private List<Object> ids(String query) {
        Map<?, ?> page = procurator().get().uri("/api/cases?" + query).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        return ((List<Map<?, ?>>) page.get("items")).stream().map(i -> (Object) i.get("id")).toList();
    }

    private Map<?, ?> transition(Map<?, ?> current, String body, int status) {
        return procurator().post().uri("/api/cases/{id}/transitions", current.get("id"))
                .header("If-Match", "\"" + current.get("version") + "\"").contentType(MediaType.APPLICATION_JSON)
                .body(body).exchange().expectStatus().isEqualTo(status).expectBody(Map.class).returnResult()
                .getResponseBody();
    }

    private Map<?, ?> pay(Map<?, ?> current, String worker, String amount, String paidOn, int status) {
        return procurator().post().uri("/api/cases/{id}/payments", current.get("id"))
                .header("If-Match", "\"" + current.get("version") + "\"").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("workerId", worker, "amount", amount, "paidOn", paidOn, "channel", "EMPLOYER"))
                .exchange().expectStatus().isEqualTo(status).expectBody(Map.class).returnResult().getResponseBody();
    }

    private Map<?, ?> register(Map<String, Object> body) {
        return procurator().post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    }

    private static Map<?, ?> workflow(Map<?, ?> caseView) {
        return (Map<?, ?>) caseView.get("workflow");
    }

    private RestTestClient procurator() {
        return http(TestTokens.staff("PROCURATOR"));
    }
}
