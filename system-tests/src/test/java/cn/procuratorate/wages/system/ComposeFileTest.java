package cn.procuratorate.wages.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Checks docker-compose.yml, docker/Dockerfile and .dockerignore without Docker: the properties a
 * production-like run relies on, which nothing else would catch until someone runs {@code docker compose up}.
 * Each test lists every problem it finds, so one run shows all that is wrong.
 */
class ComposeFileTest {

    /** Every Spring Boot process and the port it listens on inside its container. */
    private static final Map<String, Integer> APP_PORTS = Map.of(
            "registry", 8761,
            "auth-server", 9000,
            "gateway", 8080,
            "case-service", 8081,
            "petition-service", 8082,
            "outreach-service", 8083);
    private static final Set<String> DOMAIN_SERVICES = Set.of("case-service", "petition-service", "outreach-service");
    /** Services that call others without a user (queued deliveries), with the platform-services client's token. */
    private static final Set<String> SERVICE_TOKEN_CLIENTS = Set.of("petition-service", "outreach-service");
    /** Every process with a database of its own: the domain services and auth-server (users, signing keys). */
    private static final Set<String> DATABASE_OWNERS =
            Set.of("case-service", "petition-service", "outreach-service", "auth-server");
    private static final Map<String, String> PORT_VARIABLES = Map.of(
            "registry", "REGISTRY_PORT",
            "auth-server", "AUTH_SERVER_PORT",
            "gateway", "GATEWAY_PORT",
            "case-service", "CASE_SERVICE_PORT",
            "petition-service", "PETITION_SERVICE_PORT",
            "outreach-service", "OUTREACH_SERVICE_PORT");
    private static final Map<String, Integer> PUBLISHED = Map.of("gateway", 8080, "registry", 8761);
    /** The gateway's actuator (metrics, routes) listens on its own port, which is never published. */
    private static final int GATEWAY_MANAGEMENT_PORT = 9080;
    private static final String MONGO = "mongo";
    /** The gateways' shared rate-limit buckets. */
    private static final String REDIS = "redis";
    private static final String DOCKERFILE = "docker/Dockerfile";
    private static final List<String> LAYERS =
            List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");

    private static Path root;
    private static Map<String, Object> compose;
    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    static void load() throws IOException {
        root = findRepositoryRoot();
        try (Reader reader = Files.newBufferedReader(root.resolve("docker-compose.yml"))) {
            compose = map(new Yaml(new SafeConstructor(new LoaderOptions())).load(reader));
        } catch (YAMLException e) {
            fail("docker-compose.yml is not valid YAML: " + e.getMessage());
        }
        services = new LinkedHashMap<>();
        map(compose.get("services")).forEach((name, definition) -> services.put(name, map(definition)));
    }

    @Test
    void definesMongoAndEveryApplication() {
        List<String> problems = new ArrayList<>();
        Set<String> expected = new TreeSet<>(APP_PORTS.keySet());
        expected.add(MONGO);
        for (String name : expected) {
            if (!services.containsKey(name)) {
                problems.add("service '" + name + "' is missing");
            }
        }
        assertNoProblems("docker-compose.yml services", problems);
    }

    @Test
    void everyAppServiceHasAReadinessHealthcheckWithStartPeriod() throws IOException {
        String dockerfile = Files.readString(root.resolve(DOCKERFILE));
        List<String> problems = new ArrayList<>();
        for (var app : APP_PORTS.entrySet()) {
            String name = app.getKey();
            Map<String, Object> healthcheck = map(service(name).get("healthcheck"));
            if (healthcheck.isEmpty() || Boolean.TRUE.equals(healthcheck.get("disable"))) {
                problems.add(name + ": no healthcheck");
                continue;
            }
            requireStartPeriod(name, healthcheck, problems);
            List<String> test = healthcheckCommand(healthcheck);
            String command = String.join(" ", test);
            int healthPort = name.equals("gateway") ? GATEWAY_MANAGEMENT_PORT : app.getValue();
            String readiness = ":" + healthPort + "/actuator/health/readiness";
            if (!command.contains(readiness)) {
                problems.add(name + ": healthcheck should call " + readiness + " (liveness would pass with the"
                        + " database down), but runs: " + command);
            }
            // The probe program must exist in the image: the JRE base has neither curl nor wget.
            String program = test.isEmpty() ? "" : test.get(0).split(" ")[0];
            if (program.equals("curl") || program.equals("wget")) {
                problems.add(name + ": healthcheck uses " + program + ", which the eclipse-temurin JRE image lacks");
            } else if (!program.isEmpty() && !dockerfile.contains("/" + program)) {
                problems.add(name + ": healthcheck runs '" + program + "', which " + DOCKERFILE + " never installs");
            }
        }
        assertNoProblems("application health checks", problems);
    }

