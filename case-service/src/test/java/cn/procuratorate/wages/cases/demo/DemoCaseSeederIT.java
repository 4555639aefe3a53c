package cn.procuratorate.wages.cases.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.cases.casefile.CaseFile;
import cn.procuratorate.wages.cases.casefile.Cases;
import cn.procuratorate.wages.cases.casefile.Worker;
import cn.procuratorate.wages.cases.recovery.RecoveryLedger;
import cn.procuratorate.wages.cases.workflow.CaseType;
import cn.procuratorate.wages.cases.workflow.Stage;
import cn.procuratorate.wages.cases.workflow.Workflow;
import cn.procuratorate.wages.common.privacy.ResidentIdNumber;
import cn.procuratorate.wages.testing.ServiceIT;
import cn.procuratorate.wages.testing.TestTokens;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.ActiveProfiles;

/**
 * The dev profile's demo cases, seeded at start-up through the application service into a database of their own
 * (the other tests' cases would make the collection non-empty), then read as the dev users read them.
 */
@ActiveProfiles("dev")
@ExtendWith(OutputCaptureExtension.class)
class DemoCaseSeederIT extends ServiceIT {

    private static final LocalDate TODAY = LocalDate.now(Cases.CHINA);
    private static final String PROCURATOR = devUser("procurator1", "PROCURATOR", Regions.CHAOYANG);
    private static final String SUPERVISOR = devUser("supervisor1", "SUPERVISOR", Regions.CHAOYANG);
    private static final String CLERK_OF_XUANWU = devUser("clerk2", "CLERK", Regions.XUANWU);

    @Autowired
    private MongoTemplate mongo;
    @Autowired
    private DemoCaseSeeder seeder;

