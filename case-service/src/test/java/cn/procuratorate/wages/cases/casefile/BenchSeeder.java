package cn.procuratorate.wages.cases.casefile;

import cn.procuratorate.wages.cases.risk.FalseLitigationRisk;
import cn.procuratorate.wages.cases.workflow.Workflows;
import cn.procuratorate.wages.common.privacy.PersonalDataProtector;
import cn.procuratorate.wages.common.privacy.PrivacyKeysets;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Seeds the case-service benchmark (bench/cases.sh): synthetic cases ({@link SyntheticCases}) written with
 * insertMany in batches, through a MongoTemplate that Spring Boot configures as it does case-service's, so the
 * documents are the ones the application writes. Registering them through the API would take hours on the dev
 * database, which answers the numbering's "highest number of this unit and year" by a scan.
 *
 * <p>Also writes the Gatling feeders: the employers the benchmark's unit has cases of, and the (stage, region) pairs
 * of its open cases.
 *
 * <pre>usage: BenchSeeder MONGODB_URI DATABASE COUNT FEEDER_DIR UNIT</pre>
 */
public final class BenchSeeder {

    private static final int BATCH = 1_000;

    private BenchSeeder() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            throw new IllegalArgumentException("usage: BenchSeeder MONGODB_URI DATABASE COUNT FEEDER_DIR UNIT");
        }
        int count = Integer.parseInt(args[2]);
        Path feeders = Files.createDirectories(Path.of(args[3]));
        String unit = args[4];
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Database.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .run("--spring.mongodb.uri=" + args[0], "--spring.mongodb.database=" + args[1],
                        "--logging.level.root=WARN")) {
            MongoTemplate mongo = context.getBean(MongoTemplate.class);
            if (mongo.getCollection(CaseFile.COLLECTION).estimatedDocumentCount() > 0) {
                throw new IllegalStateException("case_files is not empty: seed a fresh database (numbers would clash)");
            }
            SyntheticCases cases = new SyntheticCases(count, Instant.now(), Workflows.withDefaults(),
                    new WorkerIdentity(devProtector()), FalseLitigationRisk.defaults());
            long started = System.nanoTime();
            UnitFigures figures = new UnitFigures(unit, cases.today());
            insert(mongo, cases, figures);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("Seeded %,d cases in %.1f s (%,.0f cases/s, generating and sealing included)%n", count,
                    seconds, count / seconds);
            System.out.printf("Unit %s (the dev token's): %,d cases, %,d open, %,d overdue%n", unit, figures.cases,
                    figures.open, figures.overdue);
            write(feeders.resolve("employers.csv"), "creditCode", cases.employersSeenBy(unit));
            write(feeders.resolve("filters.csv"), "stage,regionCode", List.copyOf(figures.openByStageAndRegion));
        }
    }

    /** Inserts every case, generating the next batch (on all cores) while the database stores this one. */
    private static void insert(MongoTemplate mongo, SyntheticCases cases, UnitFigures figures) {
        CompletableFuture<List<CaseFile>> next = generate(cases, 0);
        for (int from = 0; from < cases.count(); from += BATCH) {
            List<CaseFile> batch = next.join();
            next = from + BATCH < cases.count() ? generate(cases, from + BATCH) : null;
            if (from == 0) {
                System.out.printf("Average document size: %,d bytes (first batch)%n", averageSize(mongo, batch));
            }
            mongo.insert(batch, CaseFile.class);
            batch.forEach(figures::count);
        }
    }

    private static CompletableFuture<List<CaseFile>> generate(SyntheticCases cases, int from) {
        return CompletableFuture.supplyAsync(() -> IntStream.range(from, Math.min(from + BATCH, cases.count()))
                .parallel().mapToObj(cases::caseFile).toList());
    }

    private static long averageSize(MongoTemplate mongo, List<CaseFile> batch) {
        return Math.round(batch.stream().mapToInt(caseFile -> {
            Document document = new Document();
            mongo.getConverter().write(caseFile, document);
            return new RawBsonDocument(document, new DocumentCodec()).getByteBuffer().remaining();
        }).average().orElse(0));
    }

    /** The dev profile's public keysets (platform-defaults-dev.properties): the ones case-service opens in dev. */
    private static PersonalDataProtector devProtector() {
        Properties dev = new Properties();
        try (InputStream in = BenchSeeder.class.getResourceAsStream("/platform-defaults-dev.properties")) {
            dev.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return PrivacyKeysets.protector(dev.getProperty("platform.privacy.dev-aead-keyset"),
                dev.getProperty("platform.privacy.dev-mac-keyset"), true);
    }

    private static void write(Path file, String header, List<String> lines) throws IOException {
        Files.write(file, IntStream.rangeClosed(0, lines.size())
                .mapToObj(i -> i == 0 ? header : lines.get(i - 1)).toList());
    }

    /** What the benchmark's unit holds: the table is read against it; its open (stage, region) pairs feed filters. */
    private static final class UnitFigures {

        private final String unit;
        private final LocalDate today;
        private final Set<String> openByStageAndRegion = new TreeSet<>();
        private int cases;
        private int open;
        private int overdue;

        UnitFigures(String unit, LocalDate today) {
            this.unit = unit;
            this.today = today;
        }

        void count(CaseFile caseFile) {
            if (!caseFile.unit().equals(unit)) {
                return;
            }
            cases++;
            if (caseFile.isOpen()) {
                open++;
                LocalDate due = caseFile.workflow().dueOn();
                overdue += due != null && due.isBefore(today) ? 1 : 0;
                openByStageAndRegion.add(caseFile.workflow().stage() + "," + caseFile.regionCode());
            }
        }
    }

    /** Only the database: Boot's MongoDB client and MongoTemplate, mapping as case-service's do. */
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({MongoAutoConfiguration.class, DataMongoAutoConfiguration.class})
    static class Database {
    }
}