    @Test
    void mongoRunsAsAReplicaSetWithANamedVolumeAndAnInitiatingHealthcheck() {
        List<String> problems = new ArrayList<>();
        Map<String, Object> mongo = service(MONGO);
        String command = String.join(" ", strings(mongo.get("command")));
        if (replicaSetName().isEmpty()) {
            problems.add("mongo: command should start mongod with --replSet <name>, but is: '" + command + "'");
        }
        Map<String, Object> healthcheck = map(mongo.get("healthcheck"));
        String test = String.join(" ", healthcheckCommand(healthcheck));
        if (!test.contains("rs.initiate")) {
            problems.add("mongo: healthcheck should initiate the replica set when needed (rs.initiate), but runs: "
                    + test);
        }
        String replicaSet = replicaSetName();
        Pattern initiatesThatSet = Pattern.compile("_id: *['\"]" + Pattern.quote(replicaSet) + "['\"]");
        if (!replicaSet.isEmpty() && !initiatesThatSet.matcher(test).find()) {
            problems.add("mongo: healthcheck should initiate the set that mongod runs (_id: '" + replicaSet
                    + "'), but runs: " + test);
        }
        if (!test.contains("isWritablePrimary")) {
            problems.add("mongo: healthcheck should report healthy only as primary (isWritablePrimary), but runs: "
                    + test);
        }
        requireStartPeriod(MONGO, healthcheck, problems);
        Set<String> declaredVolumes = map(compose.get("volumes")).keySet();
        boolean dataOnNamedVolume = false;
        for (Object volume : list(mongo.get("volumes"))) {
            String source;
            String target;
            if (volume instanceof Map<?, ?> longForm) {
                source = String.valueOf(longForm.get("source"));
                target = String.valueOf(longForm.get("target"));
            } else {
                String[] parts = String.valueOf(volume).split(":");
                source = parts[0];
                target = parts.length > 1 ? parts[1] : "";
            }
            dataOnNamedVolume |= target.equals("/data/db") && declaredVolumes.contains(source);
        }
        if (!dataOnNamedVolume) {
            problems.add("mongo: /data/db should be on a named volume declared under top-level 'volumes' (declared: "
                    + declaredVolumes + ", mounted: " + list(mongo.get("volumes")) + ")");
        }
        assertNoProblems("mongo", problems);
    }

    @Test
    void theGatewaysShareTheirRateLimitsInARedisThatKeepsNothing() {
        List<String> problems = new ArrayList<>();
        Map<String, Object> redis = service(REDIS);
        List<String> command = strings(redis.get("command"));
        if (!"".equals(argumentAfter(command, "--save"))) {
            problems.add("redis: command should switch snapshots off (--save \"\"), is " + command);
        }
        if (!"no".equals(argumentAfter(command, "--appendonly"))) {
            problems.add("redis: command should switch the append-only file off (--appendonly no), is " + command);
        }
        if (argumentAfter(command, "--maxmemory") == null) {
            problems.add("redis: command should cap its memory below mem_limit (--maxmemory), is " + command);
        }
        String policy = argumentAfter(command, "--maxmemory-policy");
        if (policy == null || policy.equals("noeviction")) {
            problems.add("redis: --maxmemory-policy should evict buckets (e.g. volatile-lru): with the default"
                    + " noeviction a full Redis refuses every check and the limits are off, is " + policy);
        }
        if (!list(redis.get("volumes")).isEmpty()) {
            problems.add("redis: rate-limit buckets need no volume, has " + list(redis.get("volumes")));
        }
        Map<String, Object> healthcheck = map(redis.get("healthcheck"));
        String test = String.join(" ", healthcheckCommand(healthcheck));
        if (!test.contains("redis-cli") || !test.contains("ping")) {
            problems.add("redis: healthcheck should run redis-cli ping, runs: " + test);
        }
        requireStartPeriod(REDIS, healthcheck, problems);
        Map<String, String> gateway = environment(service("gateway"));
        if (!REDIS.equals(gateway.get("GATEWAY_RATE_STORE"))) {
            problems.add("gateway: GATEWAY_RATE_STORE should be redis (memory limits each gateway instance on its"
                    + " own), is " + gateway.get("GATEWAY_RATE_STORE"));
        }
        if (!REDIS.equals(gateway.get("SPRING_DATA_REDIS_HOST"))) {
            problems.add("gateway: SPRING_DATA_REDIS_HOST should name the redis service, is "
                    + gateway.get("SPRING_DATA_REDIS_HOST"));
        }
        assertNoProblems("redis", problems);
    }

