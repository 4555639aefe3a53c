package cn.procuratorate.wages.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole system as separate JVMs, the way the run script starts it: the dev database (in memory), the registry,
 * auth-server, the three domain services, the console and the gateway, on free ports, with the {@code dev} profile's short Eureka timings.
 * {@link #shared()} is started once per test JVM (one instance of each service) and stopped when it exits; a test
 * that needs another shape (several instances of each domain service, a database on file) starts its own with
 * {@link #start(Options)} and closes it.
 */
final class LocalSystem implements AutoCloseable {

    static final List<String> DOMAIN_SERVICES = List.of("case-service", "petition-service", "outreach-service");
    /** Generous for a loaded CI machine; lower it (-Dsystem.start.timeout=PT40S) to see a broken route fail fast. */
    private static final Duration START_TIMEOUT = Duration.parse(System.getProperty("system.start.timeout", "PT150S"));

    private static LocalSystem shared;

    private final Path apps = Path.of(System.getProperty("apps.dir", "target/apps"));
    private final Path logs;
    private final Options options;
    private final Map<String, ServiceProcess> processes = new LinkedHashMap<>();

    /** The shape of a system of its own. The defaults are the shared system's. */
    static final class Options {

        private String name = "";
        private int instances = 1;
        private Path databaseFile;
        private final Map<String, List<String>> extraArgs = new LinkedHashMap<>();

        /** Its logs go to a directory of this name under the system logs, apart from the shared system's. */
        Options name(String name) {
            this.name = name;
            return this;
        }

        /** Instances of each domain service, each on its own port with its own log and Eureka instance id. */
        Options instancesPerService(int instances) {
            if (instances < 1) {
                throw new IllegalArgumentException("at least one instance");
            }
            this.instances = instances;
            return this;
        }

        /** Keeps the data in this H2 file (so it outlives a stop of the database) instead of in memory. */
        Options databaseOnFile(Path file) {
            this.databaseFile = file;
            return this;
        }

        /** Arguments added to every instance of this process, e.g. a shorter lease or a higher rate limit. */
        Options args(String process, String... args) {
            extraArgs.computeIfAbsent(process, p -> new ArrayList<>()).addAll(List.of(args));
            return this;
        }

        private List<String> extra(String process) {
            return extraArgs.getOrDefault(process, List.of());
        }
    }

    static synchronized LocalSystem shared() throws Exception {
        if (shared == null) {
            shared = new LocalSystem(new Options());
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stopAll));
            shared.start();
        }
        return shared;
    }

    /** A system of its own, started and ready (every instance, every route); the caller closes it. */
    static LocalSystem start(Options options) throws Exception {
        LocalSystem system = new LocalSystem(options);
        Thread hook = new Thread(system::stopAll);
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            system.start();
        } catch (Exception | Error e) {
            system.stopAll();
            throw e;
        }
        return system;
    }

    private LocalSystem(Options options) {
        this.options = options;
        Path logRoot = Path.of(System.getProperty("system.logs.dir", "target/system-logs"));
        this.logs = options.name.isEmpty() ? logRoot : logRoot.resolve(options.name);
        int databasePort = freePort();
        int registryPort = freePort();
        int gatewayPort = freePort();
        String mongo = "--spring.mongodb.uri=mongodb://127.0.0.1:" + databasePort;
        String eureka = "--eureka.client.service-url.defaultZone=http://localhost:" + registryPort + "/eureka/";
        // Tokens name the gateway's public URL as their issuer; resource servers fetch the keys through it too.
        String issuer = "--platform.security.issuer=http://localhost:" + gatewayPort;
        String jwks = "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://localhost:" + gatewayPort
                + "/oauth2/jwks";
        // Services get their own (client-credentials) tokens through the gateway too, as in the local run.
        String tokens = "--platform.security.token-uri=http://localhost:" + gatewayPort + "/oauth2/token";
        add("devdb", databasePort, List.of("--port=" + databasePort, options.databaseFile == null ? "--in-memory"
                : "--file=" + options.databaseFile.toAbsolutePath()));
        add("registry", registryPort, List.of("--server.port=" + registryPort, "--spring.profiles.active=dev"));
        int authPort = freePort();
        // The console's redirect URIs name the gateway, whose port is only known here.
        add("auth-server", authPort, List.of("--server.port=" + authPort, "--spring.profiles.active=dev", mongo,
                eureka, issuer,
                "--AUTH_CONSOLE_REDIRECT_URIS=http://localhost:" + gatewayPort + "/console/login/oauth2/code/console",
                "--AUTH_CONSOLE_POST_LOGOUT_REDIRECT_URIS=http://localhost:" + gatewayPort + "/console"));
        for (String service : DOMAIN_SERVICES) {
            for (int instance = 1; instance <= options.instances; instance++) {
                int port = freePort();
                // The first instance keeps the service's name, so tests of the shared system read the same.
                add(instance == 1 ? service : service + "-" + instance, service, port, List.of(
                        "--server.port=" + port, "--spring.profiles.active=dev", mongo, eureka, issuer, jwks, tokens));
            }
        }
        int consolePort = freePort();
        add("console", consolePort, List.of("--server.port=" + consolePort, "--spring.profiles.active=dev", eureka,
                "--console.gateway-url=http://localhost:" + gatewayPort,
                "--console.issuer=http://localhost:" + gatewayPort));
        add("gateway", gatewayPort, List.of("--server.port=" + gatewayPort, "--spring.profiles.active=dev", eureka,
                issuer, jwks));
    }

    private void add(String name, int port, List<String> args) {
        add(name, name, port, args);
    }

    private void add(String name, String module, int port, List<String> args) {
        List<String> all = new ArrayList<>(args);
        all.addAll(options.extra(module));
        processes.put(name, new ServiceProcess(name, apps.resolve(module + ".jar"), port, all, logs));
    }

    private void start() throws Exception {
        long started = System.nanoTime();
        for (ServiceProcess process : processes.values()) {
            process.start();
        }
        registry().awaitOk("/actuator/health/readiness", START_TIMEOUT);
        process("auth-server").awaitOk("/actuator/health/readiness", START_TIMEOUT);
        for (String service : DOMAIN_SERVICES) {
            for (ServiceProcess instance : instances(service)) {
                instance.awaitOk("/actuator/health/readiness", START_TIMEOUT);
            }
        }
        process("console").awaitOk("/actuator/health/readiness", START_TIMEOUT);
        gateway().awaitOk("/actuator/health/readiness", START_TIMEOUT);
        awaitRoutes(START_TIMEOUT);
        System.out.printf("System up in %.1f s (%d instance(s) of each domain service); logs in %s%n",
                (System.nanoTime() - started) / 1e9, options.instances, logs.toAbsolutePath());
    }

    /**
     * auth-server answers through the gateway, and with a token from it every domain route answers too (Eureka and
     * the gateway's load balancer have caught up), including one that outreach-service serves by calling
     * case-service through Feign.
     */
    void awaitRoutes(Duration timeout) throws Exception {
        gateway().awaitOk("/.well-known/openid-configuration", timeout);
        String[] bearer = {"Authorization", "Bearer " + token(DevClients.SUPERVISOR)};
        gateway().awaitOk("/api/cases", timeout, bearer);
        gateway().awaitOk("/api/petitions", timeout, bearer);
        gateway().awaitOk("/api/outreach/campaigns", timeout, bearer);
        gateway().awaitOk("/api/outreach/case-figures", timeout, bearer);
        // The console's public home, rendered through the gateway (its staff pages need a browser sign-in).
        gateway().awaitOk("/public", timeout);
    }

    /** An access token from auth-server, through the gateway, as a front end or the README's curl gets one. */
    String token(DevClients.Client client) throws Exception {
        Http.Answer answer = new Http(gateway().url()).postForm("/oauth2/token", "grant_type=client_credentials",
                client.id(), client.secret());
        if (answer.status() != 200) {
            throw new IllegalStateException("No token for " + client.id() + ": " + answer);
        }
        return answer.json("$.access_token");
    }

    ServiceProcess process(String name) {
        return processes.get(name);
    }

    /** Every instance of a domain service: "case-service", then "case-service-2", … */
    List<ServiceProcess> instances(String service) {
        List<ServiceProcess> instances = new ArrayList<>();
        for (int instance = 1; instance <= options.instances; instance++) {
            instances.add(process(instance == 1 ? service : service + "-" + instance));
        }
        return instances;
    }

    ServiceProcess gateway() {
        return processes.get("gateway");
    }

    ServiceProcess registry() {
        return processes.get("registry");
    }

    /** Starts a killed service again with the same port and arguments, as an operator or orchestrator would. */
    void restart(String name) throws Exception {
        ServiceProcess process = process(name);
        process.kill();
        process.start();
        process.awaitOk("/actuator/health/readiness", START_TIMEOUT);
    }

    @Override
    public void close() {
        stopAll();
    }

    private void stopAll() {
        List<ServiceProcess> reversed = new ArrayList<>(processes.values());
        java.util.Collections.reverse(reversed);
        for (ServiceProcess process : reversed) {
            try {
                process.kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
