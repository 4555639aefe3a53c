package cn.procuratorate.wages.devdb;

import static com.mongodb.client.model.Accumulators.sum;
import static com.mongodb.client.model.Aggregates.group;
import static com.mongodb.client.model.Aggregates.sort;
import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import com.mongodb.ConnectionString;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Through the real driver, as the services use it, on both backends. */
class DevDatabaseTest {

    @TempDir
    Path dir;

    record Backend(String name, Function<Path, DevDatabase> start) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Backend> backends() {
        return Stream.of(
                new Backend("memory", dir -> DevDatabase.inMemory()),
                new Backend("h2 file", dir -> DevDatabase.onFile(dir.resolve("ops.mv"))));
    }

    static MongoClient client(DevDatabase db) {
        // Fail in seconds, not the driver's default 30 s, if the server is not there.
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(db.connectionString()))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(5, TimeUnit.SECONDS))
                .build());
    }

    @Test
    void fileBackedDataSurvivesCloseAndReopen() {
        Path file = dir.resolve("not/yet/there/devdb.mv");

        try (DevDatabase db = DevDatabase.onFile(file); MongoClient client = client(db)) {
            assertThat(db.isInMemory()).isFalse();
            assertThat(db.file()).contains(file.toAbsolutePath().normalize());
            MongoCollection<Document> cases = client.getDatabase("cases").getCollection("cases");
            cases.createIndex(Indexes.ascending("caseNo"), new IndexOptions().unique(true));
            cases.insertOne(new Document("caseNo", "2024-001").append("owedFen", 1_250_000L));
            cases.insertOne(new Document("caseNo", "2024-002").append("owedFen", 80_000L));
        }
        assertThat(file).isRegularFile();

        try (DevDatabase db = DevDatabase.onFile(file); MongoClient client = client(db)) {
            MongoCollection<Document> cases = client.getDatabase("cases").getCollection("cases");
            assertThat(cases.countDocuments()).isEqualTo(2);
            Document reread = cases.find(eq("caseNo", "2024-001")).first();
            assertThat(reread).isNotNull();
            assertThat(reread.getLong("owedFen")).isEqualTo(1_250_000L);
            // The unique index came back with the data, not only the documents.
            assertThatThrownBy(() -> cases.insertOne(new Document("caseNo", "2024-002")))
                    .isInstanceOfSatisfying(MongoWriteException.class,
                            e -> assertThat(e.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY));
        }
    }

    @Test
    void inMemoryRunsOnAFreePortAndKeepsNothing() {
        int firstPort;
        try (DevDatabase db = DevDatabase.inMemory(); MongoClient client = client(db)) {
            firstPort = db.port();
            assertThat(db.port()).isPositive();
            assertThat(db.isInMemory()).isTrue();
            assertThat(db.file()).isEmpty();
            assertThat(db.connectionString()).isEqualTo("mongodb://127.0.0.1:" + db.port());
            client.getDatabase("petitions").getCollection("petitions").insertOne(new Document("n", 1));
            assertThat(client.getDatabase("petitions").getCollection("petitions").countDocuments()).isEqualTo(1);
        }
        try (DevDatabase db = DevDatabase.inMemory("127.0.0.1", firstPort); MongoClient client = client(db)) {
            assertThat(db.port()).isEqualTo(firstPort);
            assertThat(client.getDatabase("petitions").getCollection("petitions").countDocuments()).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void uniqueIndexRejectsADuplicateWithE11000(Backend backend) {
        try (DevDatabase db = backend.start().apply(dir); MongoClient client = client(db)) {
            MongoCollection<Document> keys = client.getDatabase("petitions").getCollection("idempotency");
            keys.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
            keys.insertOne(new Document("key", "abc"));

            assertThatThrownBy(() -> keys.insertOne(new Document("key", "abc")))
                    .isInstanceOfSatisfying(MongoWriteException.class, e -> {
                        assertThat(e.getCode()).isEqualTo(11000);
                        assertThat(e.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY);
                    });
            assertThat(keys.countDocuments()).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void findOneAndUpdateIncrementsAtomicallyAndUpserts(Backend backend) {
        try (DevDatabase db = backend.start().apply(dir); MongoClient client = client(db)) {
            MongoCollection<Document> counters = client.getDatabase("cases").getCollection("counters");
            FindOneAndUpdateOptions upsertAfter =
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER);

            Document first = counters.findOneAndUpdate(eq("_id", "case-no-2024"), Updates.inc("seq", 1), upsertAfter);
            Document second = counters.findOneAndUpdate(eq("_id", "case-no-2024"), Updates.inc("seq", 1), upsertAfter);

            assertThat(first).isNotNull();
            assertThat(first.getInteger("seq")).isEqualTo(1);
            assertThat(second.getInteger("seq")).isEqualTo(2);
            assertThat(counters.countDocuments()).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void aggregationGroupsAndSums(Backend backend) {
        try (DevDatabase db = backend.start().apply(dir); MongoClient client = client(db)) {
            MongoCollection<Document> recovered = client.getDatabase("cases").getCollection("recoveries");
            recovered.insertMany(List.of(
                    new Document("region", "310101").append("fen", 500_00L),
                    new Document("region", "310101").append("fen", 250_00L),
                    new Document("region", "440305").append("fen", 100_00L)));

            List<Document> totals = recovered.aggregate(List.of(
                    group("$region", sum("totalFen", "$fen"), sum("count", 1)),
                    sort(new Document("_id", 1)))).into(new ArrayList<>());

            assertThat(totals).extracting(d -> d.getString("_id")).containsExactly("310101", "440305");
            assertThat(totals).extracting(d -> ((Number) d.get("totalFen")).longValue())
                    .containsExactly(750_00L, 100_00L);
            assertThat(totals).extracting(d -> ((Number) d.get("count")).intValue()).containsExactly(2, 1);
        }
    }

    @Test
    void aTakenPortIsReportedWithThePortAndWhatToDo() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> DevDatabase.inMemory("127.0.0.1", port))
                    .isInstanceOfSatisfying(DevDatabase.PortInUseException.class,
                            e -> assertThat(e.port()).isEqualTo(port))
                    .hasMessageContaining("port " + port)
                    .hasMessageContaining("--port=");
            // The file is not even opened, so it is neither created nor left locked.
            Path file = dir.resolve("devdb.mv");
            assertThatThrownBy(() -> DevDatabase.onFile(file, "127.0.0.1", port))
                    .isInstanceOf(DevDatabase.PortInUseException.class);
            assertThat(file).doesNotExist();
        }
    }

    @Test
    void aFileHeldByAnotherDatabaseIsReportedAsInUse() {
        Path file = dir.resolve("devdb.mv");
        try (DevDatabase first = DevDatabase.onFile(file)) {
            assertThatThrownBy(() -> DevDatabase.onFile(file))
                    .isInstanceOf(DevDatabase.DataFileInUseException.class)
                    .hasMessageContaining(file.toAbsolutePath().toString())
                    .hasMessageContaining("DEVDB_FILE");
        }
        // Released on close: it opens again.
        try (DevDatabase again = DevDatabase.onFile(file)) {
            assertThat(again.port()).isPositive();
        }
    }

    @Test
    void closeTwiceIsHarmless() {
        DevDatabase db = DevDatabase.onFile(dir.resolve("twice.mv"));
        db.close();
        db.close();
    }
}
