package cn.procuratorate.wages.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The fault suite, on a system of its own whose dev database keeps its data in a file (so it can be stopped and
 * started again): the registry stops, the database stops and restarts, a domain service is killed under load. Each
 * fault is undone before the next, and after each one what the clients were told was accepted is read back and
 * compared with what is stored.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsSystemIT {

    private static LocalSystem system;
    private static Http procurator;
    private static Http clerk;
    private static Http gatewayOperator;
    /** Figures of the database outage, for the report line. */
    private static double readinessDown;
    private static long slowestReadinessMillis;

    @BeforeAll
    static void startSystem() throws Exception {
        Path data = Path.of("target", "system-data", "faults-" + System.currentTimeMillis() + ".mv");
        system = LocalSystem.start(new LocalSystem.Options().name("faults").databaseOnFile(data));
        procurator = new Http(system.gateway().url()).withBearer(system.token(DevClients.PROCURATOR));
        clerk = new Http(system.gateway().url()).withBearer(system.token(DevClients.CLERK));
        gatewayOperator = new Http(system.gateway().url()).withBearer(system.token(DevClients.OPERATIONS));
    }

    @AfterAll
    static void stopSystem() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    @Order(1)
    void withTheRegistryStoppedServicesKeepCallingEachOtherAndTheGatewayKeepsRouting() throws Exception {
        String caseId = procurator.post("/api/cases", CaseJson.newCase("注册中心停机前的案")).json("$.id");
        Http.Answer petition = clerk.post("/api/petitions", """
                {"channel":"LETTER","petitionerName":"李四","summary":"工程完工后工资未结清",
                 "regionCode":"110105","linkedCaseId":"%s"}""".formatted(caseId));
        String linkedCase = "/api/petitions/" + petition.json("$.id") + "/case";
        await().atMost(Duration.ofSeconds(20)).until(() -> clerk.get(linkedCase).status() == 200);

        system.registry().kill();
        // Longer than every cache in front of the registry (client fetch 2 s, load balancer 2 s): from here on
        // only the copies the gateway and the services already hold can answer.
        long stopped = System.nanoTime();
        int calls = 0;
        while (System.nanoTime() - stopped < Duration.ofSeconds(10).toNanos()) {
            for (Http.Answer answer : List.of(clerk.get(linkedCase), procurator.get("/api/cases?size=1"),
                    procurator.get("/api/outreach/case-figures"), clerk.get("/api/petitions?size=1"))) {
                assertThat(answer.status()).as("%s with the registry down", answer).isEqualTo(200);
                calls++;
            }
            Thread.sleep(250);
        }
        String createdWhileDown = procurator.post("/api/cases", CaseJson.newCase("注册中心停机时的案")).json("$.id");
        assertThat(procurator.get("/api/cases/" + createdWhileDown).status()).isEqualTo(200);
        System.out.printf("registry down: %d routed and Feign calls in 10 s, all answered 200%n", calls);

        long restarted = System.nanoTime();
        system.registry().start();
        system.registry().awaitOk("/actuator/health/readiness", Duration.ofSeconds(60));
        Http registry = new Http(system.registry().url());
        // Each instance registers again at its next heartbeat (5 s in dev), when the registry answers 404 for it.
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            String apps = registry.get("/eureka/apps").body();
            for (String app : List.of("CASE-SERVICE", "PETITION-SERVICE", "OUTREACH-SERVICE", "GATEWAY", "AUTH-SERVER")) {
                assertThat(apps).as("Eureka lists %s again", app).contains("<name>" + app + "</name>");
            }
        });
        // The dev registry serves its list at once after a restart, empty until the instances have registered
        // again, and clients that fetch it then forget their instances for a few seconds: wait until the routes
        // and the Feign calls answer again before the next fault (README, "Scale-out and faults").
        system.awaitRoutes(Duration.ofSeconds(60));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> clerk.get(linkedCase).status() == 200);
        System.out.printf("registry restarted: every route and Feign call answers again %.1f s after it began%n",
                (System.nanoTime() - restarted) / 1e9);
    }

    @Test
    @Order(2)
    void whileTheDatabaseIsDownReadinessIsDownAndWritesGet503WithNothingHalfWritten() throws Exception {
        String employer = "数据库停机劳务有限公司" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        String before = procurator.post("/api/cases", CaseJson.newCase("停机前", employer)).json("$.caseNumber");
        SteadyWrites writes = new SteadyWrites("cases-db", 2, Duration.ofMillis(100), n -> {
            Http.Answer answer = procurator.post("/api/cases", CaseJson.newCase("数据库停机测试" + n, employer));
            return SteadyWrites.Outcome.of(answer, answer.status() == 201 ? answer.json("$.id") : null);
        });
        try (writes) {
            Thread.sleep(1500);
            outageAndBack(writes, employer, before);
        }
    }

    private static void outageAndBack(SteadyWrites writes, String employer, String before) throws Exception {
        ServiceProcess database = system.process("devdb");
        long stopped = System.nanoTime();
        database.stop(Duration.ofSeconds(20));   // SIGTERM: the dev database closes its file cleanly
        try {
            checkTheOutage(stopped, employer);
        } finally {
            if (!database.isAlive()) {
                database.start();   // the same port and file: undone for the next test even if this one failed
            }
        }
        long restarted = System.nanoTime();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            for (String service : LocalSystem.DOMAIN_SERVICES) {
                assertThat(system.process(service).status("/actuator/health/readiness"))
                        .as("%s readiness after the database is back", service).isEqualTo(200);
            }
        });
        double readinessUp = (System.nanoTime() - restarted) / 1e9;
        await().atMost(Duration.ofSeconds(30)).until(() -> writes.soFar().stream()
                .anyMatch(o -> o.accepted() && o.sent() > restarted));
        List<SteadyWrites.Outcome> outcomes = writes.stop();

        Map<Integer, Integer> byStatus = new HashMap<>();
        outcomes.forEach(o -> byStatus.merge(o.status(), 1, Integer::sum));
        System.out.printf("database stopped: readiness DOWN everywhere after %.1f s (each answer within %d ms), "
                        + "UP %.1f s after its restart; writes by status %s%n", readinessDown, slowestReadinessMillis,
                readinessUp, byStatus);
        assertThat(outcomes).as("every write answered: accepted, or 503 problem+json")
                .allSatisfy(o -> assertThat(o.accepted() || (o.status() == 503 && o.problem())).as("%s", o).isTrue());
        assertThat(outcomes).anyMatch(o -> o.status() == 503);

        // What was accepted is what is stored: nothing lost, nothing refused half-written.
        List<String> accepted = SteadyWrites.acceptedIds(outcomes);
        List<String> stored = Pages.casesOf(procurator, employer);
        assertThat(stored).doesNotHaveDuplicates().hasSize(accepted.size() + 1).containsAll(accepted);
        // No case number was used up by a refused registration: the next one follows without a gap.
        String after = procurator.post("/api/cases", CaseJson.newCase("恢复后", employer)).json("$.caseNumber");
        assertThat(sequence(after)).isEqualTo(sequence(before) + accepted.size() + 1);
    }

    @Test
    @Order(3)
    void aKilledServiceIsAnswered503FastUnderLoadLosesNothingAndRecoversSoonAfterItsRestart() throws Exception {
        String employer = "宕机测试劳务有限公司" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        SteadyWrites writes = new SteadyWrites("cases-kill", 3, Duration.ofMillis(20), n -> {
            Http.Answer answer = procurator.post("/api/cases", CaseJson.newCase("宕机测试" + n, employer));
            return SteadyWrites.Outcome.of(answer, answer.status() == 201 ? answer.json("$.id") : null);
        });
        SteadyWrites reads = new SteadyWrites("reads-kill", 1, Duration.ofMillis(20),
                n -> SteadyWrites.Outcome.of(procurator.get("/api/cases?size=1"), null));
        Thread.sleep(2000);

        system.process("case-service").kill();
        long killed = System.nanoTime();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> "OPEN".equals(
                gatewayOperator.get("/actuator/circuitbreakers").json("$.circuitBreakers.case-service.state")));
        long open = System.nanoTime();
        Thread.sleep(3000);

        long restartBegan = System.nanoTime();
        system.restart("case-service");
        long ready = System.nanoTime();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> writes.soFar().stream()
                .anyMatch(o -> o.accepted() && o.at() > ready));
        Thread.sleep(1000);
        List<SteadyWrites.Outcome> writeOutcomes = writes.stop();
        List<SteadyWrites.Outcome> readOutcomes = reads.stop();
        List<SteadyWrites.Outcome> all = new ArrayList<>(writeOutcomes);
        all.addAll(readOutcomes);

        List<SteadyWrites.Outcome> whileOpen = all.stream().filter(o -> o.sent() >= open && o.at() <= restartBegan).toList();
        long p99 = SteadyWrites.percentileMillis(whileOpen, 99);
        long firstSuccessAfterReady = all.stream().filter(o -> o.accepted() && o.sent() > killed)
                .mapToLong(SteadyWrites.Outcome::at).min().orElseThrow();
        double recovery = Math.max(0, firstSuccessAfterReady - ready) / 1e9;
        System.out.printf("case-service killed: breaker open %.1f s after the kill; while open %d answers, p50 %d ms, "
                        + "p99 %d ms, max %d ms; restart to ready %.1f s; first success %.1f s after ready%n",
                (open - killed) / 1e9, whileOpen.size(), SteadyWrites.percentileMillis(whileOpen, 50), p99,
                SteadyWrites.percentileMillis(whileOpen, 100), (ready - restartBegan) / 1e9, recovery);

        assertThat(whileOpen).hasSizeGreaterThan(20).allSatisfy(o -> {
            assertThat(o.status()).isEqualTo(503);
            assertThat(o.problem()).as("problem+json").isTrue();
        });
        assertThat(p99).as("p99 of the 503s while the breaker is open, ms").isLessThanOrEqualTo(100);
        assertThat(recovery).as("seconds from restart-ready to the first success").isLessThanOrEqualTo(10);

        List<String> accepted = SteadyWrites.acceptedIds(writeOutcomes);
        List<String> stored = Pages.casesOf(procurator, employer);
        long unanswered = writeOutcomes.stream().filter(o -> !o.accepted() && o.sent() < killed).count();
        assertThat(stored).doesNotHaveDuplicates().containsAll(accepted);
        // More only if a write was in flight when the process died: done, but its answer was lost with it.
        assertThat(stored.size() - accepted.size()).isBetween(0, (int) unanswered);
        System.out.printf("case-service killed: %d cases accepted, %d stored%n", accepted.size(), stored.size());
    }

    /** With the database stopped: readiness DOWN everywhere, quickly; writes refused with 503 problem+json. */
    private static void checkTheOutage(long stopped, String employer) throws Exception {
        List<Long> readinessMillis = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            for (String service : LocalSystem.DOMAIN_SERVICES) {
                long asked = System.nanoTime();
                int status = system.process(service).status("/actuator/health/readiness");
                readinessMillis.add((System.nanoTime() - asked) / 1_000_000);
                assertThat(status).as("%s readiness with the database down", service).isEqualTo(503);
            }
        });
        readinessDown = (System.nanoTime() - stopped) / 1e9;
        slowestReadinessMillis = readinessMillis.stream().mapToLong(Long::longValue).max().orElse(0);

        // Each domain service refuses a write with 503 problem+json, in the time its driver waits for a server.
        List<Http.Answer> refused = List.of(
                procurator.post("/api/cases", CaseJson.newCase("停机时登记", employer)),
                clerk.post("/api/petitions", """
                        {"channel":"LETTER","petitionerName":"王五","summary":"停机时信访","regionCode":"110105"}"""),
                procurator.post("/api/outreach/campaigns", """
                        {"title":"停机时普法","audience":"WORKERS","regionCode":"110105","startsOn":"2026-12-01"}"""));
        for (Http.Answer answer : refused) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(answer.took()).as(answer.toString()).isLessThan(Duration.ofSeconds(5));
        }
    }

    /** 110105-2026-00012 -> 12 */
    private static int sequence(String caseNumber) {
        return Integer.parseInt(caseNumber.substring(caseNumber.lastIndexOf('-') + 1));
    }
}