    @Test
    void threeHundredCasesOfEveryTypeAreSeededAtStartUpAndCountedInOneLogLine(CapturedOutput output) {
        List<CaseFile> cases = mongo.findAll(CaseFile.class);
        assertThat(cases).hasSize(300);
        assertThat(cases.stream().map(CaseFile::type).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(CaseType.values());
        assertThat(output.getAll()).containsPattern("Demo cases: 300 seeded in \\d+ ms, per type \\{WAGE_CRIME=110, "
                + "FALSE_LITIGATION=35, LAWSUIT_SUPPORT=90, CIVIL_JUDGMENT_SUPERVISION=30, "
                + "ADMINISTRATIVE_JUDGMENT_SUPERVISION=12, ENFORCEMENT_SUPERVISION=23}");
    }

    @Test
    void everyStageOfEveryWorkflowHasACase() {
        Map<Workflow, Set<Stage>> reached = new EnumMap<>(Workflow.class);
        for (CaseFile caseFile : mongo.findAll(CaseFile.class)) {
            reached.computeIfAbsent(caseFile.type().workflow(), w -> EnumSet.noneOf(Stage.class))
                    .add(caseFile.workflow().stage());
        }
        for (Workflow workflow : Workflow.values()) {
            assertThat(reached.get(workflow)).as(workflow.name())
                    .containsExactlyInAnyOrderElementsOf(workflow.stages());
        }
    }

    @Test
    void theDevUsersSeeTheirUnitsCasesSomeOverdueSomeDueWithinAWeek() {
        assertThat(total(PROCURATOR, "/api/cases")).isEqualTo(270);
        assertThat(total(CLERK_OF_XUANWU, "/api/cases")).isEqualTo(30);
        assertThat(total(PROCURATOR, "/api/cases?handlerId=procurator1")).isEqualTo(270);
        assertThat(total(SUPERVISOR, "/api/cases?overdue=true")).isPositive();
        assertThat(total(SUPERVISOR, "/api/cases?dueWithinDays=7")).isPositive();
    }

    @Test
    void theHistoriesHappenedOverTheLast18Months() {
        List<CaseFile> cases = mongo.findAll(CaseFile.class);
        Instant eighteenMonthsAgo = TODAY.minusMonths(18).atStartOfDay(Cases.CHINA).toInstant();
        assertThat(cases).allSatisfy(c -> {
            assertThat(c.createdAt()).isAfter(eighteenMonthsAgo);
            assertThat(c.workflow().receivedOn()).isEqualTo(LocalDate.ofInstant(c.createdAt(), Cases.CHINA));
            assertThat(c.caseNumber()).startsWith(c.unit() + "-" + c.workflow().receivedOn().getYear() + "-");
            assertThat(c.timeline()).isSortedAccordingTo((a, b) -> a.at().compareTo(b.at()));
        });
        assertThat(cases).anySatisfy(c -> assertThat(c.workflow().receivedOn()).isBefore(TODAY.minusMonths(15)));
        // A stage entered after receipt began on its own day, and fell due (or overdue) from there.
        assertThat(cases).anySatisfy(c -> {
            assertThat(c.workflow().stageStartedOn()).isAfter(c.workflow().receivedOn());
            assertThat(c.workflow().dueOn()).isBefore(TODAY);
            assertThat(c.isOpen()).isTrue();
        });
    }

    @Test
    void paymentsInCriminalAndLawsuitSupportCasesNeverExceedWhatIsOwed() {
        int inFull = 0;
        int inPart = 0;
        for (CaseFile caseFile : mongo.findAll(CaseFile.class)) {
            RecoveryLedger ledger = caseFile.ledger();
            for (Worker worker : caseFile.workers()) {
                assertThat(ledger.outstanding(worker.id()).signum()).isNotNegative();
            }
            if (caseFile.recoveredFen() > 0) {
                assertThat(caseFile.type()).isIn(CaseType.WAGE_CRIME, CaseType.LAWSUIT_SUPPORT);
                if (caseFile.recoveredFen() == caseFile.owedFen()) {
                    inFull++;
                } else {
                    inPart++;
                }
            }
        }
        assertThat(inFull).isPositive();
        assertThat(inPart).isPositive();
    }

    @Test
    void everyWorkerHasAValidResidentIdAndMobileNumberThatNoLogLineShows(CapturedOutput output) {
        List<String> revealed = new ArrayList<>();
        for (CaseFile caseFile : mongo.findAll(CaseFile.class)) {
            String reader = caseFile.unit().equals(Regions.CHAOYANG) ? SUPERVISOR : CLERK_OF_XUANWU;
            Map<?, ?> view = http(reader).get().uri("/api/cases/{id}?reveal=personal-data", caseFile.id())
                    .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
            for (Object item : (List<?>) view.get("workers")) {
                Map<?, ?> worker = (Map<?, ?>) item;
                String residentId = (String) worker.get("residentId");
                String phone = (String) worker.get("phone");
                assertThat(ResidentIdNumber.defectOf(residentId, TODAY)).as("a worker's resident ID").isEmpty();
                assertThat(phone).matches("1[3-9]\\d{9}");
                revealed.add(residentId);
                revealed.add(phone);
            }
        }
        assertThat(revealed).hasSizeGreaterThan(4000);
        String logs = output.getAll();
        assertThat(revealed).noneMatch(logs::contains);
    }

    @Test
    void employersComeBackAndSomeWorkersClaimAgainstThreeEmployers() {
        List<CaseFile> cases = mongo.findAll(CaseFile.class);
        Map<String, Long> casesPerEmployer = cases.stream().filter(c -> c.employer().creditCode() != null)
                .collect(Collectors.groupingBy(c -> c.employer().creditCode(), Collectors.counting()));
        assertThat(casesPerEmployer.values()).anyMatch(n -> n >= 3);

        Map<String, Set<String>> employersPerWorker = new HashMap<>();
        for (CaseFile caseFile : cases) {
            for (Worker worker : caseFile.workers()) {
                employersPerWorker.computeIfAbsent(worker.residentId().hash(), h -> new HashSet<>())
                        .add(String.valueOf(caseFile.employer().creditCode()));
            }
        }
        assertThat(employersPerWorker.values().stream().filter(employers -> employers.size() >= 3)).isNotEmpty();
    }

    @Test
    void aSecondRunSeedsNothing() {
        assertThat(seeder.seed()).isZero();
        assertThat(mongo.count(new Query(), CaseFile.class)).isEqualTo(300);
    }

    /**
     * A database of its own, since the seeder writes only into an empty one. Beans rather than a property: on a
     * real MongoDB, ServiceIT's {@code @DynamicPropertySource} names one database for every test of the run, and no
     * property of a subclass overrides it; Boot's client stands back once a factory is defined, so it comes along.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class DatabaseOfItsOwn {

        @Bean(destroyMethod = "close")
        MongoClient demoClient(@Value("${spring.mongodb.uri}") String uri) {
            return MongoClients.create(uri);
        }

        @Bean
        MongoDatabaseFactory demoDatabase(MongoClient demoClient) {
            return new SimpleMongoClientDatabaseFactory(demoClient, "demo-" + UUID.randomUUID());
        }
    }

    private long total(String token, String uri) {
        Map<?, ?> page = http(token).get().uri(uri).exchange().expectStatus().isOk().expectBody(Map.class)
                .returnResult().getResponseBody();
        return ((Number) page.get("totalItems")).longValue();
    }

    private static String devUser(String subject, String role, String unit) {
        return TestTokens.token().subject(subject).roles(role).unit(unit).sign();
    }
}
