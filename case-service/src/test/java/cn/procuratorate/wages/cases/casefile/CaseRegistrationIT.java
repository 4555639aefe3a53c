package cn.procuratorate.wages.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.testing.ServiceIT;
import cn.procuratorate.wages.testing.TestTokens;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

class CaseRegistrationIT extends ServiceIT {


    @Test
    void aRegisteredCaseHasANumberItsPartiesMaskedAndItsFirstStage() {
        EntityExchangeResult<Map> created = procurator().post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                .body(CaseBodies.newCase("  某建筑公司拖欠农民工工资案 ", "110105")).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult();
        Map<?, ?> body = created.getResponseBody();

        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        assertThat((String) body.get("caseNumber")).matches("110105-" + year + "-\\d{5}");
        assertThat(created.getResponseHeaders().getETag()).isEqualTo("\"0\"");
        assertThat(body.get("title")).isEqualTo("某建筑公司拖欠农民工工资案");
        assertThat(body.get("typeLabel")).isEqualTo("拒不支付劳动报酬案件");
        Map<?, ?> worker = ((List<Map<?, ?>>) body.get("workers")).get(0);
        assertThat(worker.get("residentId")).isEqualTo("110105********002X");
        assertThat(worker.get("phone")).isEqualTo("138****5678");
        assertThat(worker.get("amountOwed")).isEqualTo(12800.50);
        Map<?, ?> workflow = (Map<?, ?>) body.get("workflow");
        assertThat(workflow.get("stage")).isEqualTo("RECEIVED");
        assertThat(workflow.get("handlerId")).isEqualTo("procurator1");
        assertThat((List<?>) workflow.get("allowedActions")).isNotEmpty();
        assertThat(((Map<?, ?>) body.get("recovery")).get("owed")).isEqualTo(12800.50);

        List<Map<?, ?>> timeline = procurator().get().uri("/api/cases/{id}/timeline", body.get("id")).exchange()
                .expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
        assertThat(timeline).singleElement().satisfies(entry -> {
            assertThat(entry.get("action")).isEqualTo("REGISTER");
            assertThat(entry.get("actor")).isEqualTo("procurator1");
            assertThat(entry.get("role")).isEqualTo("PROCURATOR");
        });
    }

