package cn.procuratorate.wages.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.common.identifiers.UnifiedSocialCreditCode;
import cn.procuratorate.wages.testing.ServiceIT;
import cn.procuratorate.wages.testing.TestTokens;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

class CaseRulesIT extends ServiceIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void aWageCrimeWithAnOrderToPayIgnoredAndAnAbscondedEmployerMeetsEveryCondition() {
        // Liaoning (21): ¥10,000 per worker; the worker is owed ¥12,800.50 for 3 months.
        Map<?, ?> created = register(procurator(), CaseBodies.newCase("逃匿欠薪", "210102"));
        String id = (String) created.get("id");
        Map<?, ?> before = procurator().get().uri("/api/cases/{id}/assessment", id).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(before.get("outcome")).isNotEqualTo("MEETS_ALL_CONDITIONS");

        procurator().put().uri("/api/cases/{id}/crime-facts", id).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("evasion", List.of("ABSCONDED"), "orderToPay", Map.of(
                        "issuedOn", TODAY.minusDays(30).toString(), "deadline", TODAY.minusDays(20).toString(),
                        "delivery", "POSTED_AND_RECORDED", "paidByDeadline", false)))
                .exchange().expectStatus().isOk().expectHeader().valueEquals("ETag", "\"1\"");

        Map<?, ?> verdict = procurator().get().uri("/api/cases/{id}/assessment", id).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(verdict.get("outcome")).isEqualTo("MEETS_ALL_CONDITIONS");
        assertThat((List<Map<?, ?>>) verdict.get("reasons")).extracting(r -> (Object) r.get("code"))
                .anySatisfy(code -> assertThat((String) code).startsWith("amount."));
    }

    @Test
    void contradictoryFactsAndOtherCaseTypesAreRefused() {
        Map<?, ?> created = register(procurator(), CaseBodies.newCase("矛盾", "210102"));
        procurator().put().uri("/api/cases/{id}/crime-facts", created.get("id")).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("firstInstanceVerdictOn", TODAY.minusDays(1).toString()))
                .exchange().expectStatus().isEqualTo(422);
        procurator().get().uri("/api/cases/{id}", created.get("id")).exchange().expectBody()
                .jsonPath("$.version").isEqualTo(0);

        Map<?, ?> support = register(procurator(), CaseBodies.newCase("支持起诉", "210102", "type", "LAWSUIT_SUPPORT"));
        procurator().get().uri("/api/cases/{id}/assessment", support.get("id")).exchange()
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.rule").isEqualTo("assessment.only-wage-crime");
    }

    @Test
    void oneWorkerClaimingAgainstThreeEmployersIsFlaggedForReview() {
        RestTestClient service = http(TestTokens.token().subject("platform-services").roles("SERVICE").sign());
        String unit = "510105";
        String first = null;
        for (String employer : List.of(creditCode("91510100MA6CL0001"), creditCode("91510100MA6CL0002"),
                creditCode("91510100MA6CL0003"))) {
            Map<String, Object> body = CaseBodies.newCase("支持起诉 " + employer, "510105", "type", "LAWSUIT_SUPPORT");
            body.put("unit", unit);
            ((Map<String, Object>) body.get("employer")).put("creditCode", employer);
            body.put("workers", List.of(CaseBodies.worker("钱七", CaseBodies.OTHER_RESIDENT_ID, "13700001111", 2,
                    "9000.00")));
            String id = (String) register(service, body).get("id");
            first = first == null ? id : first;
        }

        RestTestClient supervisor = http(TestTokens.token().subject("supervisor9").roles("SUPERVISOR").unit(unit)
                .sign());
        Map<?, ?> page = supervisor.get().uri("/api/cases/risk-review").exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        List<Map<?, ?>> items = (List<Map<?, ?>>) page.get("items");
        assertThat(items).filteredOn(i -> unit.equals(((Map<?, ?>) i.get("caseSummary")).get("unit"))).hasSize(3)
                .allSatisfy(i -> assertThat((List<Object>) i.get("riskCodes"))
                        .contains("risk.same-claimant-many-employers"));
        // The first case was scored low when alone; the later claims raised it.
        Map<?, ?> risk = supervisor.get().uri("/api/cases/{id}/risk", first).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(((List<Map<?, ?>>) risk.get("flags")).get(0).get("evidenceCaseIds")).asList().hasSize(2);
        assertThat(risk.toString()).doesNotContain(CaseBodies.OTHER_RESIDENT_ID);
    }

    @Test
    void aClaimantMissingFromTheProjectRosterIsFlagged() {
        Map<?, ?> created = register(procurator(), CaseBodies.newCase("名册核对", "110105", "type", "LAWSUIT_SUPPORT"));
        procurator().put().uri("/api/cases/{id}/roster", created.get("id")).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("residentIds", List.of(CaseBodies.OTHER_RESIDENT_ID))).exchange()
                .expectStatus().isNoContent();

        Map<?, ?> risk = procurator().get().uri("/api/cases/{id}/risk", created.get("id")).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat((List<Map<?, ?>>) risk.get("flags")).extracting(f -> (Object) f.get("code"))
                .contains("risk.not-on-roster");
        procurator().put().uri("/api/cases/{id}/roster", created.get("id")).header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("residentIds", List.of("110105194912310021")))
                .exchange().expectStatus().isBadRequest();
    }

    private static String creditCode(String first17) {
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    private static Map<?, ?> register(RestTestClient client, Map<String, Object> body) {
        return client.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    }

    private RestTestClient procurator() {
        return http(TestTokens.staff("PROCURATOR"));
    }
}
