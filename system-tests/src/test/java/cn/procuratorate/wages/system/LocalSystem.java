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
 * the three domain services and the gateway, on free ports, with the {@code dev} profile's short Eureka timings.
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
        String mongo = "--spring.mongodb.uri=mongodb://127.0.0.1:" + databasePort;
        String eureka = "--eureka.client.service-url.defaultZone=http://localhost:" + registryPort + "/eureka/";
        add("devdb", databasePort, List.of("--port=" + databasePort, "--in-memory"));
        add("registry", registryPort, List.of("--server.port=" + registryPort, "--spring.profiles.active=dev"));
        for (String service : DOMAIN_SERVICES) {
            int port = freePort();
            add(service, port, List.of("--server.port=" + port, "--spring.profiles.active=dev", mongo, eureka));
        }
        int gatewayPort = freePort();
        add("gateway", gatewayPort, List.of("--server.port=" + gatewayPort, "--spring.profiles.active=dev", eureka));
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
        for (String service : DOMAIN_SERVICES) {
            process(service).awaitOk("/actuator/health/readiness", START_TIMEOUT);
        }
        gateway().awaitOk("/actuator/health/readiness", START_TIMEOUT);
        awaitRoutes(START_TIMEOUT);
        System.out.printf("System up in %.1f s; logs in %s%n", (System.nanoTime() - started) / 1e9, logs.toAbsolutePath());
    }

    /**
     * Every domain route answers through the gateway (Eureka and the gateway's load balancer have caught up),
     * including one that outreach-service serves by calling case-service through Feign.
     */
    void awaitRoutes(Duration timeout) throws Exception {
        gateway().awaitOk("/api/cases", timeout);
        gateway().awaitOk("/api/petitions", timeout);
        gateway().awaitOk("/api/outreach/campaigns", timeout);
        gateway().awaitOk("/api/outreach/case-figures", timeout);
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