    @Test
    void badIdentifiersAreFieldErrorsAndStoreNothing() {
        long before = total();
        Map<String, Object> body = CaseBodies.newCase("坏数据", "110105");
        ((Map<String, Object>) body.get("employer")).put("creditCode", "91110108551385082A");
        ((List<Map<String, Object>>) body.get("workers")).get(0).put("residentId", "110105194912310021");
        body.put("industryCode", "Z99");

        Map<?, ?> problem = procurator().post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange().expectStatus().isBadRequest().expectBody(Map.class).returnResult().getResponseBody();

        assertThat((List<Map<String, Object>>) problem.get("errors")).extracting(e -> (Object) e.get("field"))
                .containsExactlyInAnyOrder("employer.creditCode", "workers[0].residentId", "industryCode");
        assertThat(problem.toString()).doesNotContain("110105194912310021");
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void aCompanyNeedsACreditCodeButAGangBossDoesNot() {
        Map<String, Object> company = CaseBodies.newCase("无代码公司", "110105");
        ((Map<String, Object>) company.get("employer")).remove("creditCode");
        procurator().post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON).body(company).exchange()
                .expectStatus().isBadRequest();

        Map<String, Object> gangBoss = CaseBodies.newCase("包工头欠薪", "110105", "employer",
                Map.of("name", "李某（包工头）", "kind", "UNLICENSED_CONTRACTOR"));
        procurator().post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON).body(gangBoss).exchange()
                .expectStatus().isCreated();
    }

    @Test
    void concurrentRegistrationsGetDistinctNumbersWithoutGaps() throws Exception {
        String unit = "330106";
        String service = TestTokens.token().subject("platform-services").roles("SERVICE").sign();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(() -> (String) http(service).post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                        .body(CaseBodies.newCase("并发登记", "330106", "unit", unit)).exchange()
                        .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                        .get("caseNumber"));
            }
            List<String> numbers = new ArrayList<>();
            for (Future<String> number : pool.invokeAll(calls)) {
                numbers.add(number.get());
            }
            assertThat(numbers).doesNotHaveDuplicates();
            assertThat(numbers).extracting(n -> Integer.parseInt(n.substring(n.lastIndexOf('-') + 1)))
                    .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, 20).boxed()
                            .toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSamePetitionRoutedTwiceOrAtOnceGivesOneCase() throws Exception {
        String petitionId = UUID.randomUUID().toString();
        RestTestClient clerk = http(TestTokens.staff("CLERK"));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Map<?, ?>>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> clerk.post().uri("/api/cases/from-petition/{p}", petitionId)
                        .contentType(MediaType.APPLICATION_JSON).body(CaseBodies.newCase("信访转案", "110105"))
                        .exchange().expectBody(Map.class).returnResult().getResponseBody());
            }
            List<Object> ids = new ArrayList<>();
            for (Future<Map<?, ?>> answer : pool.invokeAll(calls)) {
                ids.add(answer.get().get("id"));
            }
            assertThat(ids).doesNotContainNull().containsOnly(ids.get(0));
        } finally {
            pool.shutdownNow();
        }
        Map<?, ?> again = clerk.post().uri("/api/cases/from-petition/{p}", petitionId)
                .contentType(MediaType.APPLICATION_JSON).body(CaseBodies.newCase("信访转案", "110105")).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(again.get("sourcePetitionId")).isEqualTo(petitionId);
        assertThat(((Map<?, ?>) again.get("source")).get("kind")).isEqualTo("PETITION");
    }

    @Test
    void anUpdateNeedsTheVersionItWasBasedOn() {
        Map<?, ?> created = register(CaseBodies.newCase("待修改", "110105"));
        String id = (String) created.get("id");
        Map<String, Object> description = description("已修改", created);

        Map<?, ?> missing = procurator().put().uri("/api/cases/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .body(description).exchange().expectStatus().isEqualTo(428).expectBody(Map.class).returnResult()
                .getResponseBody();
        assertThat(missing.get("type")).isEqualTo("urn:problem-type:precondition-required");

        Map<?, ?> updated = procurator().put().uri("/api/cases/{id}", id).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).body(description).exchange().expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"1\"").expectBody(Map.class).returnResult().getResponseBody();
        assertThat(updated.get("title")).isEqualTo("已修改");
        // The worker kept its id, so its sealed ID number stayed although the update did not repeat it.
        assertThat(((List<Map<?, ?>>) updated.get("workers")).get(0).get("residentId"))
                .isEqualTo("110105********002X");

        Map<?, ?> stale = procurator().put().uri("/api/cases/{id}", id).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).body(description("过时的修改", created)).exchange()
                .expectStatus().isEqualTo(409).expectBody(Map.class).returnResult().getResponseBody();
        assertThat(stale.get("currentVersion")).isEqualTo(1);
        procurator().get().uri("/api/cases/{id}", id).exchange().expectBody().jsonPath("$.title").isEqualTo("已修改");
    }

    @Test
    void operatorsInValuesAreStoredAsTextOrRefused() {
        Map<String, Object> body = CaseBodies.newCase("注入", "110105");
        ((Map<String, Object>) body.get("employer")).put("name", "{\"$ne\": null}");
        Map<?, ?> created = register(body);
        assertThat(((Map<?, ?>) created.get("employer")).get("name")).isEqualTo("{\"$ne\": null}");

        Map<String, Object> object = CaseBodies.newCase("注入", "110105");
        ((Map<String, Object>) object.get("employer")).put("name", Map.of("$ne", ""));
        procurator().post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON).body(object).exchange()
                .expectStatus().isBadRequest();
    }

    private RestTestClient procurator() {
        return http(TestTokens.staff("PROCURATOR"));
    }

    private Map<?, ?> register(Map<String, Object> body) {
        return procurator().post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    }

    private static Map<String, Object> description(String title, Map<?, ?> created) {
        Map<?, ?> worker = ((List<Map<?, ?>>) created.get("workers")).get(0);
        Map<String, Object> kept = new HashMap<>(Map.of("id", worker.get("id"), "name", "王五", "monthsOwed", 4,
                "amountOwed", "15000.00"));
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("regionCode", "110105");
        body.put("industryCode", "E4710");
        body.put("employer", created.get("employer"));
        body.put("workers", List.of(kept));
        return body;
    }

    private long total() {
        Map<?, ?> page = procurator().get().uri("/api/cases").exchange().expectBody(Map.class).returnResult()
                .getResponseBody();
        return ((Number) page.get("totalItems")).longValue();
    }
}
