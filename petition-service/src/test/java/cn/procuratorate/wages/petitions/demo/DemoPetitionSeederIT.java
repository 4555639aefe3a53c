package cn.procuratorate.wages.petitions.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.common.privacy.ResidentIdNumber;
import cn.procuratorate.wages.petitions.petition.Channel;
import cn.procuratorate.wages.petitions.petition.HandlingOutcome;
import cn.procuratorate.wages.petitions.petition.Petition;
import cn.procuratorate.wages.petitions.petition.PetitionStage;
import cn.procuratorate.wages.petitions.petition.Petitions;
import cn.procuratorate.wages.petitions.petition.TimelineEntry;
import cn.procuratorate.wages.testing.ServiceIT;
import cn.procuratorate.wages.testing.TestTokens;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The dev profile's demo petitions, seeded at start-up through the application services into a database of their
 * own (the other tests' petitions would make the collection non-empty), then read as the dev users read them.
 */
@ActiveProfiles("dev")
@ExtendWith(OutputCaptureExtension.class)
class DemoPetitionSeederIT extends ServiceIT {

    private static final LocalDate TODAY = LocalDate.now(Petitions.CHINA);
    private static final String CLERK = devUser("clerk1", "CLERK", Regions.CHAOYANG);
    private static final String SUPERVISOR = devUser("supervisor1", "SUPERVISOR", Regions.CHAOYANG);
    private static final String CLERK_OF_XUANWU = devUser("clerk2", "CLERK", Regions.XUANWU);
    private static final Pattern SEEDED = Pattern.compile(
            "Demo petitions: 150 seeded in (\\d+) ms, per channel \\{(.*)}, per stage \\{(.*)}");
    /** "A few seconds at most" on the 2-core development machine, with room for a busy one. */
    private static final long SEEDING_LIMIT_MS = 10_000;

    @Autowired
    private MongoTemplate mongo;
    @Autowired
    private DemoPetitionSeeder seeder;

    @Test
    void oneHundredAndFiftyPetitionsOfEveryChannelAndStageAreSeededQuicklyAndCountedInOneLogLine(
            CapturedOutput output) {
        List<Petition> petitions = mongo.findAll(Petition.class);
        assertThat(petitions).hasSize(150);
        assertThat(petitions).extracting(Petition::channel).contains(Channel.values());
        assertThat(petitions).extracting(Petition::stage).contains(PetitionStage.values());

        Matcher line = SEEDED.matcher(output.getAll());
        assertThat(line.find()).as("the seeder's log line").isTrue();
        long millis = Long.parseLong(line.group(1));
        System.out.printf("Demo petitions seeded in %d ms%n", millis);
        assertThat(millis).isLessThan(SEEDING_LIMIT_MS);
        for (Channel channel : Channel.values()) {
            assertThat(line.group(2)).contains(channel.name() + "=");
        }
        for (PetitionStage stage : PetitionStage.values()) {
            assertThat(line.group(3)).contains(stage.name() + "=");
        }
    }

    @Test
    void theDevUsersFindTheirDeskAtWork() {
        assertThat(total(CLERK, "/api/petitions")).isEqualTo(125);
        assertThat(total(CLERK_OF_XUANWU, "/api/petitions")).isEqualTo(25);
        assertThat(total(CLERK, "/api/petitions?clerk=clerk1")).isPositive();
        for (String clerk : List.of(CLERK, CLERK_OF_XUANWU)) {
            assertThat(total(clerk, "/api/petitions?overdue=true")).as("overdue").isPositive();
            assertThat(total(clerk, "/api/petitions?dueWithinDays=7")).as("due within 7 days").isPositive();
            assertThat(total(clerk, "/api/petitions?priority=true")).as("priority").isPositive();
        }
        // Both reply lists: procedural replies overdue or due soon, and result replies too.
        List<Petition> petitions = mongo.findAll(Petition.class);
        assertThat(petitions).anySatisfy(p -> assertThat(owed(p.proceduralReplySentOn(), p.proceduralReplyDue(), p))
                .isLessThan(0));
        assertThat(petitions).anySatisfy(p -> assertThat(owed(p.resultReplySentOn(), p.resultReplyDue(), p))
                .isLessThan(0));
        assertThat(petitions).anySatisfy(p -> assertThat(owed(p.resultReplySentOn(), p.resultReplyDue(), p))
                .isBetween(0L, 7L));
    }

    @Test
    void repeatsAreProposedAsDuplicatesSomeMergedAndWorkersOfOneEmployerFormGroups() {
        List<Petition> petitions = mongo.findAll(Petition.class);
        assertThat(petitions).filteredOn(p -> p.proposedDuplicateOf() != null).isNotEmpty();
        assertThat(petitions).anySatisfy(p -> {
            assertThat(p.handling()).isNotNull();
            assertThat(p.handling().outcome()).isEqualTo(HandlingOutcome.MERGED);
            assertThat(p.handling().mergedInto()).isEqualTo(p.proposedDuplicateOf());
            assertThat(p.stage()).isEqualTo(PetitionStage.CLOSED);
        });
        Map<String, Long> groups = petitions.stream().filter(p -> p.groupKey() != null)
                .collect(Collectors.groupingBy(Petition::groupKey, Collectors.counting()));
        assertThat(groups.values()).anyMatch(members -> members >= 3);
        assertThat(petitions).anySatisfy(p -> assertThat(p.isGroup()).isTrue());
        assertThat(petitions).noneSatisfy(p -> assertThat(p.routing()).isNotNull());
    }

    @Test
    void eachHistoryHappenedOnItsOwnDaysOverTheLastYear() {
        for (Petition petition : mongo.findAll(Petition.class)) {
            LocalDate receivedOn = LocalDate.ofInstant(petition.receivedAt(), Petitions.CHINA);
            assertThat(receivedOn).isAfter(TODAY.minusYears(1)).isBeforeOrEqualTo(TODAY);
            List<TimelineEntry> timeline = petition.timeline();
            assertThat(timeline.get(0).action()).isEqualTo("RECEIVE");
            assertThat(timeline.get(0).at()).isEqualTo(petition.receivedAt());
            assertThat(timeline).isSortedAccordingTo((a, b) -> a.at().compareTo(b.at()));
            petition.replies().forEach(reply -> assertThat(reply.sentOn()).isBetween(receivedOn, TODAY));
        }
    }

    @Test
    void everyPetitionerHasAValidIdNumberAndPhoneThatNoLogLineShows(CapturedOutput output) {
        List<String> revealed = new ArrayList<>();
        for (Petition petition : mongo.findAll(Petition.class)) {
            String reader = petition.unit().equals(Regions.CHAOYANG) ? CLERK : CLERK_OF_XUANWU;
            Map<?, ?> view = http(reader).get().uri("/api/petitions/{id}?reveal=personal-data", petition.id())
                    .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
            String residentId = (String) view.get("petitionerResidentId");
            String phone = (String) view.get("petitionerPhone");
            if (residentId != null) {
                assertThat(ResidentIdNumber.defectOf(residentId, TODAY)).as("a petitioner's ID number").isEmpty();
                revealed.add(residentId);
            }
            if (phone != null) {
                assertThat(phone).matches("1[3-9]\\d{9}");
                revealed.add(phone);
            }
        }
        assertThat(revealed).hasSizeGreaterThan(200);
        String logs = output.getAll();
        assertThat(revealed).noneMatch(logs::contains);
    }

    @Test
    void theStatisticsCountTheDemoPetitions() {
        Map<?, ?> statistics = http(SUPERVISOR).get().uri("/api/petitions/statistics?groupBy=CHANNEL").exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(((Map<?, ?>) statistics.get("totals")).get("petitions")).isEqualTo(125);
        Map<?, ?> repeat = http(SUPERVISOR).get().uri("/api/petitions/statistics/repeat-employers").exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat((List<?>) repeat.get("employers")).isNotEmpty();
    }

    @Test
    void aSecondRunSeedsNothing() {
        assertThat(seeder.seed()).isZero();
        assertThat(mongo.count(new Query(), Petition.class)).isEqualTo(150);
    }

    /**
     * A database of its own, since the seeder writes only into an empty one. Beans rather than a property: on a
     * real MongoDB, ServiceIT's {@code @DynamicPropertySource} names one database for every test of the run, and no
     * property of a subclass overrides it; Boot's client stands back once a factory is defined.
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

    /** Days from today to the due date of a reply still owed (negative: overdue); MAX_VALUE when none is owed. */
    private static long owed(LocalDate sentOn, LocalDate due, Petition petition) {
        return sentOn != null || petition.stage() == PetitionStage.CLOSED ? Long.MAX_VALUE
                : ChronoUnit.DAYS.between(TODAY, due);
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
