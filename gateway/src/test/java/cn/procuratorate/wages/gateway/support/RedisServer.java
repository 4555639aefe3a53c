package cn.procuratorate.wages.gateway.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real {@code redis-server} (Debian package {@code redis-server}) as a child process on a free port, without
 * persistence, for the tests of the Redis rate-limit store. Without the binary the tests fail, never skip: CI
 * installs it ({@code .ci/run}), and a skipped test would hide that the shared store is untested.
 */
public final class RedisServer implements AutoCloseable {

    private static final Path DEBIAN_BINARY = Path.of("/usr/bin/redis-server");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

    private final Process process;
    private final int port;

    private RedisServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts a server on a free port and waits until it answers PING. */
    public static RedisServer start() {
        return startOn(freePort());
    }

    /** Starts a server on this port, e.g. the one of a server stopped before, and waits until it answers PING. */
    public static RedisServer startOn(int port) {
        Path binary = findBinary().orElseThrow(() -> new IllegalStateException(
                "redis-server is not installed (looked on the PATH and at " + DEBIAN_BINARY + "). The tests of the"
                        + " Redis rate-limit store need a real one: apt-get install redis-server (CI's .ci/run does)."));
        try {
            Path log = Files.createTempFile("redis-server-" + port + "-", ".log");
            log.toFile().deleteOnExit();
            Process process = new ProcessBuilder(binary.toString(), "--port", Integer.toString(port),
                    "--bind", "127.0.0.1", "--save", "", "--appendonly", "no")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            // Also when the test JVM exits without stopping it (a test that failed half-way, an interrupted build).
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            RedisServer server = new RedisServer(process, port);
            server.awaitPong(log);
            return server;
        }
        catch (IOException e) {
            throw new UncheckedIOException("could not start " + binary, e);
        }
    }

    public int port() {
        return port;
    }

    /**
     * Sends one command on a connection of its own and returns the first line of the reply, e.g. {@code +OK},
     * {@code :1500} or {@code -ERR ...}; enough for the simple and integer replies the tests need.
     */
    public String command(String... arguments) {
        StringBuilder request = new StringBuilder("*").append(arguments.length).append("\r\n");
        for (String argument : arguments) {
            request.append('$').append(argument.getBytes(StandardCharsets.UTF_8).length).append("\r\n")
                    .append(argument).append("\r\n");
        }
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
        }
        catch (IOException e) {
            throw new UncheckedIOException("redis-server on port " + port + " did not answer " + List.of(arguments), e);
        }
    }

    /**
     * Suspends the process (SIGSTOP) without closing anything: a hung Redis, which accepts connections and commands
     * but answers nothing until {@link #thaw()}.
     */
    public void freeze() {
        signal("STOP");
    }

    public void thaw() {
        signal("CONT");
    }

    /** Stops the server; its port then refuses connections. */
    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void signal(String name) {
        try {
            // bash's kill: the procps package with /bin/kill is not in every image.
            Process kill = new ProcessBuilder("bash", "-c", "kill -" + name + " " + process.pid())
                    .redirectErrorStream(true).start();
            if (!kill.waitFor(5, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed: "
                        + new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending SIG" + name, e);
        }
    }

    private static Optional<Path> findBinary() {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Stream.concat(Stream.of(path.split(java.io.File.pathSeparator)).filter(dir -> !dir.isBlank())
                                .map(dir -> Path.of(dir, "redis-server")), Stream.of(DEBIAN_BINARY))
                .filter(Files::isExecutable)
                .findFirst();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitPong(Path log) throws IOException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("redis-server on port " + port + " exited with "
                        + process.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                if ("+PONG".equals(command("PING"))) {
                    return;
                }
            }
            catch (UncheckedIOException notYetListening) {
                // Retried until the deadline.
            }
            try {
                Thread.sleep(20);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        stop();
        throw new IllegalStateException("redis-server on port " + port + " did not answer PING within "
                + START_TIMEOUT + ":\n" + Files.readString(log));
    }
}