    @Test
    void dependsOnWaitsForHealthyServices() {
        Map<String, Set<String>> required = new LinkedHashMap<>();
        for (String owner : DATABASE_OWNERS) {
            required.put(owner, Set.of(MONGO, "registry"));
        }
        Set<String> gatewayNeeds = new TreeSet<>(DOMAIN_SERVICES);
        gatewayNeeds.add("registry");
        gatewayNeeds.add("auth-server");
        gatewayNeeds.add(REDIS);
        required.put("gateway", gatewayNeeds);

        List<String> problems = new ArrayList<>();
        for (String name : services.keySet()) {
            Object dependsOn = services.get(name).get("depends_on");
            if (dependsOn instanceof List<?>) {
                problems.add(name + ": depends_on is a list, which only waits for the start of the container; use"
                        + " a map with 'condition: service_healthy'");
                continue;
            }
            Map<String, Object> dependencies = map(dependsOn);
            dependencies.forEach((dependency, settings) -> {
                Object condition = map(settings).get("condition");
                if (!"service_healthy".equals(condition)) {
                    problems.add(name + ": depends_on " + dependency + " has condition '" + condition
                            + "', expected 'service_healthy'");
                }
            });
            for (String needed : required.getOrDefault(name, Set.of())) {
                if (!dependencies.containsKey(needed)) {
                    problems.add(name + ": should wait for " + needed + " (depends_on with service_healthy)");
                }
            }
        }
        assertNoProblems("depends_on", problems);
    }

    @Test
    void everyServiceHasAMemoryLimitAndRestartsUnlessStopped() {
        List<String> problems = new ArrayList<>();
        services.forEach((name, service) -> {
            Object memLimit = service.get("mem_limit");
            Object deployLimit = map(map(map(service.get("deploy")).get("resources")).get("limits")).get("memory");
            if (isBlank(memLimit) && isBlank(deployLimit)) {
                problems.add(name + ": no memory limit (mem_limit or deploy.resources.limits.memory)");
            }
            if (!"unless-stopped".equals(service.get("restart"))) {
                problems.add(name + ": restart is '" + service.get("restart") + "', expected 'unless-stopped'");
            }
        });
        assertNoProblems("memory limits and restart policy", problems);
    }

    @Test
    void tokensAreCheckedAgainstAuthServerAndItsSecretsComeFromTheEnvironment() {
        List<String> problems = new ArrayList<>();
        Set<String> resourceServers = new TreeSet<>(DOMAIN_SERVICES);
        resourceServers.add("gateway");
        for (String name : resourceServers) {
            Map<String, String> env = environment(service(name));
            if (isBlank(env.get("AUTH_ISSUER"))) {
                problems.add(name + ": AUTH_ISSUER (the public URL tokens name as issuer) is not set");
            }
            String jwks = env.get("AUTH_JWKS_URI");
            if (jwks == null || !jwks.startsWith("http://auth-server:9000/")) {
                problems.add(name + ": AUTH_JWKS_URI should fetch keys from http://auth-server:9000/, is " + jwks);
            }
        }
        // Services that call others without a user get client-credentials tokens from auth-server itself.
        for (String name : SERVICE_TOKEN_CLIENTS) {
            Map<String, String> env = environment(service(name));
            String tokenUri = env.get("AUTH_TOKEN_URI");
            if (!"http://auth-server:9000/oauth2/token".equals(tokenUri)) {
                problems.add(name + ": AUTH_TOKEN_URI should be http://auth-server:9000/oauth2/token, is " + tokenUri);
            }
            String secret = env.get("AUTH_PLATFORM_SERVICES_SECRET");
            if (secret == null || !secret.matches("\\$\\{AUTH_PLATFORM_SERVICES_SECRET:\\?.+}")) {
                problems.add(name + ": AUTH_PLATFORM_SERVICES_SECRET should be required from the environment"
                        + " (${AUTH_PLATFORM_SERVICES_SECRET:?...}), is " + secret);
            }
        }
        services.forEach((name, service) -> environment(service).forEach((variable, value) -> {
            if (variable.endsWith("_SECRET") && !String.valueOf(value).startsWith("${")) {
                problems.add(name + ": " + variable + " must come from the environment (${...:?}), not the file");
            }
        }));
        assertNoProblems("identity", problems);
    }

