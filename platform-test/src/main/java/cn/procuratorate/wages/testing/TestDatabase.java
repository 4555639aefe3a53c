package cn.procuratorate.wages.testing;

import cn.procuratorate.wages.devdb.DevDatabase;
import java.util.UUID;

/** The database of a test JVM. */
final class TestDatabase {

    /** A fresh database name per run, so tests that count documents start from empty on a shared server. */
    static final String RUN_DATABASE = "test-" + UUID.randomUUID().toString().substring(0, 8);

    private TestDatabase() {
    }

    /** The in-memory dev database, started on first use only (not when a real MongoDB is given). */
    static String inMemoryConnectionString() {
        return InMemory.DATABASE.connectionString();
    }

    private static final class InMemory {
        static final DevDatabase DATABASE = DevDatabase.inMemory();
    }
}
