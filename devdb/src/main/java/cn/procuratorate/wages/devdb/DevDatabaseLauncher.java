package cn.procuratorate.wages.devdb;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * Runs the dev database as a process for local runs: {@code java -jar devdb/target/devdb-exec.jar [options]}.
 *
 * <p>Prints one {@code devdb ready ...} line once it accepts connections (scripts wait for it), and closes the
 * H2 file cleanly on SIGTERM / Ctrl-C (then prints {@code devdb stopped}; the JVM exits 143 / 130 as usual).
 * Other exit codes: 1 failed to start, 2 port or data file already in use, 64 bad arguments.
 */
public final class DevDatabaseLauncher {

    static final int EXIT_FAILED = 1;
    static final int EXIT_IN_USE = 2;
    static final int EXIT_USAGE = 64;

    static final String USAGE = """
            usage: java -jar devdb-exec.jar [--host=HOST] [--port=PORT] [--file=PATH | --in-memory]
              --host=HOST   address to listen on (env DEVDB_HOST, default 127.0.0.1)
              --port=PORT   port, 0 for any free one (env DEVDB_PORT, default 27017)
              --file=PATH   H2 data file, parent directories are created (env DEVDB_FILE, default data/devdb.mv)
              --in-memory   keep nothing: data is lost when the process stops""";

    private DevDatabaseLauncher() {
    }

    /** What to start; {@code file} null means in memory. */
    record Settings(String host, int port, Path file, boolean help) {

        static final int DEFAULT_PORT = 27017;
        static final String DEFAULT_FILE = "data/devdb.mv";

        /** Arguments win over the environment, which wins over the defaults. */
        static Settings parse(String[] args, Map<String, String> env) {
            String host = env.getOrDefault("DEVDB_HOST", DevDatabase.DEFAULT_HOST);
            String port = env.getOrDefault("DEVDB_PORT", String.valueOf(DEFAULT_PORT));
            String file = env.getOrDefault("DEVDB_FILE", DEFAULT_FILE);
            boolean inMemory = false;
            boolean help = false;
            for (String arg : args) {
                if (arg.startsWith("--host=")) {
                    host = arg.substring("--host=".length());
                } else if (arg.startsWith("--port=")) {
                    port = arg.substring("--port=".length());
                } else if (arg.startsWith("--file=")) {
                    file = arg.substring("--file=".length());
                } else if (arg.equals("--in-memory")) {
                    inMemory = true;
                } else if (arg.equals("--help") || arg.equals("-h")) {
                    help = true;
                } else {
                    throw new IllegalArgumentException("unknown argument '" + arg + "'");
                }
            }
            if (host.isBlank()) {
                throw new IllegalArgumentException("host must not be empty");
            }
            if (!inMemory && file.isBlank()) {
                throw new IllegalArgumentException("file must not be empty (use --in-memory to keep no file)");
            }
            return new Settings(host, parsePort(port), inMemory ? null : Path.of(file), help);
        }

        private static int parsePort(String value) {
            try {
                int port = Integer.parseInt(value.trim());
                if (port >= 0 && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // reported below with the offending value
            }
            throw new IllegalArgumentException("port must be a number from 0 to 65535, not '" + value + "'");
        }
    }

    /** A started database, or the exit code to leave with after a one-line explanation on {@code err}. */
    record Outcome(DevDatabase database, int exitCode) {
    }

    /**
     * Starts the database as the launcher does, turning the expected failures into one line on {@code err}
     * and an exit code instead of a stack trace. Tests call this; only {@link #main} calls System.exit.
     */
    static Outcome start(Settings settings, PrintStream err) {
        try {
            DevDatabase db = settings.file() == null
                    ? DevDatabase.inMemory(settings.host(), settings.port())
                    : DevDatabase.onFile(settings.file(), settings.host(), settings.port());
            return new Outcome(db, 0);
        } catch (DevDatabase.PortInUseException | DevDatabase.DataFileInUseException e) {
            err.println("devdb: " + e.getMessage());
            return new Outcome(null, EXIT_IN_USE);
        } catch (RuntimeException e) {
            err.println("devdb: cannot start: " + e.getMessage());
            return new Outcome(null, EXIT_FAILED);
        }
    }

    static String readyLine(DevDatabase db) {
        return "devdb ready " + db.connectionString()
                + db.file().map(f -> " file=" + f).orElse(" in-memory (nothing is kept)");
    }

    public static void main(String[] args) throws InterruptedException {
        quietLogging();
        Settings settings;
        try {
            settings = Settings.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("devdb: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(EXIT_USAGE);
            return;
        }
        if (settings.help()) {
            System.out.println(USAGE);
            return;
        }
        Outcome outcome = start(settings, System.err);
        if (outcome.database() == null) {
            System.exit(outcome.exitCode());
            return;
        }
        DevDatabase db = outcome.database();
        // Registered before "ready" is printed, so a script that stops us right after the line still gets a
        // committed, closed H2 file.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            db.close();
            System.out.println("devdb stopped");
        }, "devdb-shutdown"));
        System.out.println(readyLine(db));
        // Park the main thread; the JVM ends on a signal, which runs the hook above.
        Thread.currentThread().join();
    }

    /**
     * mongo-java-server, Netty and H2 log through slf4j; the launcher ships slf4j-simple and keeps it at WARN so
     * the ready line is the only routine output. Any -D given on the command line wins.
     */
    private static void quietLogging() {
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        setIfAbsent("org.slf4j.simpleLogger.logFile", "System.err");
        // On Ctrl-C it warns "Closing N clients" for every connected service: expected, not worth a line.
        setIfAbsent("org.slf4j.simpleLogger.log.de.bwaldvogel.mongo.MongoServer", "error");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