    @Test
    void theGatewaysActuatorIsOnAManagementPortThatIsNotPublished() {
        Map<String, String> environment = environment(service("gateway"));
        assertThat(environment.get("MANAGEMENT_SERVER_PORT"))
                .as("gateway: MANAGEMENT_SERVER_PORT keeps /actuator (metrics, routes) off the published port")
                .isEqualTo(String.valueOf(GATEWAY_MANAGEMENT_PORT));
        assertThat(list(service("gateway").get("ports")).stream().map(ComposeFileTest::hostPort))
                .doesNotContain(String.valueOf(GATEWAY_MANAGEMENT_PORT));
    }

    @Test
    void onlyTheGatewayAndTheEurekaDashboardArePublished() {
        List<String> problems = new ArrayList<>();
        services.forEach((name, service) -> {
            List<Object> ports = list(service.get("ports"));
            Integer allowed = PUBLISHED.get(name);
            if (allowed == null) {
                if (!ports.isEmpty()) {
                    problems.add(name + ": publishes " + ports + " to the host; only gateway and registry may"
                            + " (use the compose network, or 'expose')");
                }
                return;
            }
            List<String> hostPorts = ports.stream().map(ComposeFileTest::hostPort).toList();
            if (!hostPorts.equals(List.of(String.valueOf(allowed)))) {
                problems.add(name + ": should publish exactly port " + allowed + " to the host, but publishes "
                        + ports);
            }
        });
        assertNoProblems("published ports", problems);
    }

    @Test
    void appServicesGetTheirDatabaseRegistryPortAndANonDevProfile() {
        String replicaSet = replicaSetName();
        List<String> problems = new ArrayList<>();
        for (String name : APP_PORTS.keySet()) {
            Map<String, String> env = environment(service(name));
            String portVariable = PORT_VARIABLES.get(name);
            if (!String.valueOf(APP_PORTS.get(name)).equals(env.get(portVariable))) {
                problems.add(name + ": " + portVariable + " should be " + APP_PORTS.get(name) + ", is "
                        + env.get(portVariable));
            }
            String profiles = env.get("SPRING_PROFILES_ACTIVE");
            if (profiles == null || Set.of(profiles.split("\\s*,\\s*")).contains("dev")) {
                problems.add(name + ": SPRING_PROFILES_ACTIVE should be set and not include 'dev' (short Eureka"
                        + " timings are for local runs), is " + profiles);
            }
            if (name.equals("registry")) {
                continue;
            }
            String eureka = env.get("EUREKA_URL");
            if (eureka == null || !eureka.startsWith("http://registry:8761/eureka")) {
                problems.add(name + ": EUREKA_URL should point at http://registry:8761/eureka/, is " + eureka);
            }
            String mongoUri = env.get("MONGODB_URI");
            if (DATABASE_OWNERS.contains(name)) {
                if (mongoUri == null || !mongoUri.startsWith("mongodb://" + MONGO + ":27017")) {
                    problems.add(name + ": MONGODB_URI should point at mongodb://" + MONGO + ":27017, is " + mongoUri);
                } else if (!mongoUri.contains("replicaSet=" + replicaSet)) {
                    // Without it the driver talks to the one node directly and never follows a new primary.
                    problems.add(name + ": MONGODB_URI should name mongo's replica set (replicaSet="
                            + (replicaSet.isEmpty() ? "<its --replSet>" : replicaSet) + "), is " + mongoUri);
                }
            } else if (mongoUri != null) {
                problems.add(name + ": has MONGODB_URI but owns no database");
            }
        }
        assertNoProblems("application environment", problems);
    }

    @Test
    void everyAppServiceIsBuiltFromTheSharedDockerfileForItsModule() {
        List<String> problems = new ArrayList<>();
        if (!Files.isRegularFile(root.resolve(DOCKERFILE))) {
            problems.add(DOCKERFILE + " does not exist");
        }
        for (String name : APP_PORTS.keySet()) {
            Map<String, Object> build = map(service(name).get("build"));
            if (!".".equals(build.get("context"))) {
                problems.add(name + ": build context should be the repository root '.', is " + build.get("context"));
            }
            if (!DOCKERFILE.equals(build.get("dockerfile"))) {
                problems.add(name + ": dockerfile should be " + DOCKERFILE + ", is " + build.get("dockerfile"));
            }
            Object module = map(build.get("args")).get("MODULE");
            if (module == null || !Files.isRegularFile(root.resolve(module + "/pom.xml"))) {
                problems.add(name + ": build arg MODULE should name a Maven module of this repository, is " + module);
            }
        }
        assertNoProblems("image builds", problems);
    }

