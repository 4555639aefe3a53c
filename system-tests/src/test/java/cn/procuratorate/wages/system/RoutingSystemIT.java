package cn.procuratorate.wages.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Routing petitions into cases survives an outage of case-service: with case-service stopped a clerk routes 100
 * petitions through the gateway, each accepted and kept as pending; once case-service is back, petition-service's
 * sender (with its own service token from auth-server) delivers every one, and each becomes exactly one case.
 */
class RoutingSystemIT {

    private static final int PETITIONS = 100;
    private static final String[] WEIGHTS = "7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2".split(" ");

    private static LocalSystem system;
    private static Http clerk;

    @BeforeAll
    static void startSystem() throws Exception {
        system = LocalSystem.shared();
        clerk = new Http(system.gateway().url()).withBearer(system.token(DevClients.CLERK));
    }

    @Test
    void petitionsRoutedWhileCaseServiceIsDownEachBecomeExactlyOneCaseWhenItIsBack() throws Exception {
        // An employer of this run only, so that its cases can be counted whatever else the database holds.
        String employer = "路由测试劳务有限公司" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        system.process("case-service").kill();

        long routingStarted = System.nanoTime();
        List<String> petitions = new ArrayList<>();
        for (int i = 0; i < PETITIONS; i++) {
            Http.Answer registered = clerk.post("/api/petitions", petition(employer, i));
            assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
            String id = registered.json("$.id");
            Http.Answer routed = clerk.post("/api/petitions/" + id + "/routing", """
                    {"caseType":"WAGE_CRIME","industryCode":"E4710","employerKind":"COMPANY",
                     "employerCreditCode":"91110108551385082Q"}""", "If-Match", registered.header("ETag"));
            assertThat(routed.status()).as(routed.toString()).isEqualTo(202);
            assertThat((String) routed.json("$.routing.state")).isEqualTo("PENDING");
            petitions.add(id);
        }
        System.out.printf("%d petitions registered and routed with case-service down in %.1f s%n", PETITIONS,
                (System.nanoTime() - routingStarted) / 1e9);

        long restarted = System.nanoTime();
        system.restart("case-service");
        Map<String, String> caseIds = new LinkedHashMap<>();
        Set<String> caseNumbers = new HashSet<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            for (String petition : petitions) {
                if (caseIds.containsKey(petition)) {
                    continue;
                }
                Http.Answer read = clerk.get("/api/petitions/" + petition);
                if ("DELIVERED".equals(read.json("$.routing.state"))) {
                    caseIds.put(petition, read.json("$.routing.caseId"));
                    caseNumbers.add(read.json("$.routing.caseNumber"));
                    assertThat((String) read.json("$.linkedCaseId")).isEqualTo(caseIds.get(petition));
                }
            }
            assertThat(caseIds).as("petitions delivered").hasSize(PETITIONS);
        });
        System.out.printf("all %d routings delivered %.1f s after case-service's restart began%n", PETITIONS,
                (System.nanoTime() - restarted) / 1e9);

        assertThat(new HashSet<>(caseIds.values())).as("one case per petition").hasSize(PETITIONS);
        assertThat(caseNumbers).hasSize(PETITIONS).allSatisfy(number -> assertThat(number).matches("110105-\\d{4}-\\d{5}"));
        // case-service's side: exactly these 100 cases for this employer, none twice.
        Http.Answer cases = clerk.get("/api/cases?size=100&employerName="
                + URLEncoder.encode(employer, StandardCharsets.UTF_8));
        assertThat(cases.status()).as(cases.toString()).isEqualTo(200);
        assertThat((Integer) cases.json("$.totalItems")).isEqualTo(PETITIONS);
        List<String> listed = cases.json("$.items[*].id");
        assertThat(listed).containsExactlyInAnyOrderElementsOf(caseIds.values());
    }

    /** A letter of a worker (a valid ID number of their own) about the employer of this run. */
    private static String petition(String employer, int i) {
        return """
                {"channel":"LETTER","petitionerName":"工人%d","petitionerResidentId":"%s",
                 "petitionerPhone":"139%08d","summary":"工程完工后三个月的工资没有发","regionCode":"110105",
                 "employerName":"%s","amountOwed":"8600.00","monthsOwed":3}"""
                .formatted(i, residentId(LocalDate.of(1980, 1, 1).plusDays(i)), i, employer);
    }

    /** A GB 11643 number of region 110105 born on that day, with its check character. */
    private static String residentId(LocalDate born) {
        String digits = "110105" + born.toString().replace("-", "") + "002";
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (digits.charAt(i) - '0') * Integer.parseInt(WEIGHTS[i]);
        }
        return digits + "10X98765432".charAt(sum % 11);
    }
}
