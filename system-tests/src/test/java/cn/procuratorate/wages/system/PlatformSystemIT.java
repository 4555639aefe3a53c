package cn.procuratorate.wages.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The real jars, each in its own JVM, checked through the gateway as a front end would use them. The last test
 * kills case-service and starts it again; nothing else is restarted.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformSystemIT {

    private static LocalSystem system;
    /** The gateway, called as a supervisor of unit 110105 with a token from auth-server. */
    private static Http gateway;

    @BeforeAll
    static void startSystem() throws Exception {
        system = LocalSystem.shared();
        gateway = new Http(system.gateway().url()).withBearer(system.token(DevClients.SUPERVISOR));
    }

    @Test
    @Order(1)
    void eurekaListsEveryService() throws Exception {
        Http.Answer apps = new Http(system.registry().url()).get("/eureka/apps");
        assertThat(apps.status()).isEqualTo(200);
        for (String service : List.of("CASE-SERVICE", "PETITION-SERVICE", "OUTREACH-SERVICE", "GATEWAY", "AUTH-SERVER")) {
            assertThat(apps.body()).as("Eureka lists %s", service).contains("<name>" + service + "</name>");
        }
    }

    @Test
    @Order(2)
    void everyRouteAnswersThroughTheGatewayAndPetitionServiceReadsCaseServiceThroughFeign() throws Exception {
        Http.Answer createdCase = gateway.post("/api/cases", CaseJson.newCase("系统测试欠薪案"));
        assertThat(createdCase.status()).as(createdCase.toString()).isEqualTo(201);
        assertThat(createdCase.header("X-Request-Id")).isNotBlank();
        String caseId = createdCase.json("$.id");

        Http.Answer petition = gateway.post("/api/petitions", """
                {"channel":"LETTER","petitionerName":"李四","summary":"工程完工后工资未结清",
                 "regionCode":"110105","linkedCaseId":"%s"}""".formatted(caseId));
        assertThat(petition.status()).as(petition.toString()).isEqualTo(201);

        // petition-service -> case-service through Feign, resolved from petition-service's own copy of the registry,
        // which may need one refresh (2 s in the dev profile) to list a case-service that started at the same time.
        String linkedCasePath = "/api/petitions/" + petition.json("$.id") + "/case";
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            Http.Answer linked = gateway.get(linkedCasePath);
            assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
            assertThat((String) linked.json("$.title")).isEqualTo("系统测试欠薪案");
        });

        Http.Answer campaign = gateway.post("/api/outreach/campaigns", """
                {"title":"工地普法","audience":"WORKERS","regionCode":"110105","startsOn":"2026-12-01"}""");
        assertThat(campaign.status()).as(campaign.toString()).isEqualTo(201);
        Http.Answer figures = gateway.get("/api/outreach/case-figures");
        assertThat(figures.status()).as(figures.toString()).isEqualTo(200);
        assertThat((Integer) figures.json("$.total")).isGreaterThanOrEqualTo(1);
    }

    @Test
    @Order(3)
    void theGatewayServesEveryServicesOpenApiAndAnswersUnknownPathsWithAProblem() throws Exception {
        for (String service : LocalSystem.DOMAIN_SERVICES) {
            Http.Answer docs = gateway.get("/v3/api-docs/" + service);
            assertThat(docs.status()).as("%s docs: %s", service, docs).isEqualTo(200);
            assertThat(docs.body()).contains("\"openapi\"");
        }
        Http.Answer unknown = gateway.get("/no-such-thing");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    @Order(4)
    void whenCaseServiceDiesItsRouteAndItsFeignCallersFailFastAndRecoverWhenItReturns() throws Exception {
        String caseId = gateway.post("/api/cases", CaseJson.newCase("宕机前的案")).json("$.id");
        Http.Answer petition = gateway.post("/api/petitions", """
                {"channel":"VISIT","petitionerName":"王五","summary":"欠薪","regionCode":"110105",
                 "linkedCaseId":"%s"}""".formatted(caseId));
        String linkedCasePath = "/api/petitions/" + petition.json("$.id") + "/case";
        Http petitionService = new Http(system.process("petition-service").url())
                .withBearer(system.token(DevClients.OPERATIONS));

        system.process("case-service").kill();

        for (int i = 0; i < 5; i++) {
            for (Http.Answer down : List.of(gateway.get("/api/cases"),
                    gateway.post("/api/cases", CaseJson.newCase("宕机时的案")))) {
                assertThat(down.status()).as(down.toString()).isEqualTo(503);
                assertThat(down.header("Content-Type")).startsWith("application/problem+json");
                assertThat(down.body()).contains("case-service");
                assertThat(down.took()).as(down.toString()).isLessThan(Duration.ofSeconds(1));
            }
            Http.Answer feignDown = gateway.get(linkedCasePath);
            assertThat(feignDown.status()).as(feignDown.toString()).isEqualTo(503);
            assertThat(feignDown.body()).contains("case-service");
        }
        assertThat((String) petitionService.get("/actuator/circuitbreakers").json("$.circuitBreakers.case-service.state"))
                .as("petition-service's breaker for case-service").isEqualTo("OPEN");

        // The trace a client (or the gateway) starts reaches petition-service's log lines through the gateway.
        String traceId = java.util.UUID.randomUUID().toString().replace("-", "");
        gateway.get(linkedCasePath, "traceparent", "00-" + traceId + "-00f067aa0ba902b7-01");
        assertThat(system.process("petition-service").log()).containsPattern(
                "\\[" + traceId + ",[^\\]]+\\].*case-service unavailable");

        long restarted = System.nanoTime();
        system.restart("case-service");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(gateway.get("/api/cases").status()).isEqualTo(200);
            assertThat(gateway.get(linkedCasePath).status()).isEqualTo(200);
        });
        System.out.printf("case-service route and Feign calls recovered %.1f s after its restart began%n",
                (System.nanoTime() - restarted) / 1e9);
        assertThat(system.process("petition-service").isAlive()).isTrue();
        assertThat(system.gateway().isAlive()).isTrue();
    }
}
