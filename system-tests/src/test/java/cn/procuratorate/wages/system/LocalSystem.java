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
 * Started once per test JVM and stopped when it exits.
 */
final class LocalSystem {

    static final List<String> DOMAIN_SERVICES = List.of("case-service", "petition-service", "outreach-service");
    /** Generous for a loaded CI machine; lower it (-Dsystem.start.timeout=PT40S) to see a broken route fail fast. */
    private static final Duration START_TIMEOUT = Duration.parse(System.getProperty("system.start.timeout", "PT150S"));

    private static LocalSystem shared;

    private final Path apps = Path.of(System.getProperty("apps.dir", "target/apps"));
    private final Path logs = Path.of(System.getProperty("system.logs.dir", "target/system-logs"));
    private final Map<String, ServiceProcess> processes = new LinkedHashMap<>();

    static synchronized LocalSystem shared() throws Exception {
        if (shared == null) {
            shared = new LocalSystem();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stopAll));
            shared.start();
        }
        return shared;
    }

    private LocalSystem() {
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
        add("devdb", databasePort, List.of("--port=" + databasePort, "--in-memory"));
        add("registry", registryPort, List.of("--server.port=" + registryPort, "--spring.profiles.active=dev"));
        int authPort = freePort();
        // The console's redirect URIs name the gateway, whose port is only known here.
        add("auth-server", authPort, List.of("--server.port=" + authPort, "--spring.profiles.active=dev", mongo,
                eureka, issuer,
                "--AUTH_CONSOLE_REDIRECT_URIS=http://localhost:" + gatewayPort + "/console/login/oauth2/code/console",
                "--AUTH_CONSOLE_POST_LOGOUT_REDIRECT_URIS=http://localhost:" + gatewayPort + "/console"));
        for (String service : DOMAIN_SERVICES) {
            int port = freePort();
            add(service, port, List.of("--server.port=" + port, "--spring.profiles.active=dev", mongo, eureka,
                    issuer, jwks, tokens));
        }
        int consolePort = freePort();
        add("console", consolePort, List.of("--server.port=" + consolePort, "--spring.profiles.active=dev", eureka,
                "--console.gateway-url=http://localhost:" + gatewayPort,
                "--console.issuer=http://localhost:" + gatewayPort));
        add("gateway", gatewayPort, List.of("--server.port=" + gatewayPort, "--spring.profiles.active=dev", eureka,
                issuer, jwks));
    }

    private void add(String name, int port, List<String> args) {
        processes.put(name, new ServiceProcess(name, apps.resolve(name + ".jar"), port, args, logs));
    }

    private void start() throws Exception {
        long started = System.nanoTime();
        for (ServiceProcess process : processes.values()) {
            process.start();
        }
        registry().awaitOk("/actuator/health/readiness", START_TIMEOUT);
        process("auth-server").awaitOk("/actuator/health/readiness", START_TIMEOUT);
        for (String service : DOMAIN_SERVICES) {
            process(service).awaitOk("/actuator/health/readiness", START_TIMEOUT);
        }
        process("console").awaitOk("/actuator/health/readiness", START_TIMEOUT);
        gateway().awaitOk("/actuator/health/readiness", START_TIMEOUT);
        awaitRoutes(START_TIMEOUT);
        System.out.printf("System up in %.1f s; logs in %s%n", (System.nanoTime() - started) / 1e9, logs.toAbsolutePath());
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