    @Test
    void dockerfileRunsAsNonRootFromLayersInOrder() throws IOException {
        List<String> instructions = dockerInstructions(Files.readAllLines(root.resolve(DOCKERFILE)));
        List<String> problems = new ArrayList<>();

        int lastFrom = -1;
        int stages = 0;
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i).startsWith("FROM ")) {
                lastFrom = i;
                stages++;
            }
        }
        if (stages < 2) {
            problems.add("should be multi-stage (extract in one stage, run in another), has " + stages + " FROM");
        }
        List<String> runtime = lastFrom < 0 ? List.of() : instructions.subList(lastFrom, instructions.size());
        List<String> build = lastFrom < 0 ? instructions : instructions.subList(0, lastFrom);

        if (runtime.isEmpty() || !runtime.get(0).startsWith("FROM eclipse-temurin:17-jre")) {
            problems.add("runtime stage should start FROM eclipse-temurin:17-jre, starts " + first(runtime));
        }
        String user = null;
        for (String instruction : runtime) {
            if (instruction.startsWith("USER ")) {
                user = instruction.substring("USER ".length()).trim();
            }
        }
        if (user == null) {
            problems.add("runtime stage has no USER instruction: the app would run as root");
        } else if (Set.of("root", "0").contains(user.split(":")[0])) {
            problems.add("runtime stage runs as '" + user + "': use a non-root user");
        }
        boolean extracts = build.stream().anyMatch(i -> i.startsWith("RUN ") && i.contains("-Djarmode=tools")
                && i.matches(".*\\bextract\\b.*") && i.contains("--layers") && i.contains("--launcher"));
        if (!extracts) {
            problems.add("build stage should extract the jar with "
                    + "'java -Djarmode=tools -jar app.jar extract --layers --launcher --destination ...'");
        }
        List<String> copiedLayers = new ArrayList<>();
        Pattern layerCopy = Pattern.compile("^COPY --from=\\S+ \\S*?/(" + String.join("|", LAYERS) + ")/? ");
        for (String instruction : runtime) {
            Matcher m = layerCopy.matcher(instruction);
            if (m.find()) {
                copiedLayers.add(m.group(1));
            }
        }
        if (!copiedLayers.equals(LAYERS)) {
            problems.add("runtime stage should COPY the layers " + LAYERS + " in that order, copies " + copiedLayers);
        }
        String entrypoint = runtime.stream().filter(i -> i.startsWith("ENTRYPOINT ")).reduce((a, b) -> b).orElse("");
        for (String needed : List.of("-XX:MaxRAMPercentage=", "-XX:+ExitOnOutOfMemoryError", "JAVA_OPTS",
                "org.springframework.boot.loader.launch.JarLauncher", "exec java")) {
            if (!entrypoint.contains(needed)) {
                problems.add("ENTRYPOINT should contain '" + needed + "', is: " + entrypoint);
            }
        }
        if (runtime.stream().noneMatch(i -> i.startsWith("EXPOSE "))) {
            problems.add("runtime stage has no EXPOSE");
        }
        assertNoProblems(DOCKERFILE, problems);
    }

    @Test
    void dockerignoreSendsOnlyWhatTheImageNeeds() throws IOException {
        Path ignore = root.resolve(".dockerignore");
        List<String> problems = new ArrayList<>();
        if (!Files.isRegularFile(ignore)) {
            problems.add(".dockerignore is missing: the whole repository (target/, .git, data/) would be sent");
        } else {
            List<String> patterns = Files.readAllLines(ignore).stream()
                    .map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
            if (patterns.isEmpty() || !Set.of("*", "**").contains(patterns.get(0))) {
                problems.add(".dockerignore should exclude everything first ('*') and re-include what the"
                        + " Dockerfile copies; starts with " + first(patterns));
            }
            if (!patterns.contains("!*/target/*-exec.jar")) {
                problems.add(".dockerignore should re-include the runnable jars: !*/target/*-exec.jar");
            }
            for (String instruction : dockerInstructions(Files.readAllLines(root.resolve(DOCKERFILE)))) {
                // A COPY from the build context of a file under docker/ must be re-included too.
                Matcher m = Pattern.compile("^COPY (docker/\\S+)").matcher(instruction);
                if (m.find() && !patterns.contains("!" + m.group(1))) {
                    problems.add(".dockerignore excludes " + m.group(1) + ", which the Dockerfile copies");
                }
            }
        }
        assertNoProblems(".dockerignore", problems);
    }

    // --- helpers ---

    private static Path findRepositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docker-compose.yml")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        return fail("no docker-compose.yml next to a pom.xml in " + Path.of("").toAbsolutePath() + " or above");
    }

    private static Map<String, Object> service(String name) {
        Map<String, Object> service = services.get(name);
        if (service == null) {
            fail("docker-compose.yml has no service '" + name + "' (has " + services.keySet() + ")");
        }
        return service;
    }

    private static String replicaSetName() {
        List<String> command = strings(service(MONGO).get("command"));
        for (int i = 0; i < command.size(); i++) {
            String argument = command.get(i);
            if (argument.equals("--replSet") && i + 1 < command.size()) {
                return command.get(i + 1);
            }
            if (argument.startsWith("--replSet=")) {
                return argument.substring("--replSet=".length());
            }
        }
        return "";
    }

    /** The argument after {@code option} in a command, or null without one. */
    private static String argumentAfter(List<String> command, String option) {
        int index = command.indexOf(option);
        return index >= 0 && index + 1 < command.size() ? command.get(index + 1) : null;
    }

    private static void requireStartPeriod(String name, Map<String, Object> healthcheck, List<String> problems) {
        if (isBlank(healthcheck.get("start_period"))) {
            problems.add(name + ": healthcheck has no start_period, so a slow start counts as failures");
        }
    }

    /** The command of a health check without its CMD / CMD-SHELL marker. */
    private static List<String> healthcheckCommand(Map<String, Object> healthcheck) {
        Object test = healthcheck.get("test");
        if (test instanceof String shell) {
            return List.of(shell);
        }
        List<String> parts = strings(test);
        if (!parts.isEmpty() && Set.of("CMD", "CMD-SHELL").contains(parts.get(0))) {
            return parts.subList(1, parts.size());
        }
        return parts;
    }

    /** Compose accepts the environment as a map or as a list of KEY=VALUE. */
    private static Map<String, String> environment(Map<String, Object> service) {
        Map<String, String> env = new LinkedHashMap<>();
        Object raw = service.get("environment");
        if (raw instanceof Map<?, ?> m) {
            m.forEach((k, v) -> env.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
        } else {
            for (Object entry : list(raw)) {
                String[] kv = String.valueOf(entry).split("=", 2);
                env.put(kv[0], kv.length > 1 ? kv[1] : null);
            }
        }
        return env;
    }

    /** The host side of a port mapping, short ("8080:8080", "127.0.0.1:8080:8080") or long syntax. */
    private static String hostPort(Object mapping) {
        if (mapping instanceof Map<?, ?> longForm) {
            return String.valueOf(longForm.get("published"));
        }
        String[] parts = String.valueOf(mapping).split(":");
        return parts.length >= 2 ? parts[parts.length - 2] : "(container port only, random host port)";
    }

    /** Dockerfile instructions with continuation lines joined and comments dropped. */
    private static List<String> dockerInstructions(List<String> lines) {
        List<String> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            String trimmed = line.trim();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.isEmpty())) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
            } else {
                current.append(trimmed);
                instructions.add(current.toString().replaceAll("\\s+", " ").trim());
                current.setLength(0);
            }
        }
        return instructions;
    }

    private static void assertNoProblems(String what, List<String> problems) {
        if (!problems.isEmpty()) {
            fail(what + ": " + problems.size() + " problem(s)\n  - " + String.join("\n  - ", problems));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value instanceof List<?> l ? (List<Object>) l : List.of();
    }

    /** A command given as a list, or as one string split on spaces (as compose does without a shell). */
    private static List<String> strings(Object value) {
        if (value instanceof String s) {
            return List.of(s.trim().split("\\s+"));
        }
        List<String> out = new ArrayList<>();
        for (Object o : list(value)) {
            out.add(String.valueOf(o));
        }
        return out;
    }

    private static boolean isBlank(Object value) {
        return value == null || String.valueOf(value).isBlank();
    }

    private static String first(Collection<String> values) {
        return values.isEmpty() ? "(nothing)" : "'" + values.iterator().next() + "'";
    }
}
