package cn.procuratorate.wages.devdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/**
 * A MongoDB wire-protocol server (mongo-java-server) for local runs and tests.
 *
 * <p>Either in memory, or backed by an H2 MVStore file so data survives restarts. Only the subset of MongoDB
 * listed in STACK.md works here; code must stay inside it so it runs on real MongoDB too.
 *
 * <pre>{@code
 * try (DevDatabase db = DevDatabase.inMemory()) {
 *     MongoClient client = MongoClients.create(db.connectionString());
 * }
 * }</pre>
 */
public final class DevDatabase implements AutoCloseable {

    public static final String DEFAULT_HOST = "127.0.0.1";

    private final MongoServer server;
    private final String host;
    private final int port;
    private final Path file;
    private boolean closed;

    private DevDatabase(MongoServer server, String host, int port, Path file) {
        this.server = server;
        this.host = host;
        this.port = port;
        this.file = file;
    }

    /** In memory on 127.0.0.1 and a free port: the usual choice for a test. */
    public static DevDatabase inMemory() {
        return inMemory(DEFAULT_HOST, 0);
    }

    /** In memory; {@code port} 0 picks a free port. */
    public static DevDatabase inMemory(String host, int port) {
        checkPortFree(host, port);
        return bind(new MemoryBackend(), host, port, null);
    }

    /** Backed by an H2 MVStore file on 127.0.0.1 and a free port. */
    public static DevDatabase onFile(Path file) {
        return onFile(file, DEFAULT_HOST, 0);
    }

    /**
     * Backed by an H2 MVStore file (created with its parent directories if missing); {@code port} 0 picks a free
     * port.
     *
     * @throws PortInUseException if the port is taken
     * @throws DataFileInUseException if another process holds the file
     */
    public static DevDatabase onFile(Path file, String host, int port) {
        // Check the port before opening the file: a second launcher on the default port and file should be told
        // about the port, which is what the user chose, not about the file lock that follows from it.
        checkPortFree(host, port);
        Path absolute = file.toAbsolutePath().normalize();
        createParentDirectories(absolute);
        MVStore store;
        try {
            store = MVStore.open(absolute.toString());
        } catch (MVStoreException e) {
            if (e.getErrorCode() == org.h2.mvstore.DataUtils.ERROR_FILE_LOCKED) {
                throw new DataFileInUseException(absolute, e);
            }
            throw new IllegalStateException("cannot open data file " + absolute + ": " + e.getMessage(), e);
        }
        return bind(new H2Backend(store), host, port, absolute);
    }

    private static DevDatabase bind(MongoBackend backend, String host, int port, Path file) {
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(host, port);
        } catch (Exception e) {
            // Netty rethrows the checked BindException undeclared. MongoServer has already shut down and closed
            // the backend (and so released the MVStore) by the time it reaches us.
            throw translateBindFailure(e, host, port);
        }
        int actualPort = server.getLocalAddress().getPort();
        return new DevDatabase(server, host, actualPort, file);
    }

    private static RuntimeException translateBindFailure(Exception e, String host, int port) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return new PortInUseException(host, port, e);
            }
        }
        return e instanceof RuntimeException re ? re : new IllegalStateException(e.getMessage(), e);
    }

    /**
     * Fails fast with {@link PortInUseException} when something already listens on host:port. The bind that
     * follows can still lose a race; that failure is translated the same way.
     */
    static void checkPortFree(String host, int port) {
        if (port == 0) {
            return;
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host '" + host + "'", e);
        }
        try (ServerSocket probe = new ServerSocket()) {
            // Same as the JDK's NIO server sockets that Netty uses: a port in TIME_WAIT is not "in use".
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(address, port));
        } catch (BindException e) {
            throw new PortInUseException(host, port, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check port " + port + " on " + host, e);
        }
    }

    private static void createParentDirectories(Path file) {
        Path parent = file.getParent();
        if (parent != null) {
            try {
                Files.createDirectories(parent);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create directory " + parent, e);
            }
        }
    }

    /** {@code mongodb://host:port}, without a database: each service names its own. */
    public String connectionString() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "mongodb://" + h + ":" + port;
    }

    public String host() {
        return host;
    }

    /** The port actually bound (useful when 0 was asked for). */
    public int port() {
        return port;
    }

    /** The data file, or empty when in memory. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    public boolean isInMemory() {
        return file == null;
    }

    /**
     * Disconnects clients and closes the backend; for the H2 backend this commits and closes the MVStore, so
     * everything acknowledged before the call is in the file. Idempotent.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.shutdownNow();
    }

    @Override
    public String toString() {
        return "DevDatabase[" + connectionString() + (file == null ? ", in memory" : ", file " + file) + "]";
    }

    /** The port is taken, usually by another devdb or a real mongod. */
    public static final class PortInUseException extends IllegalStateException {

        private final int port;

        PortInUseException(String host, int port, Throwable cause) {
            super("port " + port + " on " + host + " is already in use (another devdb or mongod?): stop that"
                    + " process, or choose another port with --port=N or DEVDB_PORT", cause);
            this.port = port;
        }

        public int port() {
            return port;
        }
    }

    /** H2 locks its file: a second process on the same file fails here instead of corrupting it. */
    public static final class DataFileInUseException extends IllegalStateException {

        private final Path file;

        DataFileInUseException(Path file, Throwable cause) {
            super("data file " + file + " is locked by another process (another devdb?): stop it, or choose"
                    + " another file with --file=PATH or DEVDB_FILE", cause);
            this.file = file;
        }

        public Path file() {
            return file;
        }
    }
}
