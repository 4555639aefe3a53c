package cn.procuratorate.wages.system;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Checks the Kubernetes manifests under deploy/k8s without a cluster: every manifest parses, every process of
 * docker-compose.yml (but MongoDB, which is external) has a Deployment with the same configuration, probes on the
 * actuator paths, resources, a non-root security context, a matching Service; the gateway and the domain services
 * scale with an HPA; the Secret template holds placeholders only; only the gateway is reachable from outside; the
 * kustomization lists every manifest. Each test lists every problem it finds, so one run shows all that is wrong.
 */
class DeploymentFilesTest {

    /** Every Spring Boot process and the port it listens on inside its container (as in docker-compose.yml). */
    private static final Map<String, Integer> APP_PORTS = Map.of(
            "registry", 8761,
            "auth-server", 9000,
            "gateway", 8080,
            "case-service", 8081,
            "petition-service", 8082,
            "outreach-service", 8083);
    /** Processes that scale with a HorizontalPodAutoscaler. */
    private static final Set<String> SCALED = Set.of("gateway", "case-service", "petition-service", "outreach-service");
    /** The gateway's actuator port, which its probes use and nothing exposes. */
    private static final int GATEWAY_MANAGEMENT_PORT = 9080;
    private static final String MONGO = "mongo";
    private static final String K8S = "deploy/k8s";
    private static final String KUSTOMIZATION = "kustomization.yaml";
    private static final String TEMPLATE_SUFFIX = ".template.yaml";
    private static final Pattern PLACEHOLDER = Pattern.compile("<[^<>]+>");

    private static Path root;
    private static Path k8s;
    private static Map<String, Map<String, Object>> composeServices;
    /** Every object of every manifest, with the file it came from. */
    private static List<Manifest> manifests;
    private static Map<String, Object> kustomization;

    record Manifest(String file, Map<String, Object> body) {
        String kind() {
            return String.valueOf(body.get("kind"));
        }

        String name() {
            return String.valueOf(map(body.get("metadata")).get("name"));
        }

        Map<String, Object> spec() {
            return map(body.get("spec"));
        }

        @Override
        public String toString() {
            return file + ": " + kind() + " " + name();
        }
    }

    @BeforeAll
    static void load() throws IOException {
        root = findRepositoryRoot();
        k8s = root.resolve(K8S);
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        try (Reader reader = Files.newBufferedReader(root.resolve("docker-compose.yml"))) {
            composeServices = new LinkedHashMap<>();
            map(map(yaml.load(reader)).get("services")).forEach((n, d) -> composeServices.put(n, map(d)));
        }
        manifests = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String file : yamlFiles()) {
            try (Reader reader = Files.newBufferedReader(k8s.resolve(file))) {
                if (file.equals(KUSTOMIZATION)) {
                    kustomization = map(yaml.load(reader));
                    continue;
                }
                for (Object document : yaml.loadAll(reader)) {
                    if (document == null) {
                        continue;
                    }
                    if (!(document instanceof Map<?, ?>)) {
                        problems.add(file + ": a document is not a mapping: " + document);
                        continue;
                    }
                    manifests.add(new Manifest(file, map(document)));
                }
            } catch (YAMLException e) {
                problems.add(file + " is not valid YAML: " + e.getMessage());
            }
        }
        if (kustomization == null) {
            problems.add(K8S + "/" + KUSTOMIZATION + " is missing");
        }
        assertNoProblems("parsing " + K8S, problems);
    }

    @Test
    void everyManifestIsAKubernetesObjectInTheNamespace() {
        List<String> problems = new ArrayList<>();
        String namespace = String.valueOf(kustomization.get("namespace"));
        Set<String> seen = new TreeSet<>();
        for (Manifest m : manifests) {
            if (isBlank(m.body().get("apiVersion")) || isBlank(m.body().get("kind")) || isBlank(m.name())
                    || m.name().equals("null")) {
                problems.add(m + ": needs apiVersion, kind and metadata.name");
            }
            if (!seen.add(m.kind() + "/" + m.name())) {
                problems.add(m + ": defined twice");
            }
            Object ns = map(m.body().get("metadata")).get("namespace");
            if (m.kind().equals("Namespace")) {
                if (!m.name().equals(namespace)) {
                    problems.add(m + ": is not the kustomization's namespace " + namespace);
                }
            } else if (!namespace.equals(ns)) {
                problems.add(m + ": namespace should be " + namespace + " (so that kubectl apply -f works too), is " + ns);
            }
        }
        if (manifests.stream().noneMatch(m -> m.kind().equals("Namespace"))) {
            problems.add("no Namespace " + namespace);
        }
        assertNoProblems("manifests", problems);
    }

    @Test
    void everyComposeServiceButMongoHasADeploymentOfTheSameImage() {
        List<String> problems = new ArrayList<>();
        for (var entry : composeServices.entrySet()) {
            String name = entry.getKey();
            if (name.equals(MONGO)) {
                continue;
            }
            Manifest deployment = find("Deployment", name);
            if (deployment == null) {
                problems.add(name + ": no Deployment");
                continue;
            }
            Map<String, Object> container = mainContainer(deployment);
            Object image = container.get("image");
            if (!Objects.equals(image, entry.getValue().get("image"))) {
                problems.add(name + ": image should be docker-compose.yml's " + entry.getValue().get("image")
                        + " (retagged by kustomization.yaml), is " + image);
            }
        }
        for (Manifest m : manifests) {
            if (m.kind().equals("Deployment") && !composeServices.containsKey(m.name())) {
                problems.add(m + ": not a service of docker-compose.yml");
            }
            if (m.kind().equals("StatefulSet") && m.name().contains(MONGO)) {
                problems.add(m + ": MongoDB is an external replica set, not run in the cluster");
            }
        }
        assertNoProblems("Deployments", problems);
    }

    @Test
    void everyDeploymentHasProbesResourcesAndANonRootSecurityContext() {
        List<String> problems = new ArrayList<>();
        for (Manifest deployment : ofKind("Deployment")) {
            String name = deployment.name();
            Map<String, Object> pod = podSpec(deployment);
            Map<String, Object> container = mainContainer(deployment);
            Map<String, Object> readiness = map(container.get("readinessProbe"));
            Map<String, Object> liveness = map(container.get("livenessProbe"));
            if (readiness.isEmpty()) {
                problems.add(name + ": no readinessProbe");
            }
            if (liveness.isEmpty()) {
                problems.add(name + ": no livenessProbe");
            }
            if (APP_PORTS.containsKey(name)) {
                int healthPort = name.equals("gateway") ? GATEWAY_MANAGEMENT_PORT : APP_PORTS.get(name);
                checkHttpProbe(name, "readinessProbe", readiness, "/actuator/health/readiness", healthPort, container,
                        problems);
                checkHttpProbe(name, "livenessProbe", liveness, "/actuator/health/liveness", healthPort, container,
                        problems);
                Map<String, Object> startup = map(container.get("startupProbe"));
                if (startup.isEmpty()) {
                    problems.add(name + ": no startupProbe, so a slow JVM start counts against liveness");
                } else {
                    checkHttpProbe(name, "startupProbe", startup, "/actuator/health/", healthPort, container, problems);
                    long budget = number(startup.get("periodSeconds"), 10) * number(startup.get("failureThreshold"), 3);
                    if (budget < 120) {
                        problems.add(name + ": startupProbe allows only " + budget + " s for the start (compose: 180 s)");
                    }
                }
                String javaOpts = envValue(container, "JAVA_OPTS");
                if (javaOpts == null || !javaOpts.contains("-XX:MaxRAMPercentage=")) {
                    problems.add(name + ": JAVA_OPTS should size the heap from the limit (-XX:MaxRAMPercentage), is "
                            + javaOpts);
                }
            }

            Map<String, Object> resources = map(container.get("resources"));
            for (String bound : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    if (isBlank(map(resources.get(bound)).get(resource))) {
                        problems.add(name + ": no resources." + bound + "." + resource);
                    }
                }
            }
            Object memoryLimit = map(resources.get("limits")).get("memory");
            Object composeLimit = map(composeServices.get(name)).get("mem_limit");
            if (memoryLimit != null && composeLimit != null
                    && bytes(String.valueOf(memoryLimit)) != dockerBytes(String.valueOf(composeLimit))) {
                problems.add(name + ": memory limit " + memoryLimit + " differs from docker-compose.yml's mem_limit "
                        + composeLimit);
            }

            Map<String, Object> podSecurity = map(pod.get("securityContext"));
            Map<String, Object> security = map(container.get("securityContext"));
            Object nonRoot = security.getOrDefault("runAsNonRoot", podSecurity.get("runAsNonRoot"));
            Object user = security.getOrDefault("runAsUser", podSecurity.get("runAsUser"));
            if (!Boolean.TRUE.equals(nonRoot)) {
                problems.add(name + ": runAsNonRoot should be true");
            }
            if (user == null || number(user, 0) == 0) {
                problems.add(name + ": runAsUser should be a non-zero uid (the image's 10001 for the apps), is " + user);
            }
            if (APP_PORTS.containsKey(name) && number(user, 0) != 10001) {
                problems.add(name + ": runAsUser should be docker/Dockerfile's uid 10001, is " + user);
            }
            if (!Boolean.FALSE.equals(security.get("allowPrivilegeEscalation"))) {
                problems.add(name + ": allowPrivilegeEscalation should be false");
            }
            if (!list(map(security.get("capabilities")).get("drop")).contains("ALL")) {
                problems.add(name + ": capabilities should drop ALL");
            }
            if (Boolean.TRUE.equals(pod.get("hostNetwork")) || Boolean.TRUE.equals(pod.get("hostPID"))) {
                problems.add(name + ": runs in the host's network or PID namespace");
            }
            if (Boolean.TRUE.equals(security.get("readOnlyRootFilesystem")) && APP_PORTS.containsKey(name)) {
                // The JVM (hsperfdata) and the embedded server (work directories) write under /tmp.
                boolean tmp = list(container.get("volumeMounts")).stream()
                        .anyMatch(v -> "/tmp".equals(map(v).get("mountPath")));
                if (!tmp) {
                    problems.add(name + ": a read-only root file system needs a writable /tmp (emptyDir)");
                }
            }
        }
        assertNoProblems("Deployments: probes, resources, security", problems);
    }

    @Test
    void everyDeploymentHasAServiceWhoseTargetPortIsItsContainerPort() {
        List<String> problems = new ArrayList<>();
        for (Manifest deployment : ofKind("Deployment")) {
            String name = deployment.name();
            Manifest service = find("Service", name);
            if (service == null) {
                problems.add(name + ": no Service");
                continue;
            }
            Map<String, Object> labels = map(map(map(deployment.spec().get("template")).get("metadata")).get("labels"));
            Map<String, Object> selector = map(service.spec().get("selector"));
            if (selector.isEmpty() || !labels.entrySet().containsAll(selector.entrySet())) {
                problems.add(name + ": Service selector " + selector + " does not select the pods " + labels);
            }
            Map<String, Object> deploymentSelector = map(map(deployment.spec().get("selector")).get("matchLabels"));
            if (deploymentSelector.isEmpty() || !labels.entrySet().containsAll(deploymentSelector.entrySet())) {
                problems.add(name + ": Deployment selector " + deploymentSelector + " does not match its pods " + labels);
            }
            Map<String, Object> container = mainContainer(deployment);
            List<Object> ports = list(service.spec().get("ports"));
            if (ports.isEmpty()) {
                problems.add(name + ": Service has no ports");
            }
            for (Object port : ports) {
                Object target = map(port).getOrDefault("targetPort", map(port).get("port"));
                Integer containerPort = containerPort(container, target);
                if (containerPort == null) {
                    problems.add(name + ": Service targetPort " + target + " is no port of the container "
                            + container.get("ports"));
                } else if (APP_PORTS.containsKey(name) && !containerPort.equals(APP_PORTS.get(name))) {
                    problems.add(name + ": Service targets container port " + containerPort + ", the app listens on "
                            + APP_PORTS.get(name));
                }
            }
            if (APP_PORTS.containsKey(name) && !Objects.equals(containerPort(container, "http"), APP_PORTS.get(name))) {
                problems.add(name + ": container port 'http' should be " + APP_PORTS.get(name) + ", is "
                        + containerPort(container, "http"));
            }
        }
        assertNoProblems("Services", problems);
    }

    @Test
    void everyDeploymentGetsTheEnvironmentComposeGivesItsService() {
        Map<String, Object> configMapData = new LinkedHashMap<>();
        for (Manifest m : ofKind("ConfigMap")) {
            map(m.body().get("data")).forEach((k, v) -> configMapData.put(m.name() + "/" + k, v));
        }
        Map<String, Object> secretData = secretTemplateKeys();
        List<String> problems = new ArrayList<>();
        for (var entry : composeServices.entrySet()) {
            String name = entry.getKey();
            Manifest deployment = find("Deployment", name);
            if (name.equals(MONGO) || deployment == null) {
                continue;
            }
            Map<String, Object> container = mainContainer(deployment);
            Map<String, Object> env = new LinkedHashMap<>();
            for (Object e : list(container.get("env"))) {
                env.put(String.valueOf(map(e).get("name")), e);
            }
            Set<String> fromEnvFrom = envFromKeys(container, configMapData, secretData, problems, name);
            environment(entry.getValue()).forEach((variable, composeValue) -> {
                Map<String, Object> given = map(env.get(variable));
                boolean secretVariable = variable.equals("MONGODB_URI") || variable.endsWith("_SECRET")
                        || variable.endsWith("_KEYSET") || variable.endsWith("_PASSWORD");
                if (given.isEmpty()) {
                    if (!fromEnvFrom.contains(variable)) {
                        problems.add(name + ": " + variable + " (set by docker-compose.yml) is not provided");
                    }
                    return;
                }
                Map<String, Object> valueFrom = map(given.get("valueFrom"));
                Map<String, Object> configRef = map(valueFrom.get("configMapKeyRef"));
                Map<String, Object> secretRef = map(valueFrom.get("secretKeyRef"));
                String value;
                if (!secretRef.isEmpty()) {
                    String key = secretRef.get("name") + "/" + secretRef.get("key");
                    if (!secretData.containsKey(key)) {
                        problems.add(name + ": " + variable + " refers to Secret key " + key
                                + ", which the Secret template does not have");
                    }
                    return;
                } else if (!configRef.isEmpty()) {
                    String key = configRef.get("name") + "/" + configRef.get("key");
                    if (!configMapData.containsKey(key)) {
                        problems.add(name + ": " + variable + " refers to ConfigMap key " + key + ", which does not exist");
                        return;
                    }
                    value = String.valueOf(configMapData.get(key));
                } else if (given.containsKey("value")) {
                    value = String.valueOf(given.get("value"));
                } else {
                    problems.add(name + ": " + variable + " has neither a value nor a valueFrom");
                    return;
                }
                if (secretVariable) {
                    problems.add(name + ": " + variable + " should come from the Secret (secretKeyRef), not in clear");
                } else if (composeValue != null && !composeValue.contains("${") && !composeValue.equals(value)) {
                    problems.add(name + ": " + variable + " is '" + value + "', docker-compose.yml gives '"
                            + composeValue + "'");
                }
            });
        }
        assertNoProblems("environment", problems);
    }

    @Test
    void theGatewayAndTheDomainServicesScaleWithAHorizontalPodAutoscaler() {
        List<String> problems = new ArrayList<>();
        Map<String, Manifest> targets = new LinkedHashMap<>();
        for (Manifest hpa : ofKind("HorizontalPodAutoscaler")) {
            if (!"autoscaling/v2".equals(hpa.body().get("apiVersion"))) {
                problems.add(hpa + ": apiVersion should be autoscaling/v2, is " + hpa.body().get("apiVersion"));
            }
            Map<String, Object> target = map(hpa.spec().get("scaleTargetRef"));
            String targetName = String.valueOf(target.get("name"));
            if (!"Deployment".equals(target.get("kind")) || find("Deployment", targetName) == null) {
                problems.add(hpa + ": scaleTargetRef " + target + " is no Deployment of the manifests");
            }
            targets.put(targetName, hpa);
            long min = number(hpa.spec().get("minReplicas"), 1);
            long max = number(hpa.spec().get("maxReplicas"), 0);
            if (min < 2 || max <= min) {
                problems.add(hpa + ": should keep at least 2 and allow more (min " + min + ", max " + max + ")");
            }
            boolean cpu = list(hpa.spec().get("metrics")).stream()
                    .anyMatch(m -> "cpu".equals(map(map(m).get("resource")).get("name")));
            if (!cpu) {
                problems.add(hpa + ": no CPU metric");
            }
        }
        for (String name : SCALED) {
            if (!targets.containsKey(name)) {
                problems.add(name + ": no HorizontalPodAutoscaler");
            }
        }
        for (Manifest deployment : ofKind("Deployment")) {
            String name = deployment.name();
            boolean scaled = targets.containsKey(name);
            Object replicas = deployment.spec().get("replicas");
            if (scaled && replicas != null) {
                problems.add(name + ": has replicas " + replicas + " and an HPA: every apply would reset the HPA's count");
            }
            boolean several = scaled || number(replicas, 1) > 1;
            boolean budgeted = ofKind("PodDisruptionBudget").stream().anyMatch(pdb -> selects(pdb, deployment));
            if (several && !budgeted) {
                problems.add(name + ": runs several instances but has no PodDisruptionBudget");
            }
            if (!several && budgeted) {
                problems.add(name + ": a PodDisruptionBudget on a single instance would block every node drain");
            }
            if (name.equals("auth-server") && number(replicas, 1) > 1) {
                problems.add("auth-server: sign-in sessions live in one instance and the gateway has no sticky"
                        + " sessions (auth-server/README.md), so it runs one instance, has " + replicas);
            }
            if (name.equals("registry") && number(replicas, 1) > 1) {
                problems.add("registry: the Eureka server runs standalone (no peers configured), has " + replicas);
            }
        }
        assertNoProblems("scaling", problems);
    }

    @Test
    void theSecretTemplateHoldsPlaceholdersOnlyAndIsNeverApplied() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Manifest> secrets = ofKind("Secret");
        if (secrets.isEmpty()) {
            problems.add("no Secret template (" + TEMPLATE_SUFFIX + ")");
        }
        for (Manifest secret : secrets) {
            if (!secret.file().endsWith(TEMPLATE_SUFFIX)) {
                problems.add(secret + ": Secrets belong in *" + TEMPLATE_SUFFIX + " files only (with placeholders)");
            }
            if (secret.body().containsKey("data")) {
                problems.add(secret + ": has base64 'data'; a template gives placeholders under stringData");
            }
            map(secret.body().get("stringData")).forEach((key, value) -> {
                if (value == null || !PLACEHOLDER.matcher(String.valueOf(value)).matches()) {
                    problems.add(secret + ": " + key + " should be a <placeholder>, is a value");
                }
            });
        }
        String readme = Files.readString(root.resolve("deploy/README.md"));
        if (!readme.contains("create secret generic wages-secrets")) {
            problems.add("deploy/README.md should show how to create the Secret (kubectl create secret generic)");
        }
        for (String key : secretTemplateKeys().keySet()) {
            String variable = key.substring(key.indexOf('/') + 1);
            if (!readme.contains(variable)) {
                problems.add("deploy/README.md does not say how to fill in the Secret key " + variable);
            }
        }
        assertNoProblems("Secret template", problems);
    }

    @Test
    void onlyTheGatewayIsReachableFromOutsideTheCluster() {
        List<String> problems = new ArrayList<>();
        for (Manifest service : ofKind("Service")) {
            Object type = service.spec().getOrDefault("type", "ClusterIP");
            if (!"ClusterIP".equals(type) && !service.name().equals("gateway")) {
                problems.add(service + ": type " + type + " exposes it outside the cluster; only the gateway may be");
            }
            for (Object port : list(service.spec().get("ports"))) {
                if (map(port).containsKey("nodePort") && !service.name().equals("gateway")) {
                    problems.add(service + ": has a nodePort");
                }
            }
            if (!isBlank(service.spec().get("externalIPs"))) {
                problems.add(service + ": has externalIPs");
            }
        }
        Manifest gatewayService = find("Service", "gateway");
        if (gatewayService != null) {
            Map<String, Object> container = mainContainer(find("Deployment", "gateway"));
            for (Object port : list(gatewayService.spec().get("ports"))) {
                Object target = map(port).getOrDefault("targetPort", map(port).get("port"));
                if (Objects.equals(containerPort(container, target), GATEWAY_MANAGEMENT_PORT)) {
                    problems.add("gateway: its Service exposes the management port " + GATEWAY_MANAGEMENT_PORT);
                }
            }
        }
        boolean gatewayExposed = ofKind("Service").stream().anyMatch(s -> s.name().equals("gateway")
                && Set.of("LoadBalancer", "NodePort").contains(s.spec().get("type")));
        for (Manifest ingress : ofKind("Ingress")) {
            List<Object> backends = new ArrayList<>();
            backends.add(ingress.spec().get("defaultBackend"));
            for (Object rule : list(ingress.spec().get("rules"))) {
                for (Object path : list(map(map(rule).get("http")).get("paths"))) {
                    backends.add(map(path).get("backend"));
                }
            }
            for (Object backend : backends) {
                if (backend == null) {
                    continue;
                }
                Map<String, Object> service = map(map(backend).get("service"));
                if (!"gateway".equals(service.get("name"))) {
                    problems.add(ingress + ": routes to " + service.get("name") + "; only the gateway may be exposed");
                } else {
                    gatewayExposed = true;
                    Map<String, Object> port = map(service.get("port"));
                    Object number = port.get("number");
                    if (Objects.equals(port.get("name"), "management")
                            || (number != null && number(number, 0) == GATEWAY_MANAGEMENT_PORT)) {
                        problems.add(ingress + ": exposes the gateway's management port");
                    }
                }
            }
        }
        if (!gatewayExposed) {
            problems.add("the gateway is not exposed (an Ingress to it, or a LoadBalancer Service)");
        }
        for (Manifest deployment : ofKind("Deployment")) {
            for (Object port : list(mainContainer(deployment).get("ports"))) {
                if (map(port).containsKey("hostPort")) {
                    problems.add(deployment + ": hostPort " + map(port).get("hostPort"));
                }
            }
        }
        assertNoProblems("exposure", problems);
    }

    @Test
    void theKustomizationListsEveryManifestButTheSecretTemplate() throws IOException {
        List<String> problems = new ArrayList<>();
        List<String> listed = new ArrayList<>();
        list(kustomization.get("resources")).forEach(r -> listed.add(String.valueOf(r)));
        for (String file : yamlFiles()) {
            if (file.equals(KUSTOMIZATION)) {
                continue;
            }
            boolean template = file.endsWith(TEMPLATE_SUFFIX);
            if (template && listed.contains(file)) {
                problems.add(file + ": a template must not be applied (it would overwrite the real Secret)");
            } else if (!template && !listed.contains(file)) {
                problems.add(file + ": not listed in " + KUSTOMIZATION + " resources");
            }
        }
        for (String file : listed) {
            if (!Files.isRegularFile(k8s.resolve(file))) {
                problems.add(KUSTOMIZATION + " lists " + file + ", which does not exist");
            }
        }
        Set<String> imageNames = new TreeSet<>();
        list(kustomization.get("images")).forEach(i -> imageNames.add(String.valueOf(map(i).get("name"))));
        for (String app : APP_PORTS.keySet()) {
            Manifest deployment = find("Deployment", app);
            if (deployment == null) {
                continue;
            }
            String image = String.valueOf(mainContainer(deployment).get("image"));
            String imageName = image.contains(":") ? image.substring(0, image.lastIndexOf(':')) : image;
            if (!imageNames.contains(imageName)) {
                problems.add(KUSTOMIZATION + ": images should list " + imageName + " (to point it at a registry)");
            }
        }
        assertNoProblems(KUSTOMIZATION, problems);
    }

    // --- helpers ---

    private static void checkHttpProbe(String name, String probeName, Map<String, Object> probe, String path,
            int port, Map<String, Object> container, List<String> problems) {
        if (probe.isEmpty()) {
            return;
        }
        Map<String, Object> httpGet = map(probe.get("httpGet"));
        Object probePath = httpGet.get("path");
        if (probePath == null || !String.valueOf(probePath).startsWith(path)) {
            problems.add(name + ": " + probeName + " should GET " + path + ", gets " + probePath);
        }
        Integer probePort = containerPort(container, httpGet.get("port"));
        if (probePort == null || probePort != port) {
            problems.add(name + ": " + probeName + " should use port " + port + ", uses " + httpGet.get("port")
                    + " (" + probePort + ")");
        }
    }

    /** The container port a Service targetPort or probe port names (a number, or the name of a container port). */
    private static Integer containerPort(Map<String, Object> container, Object port) {
        for (Object p : list(container.get("ports"))) {
            Map<String, Object> declared = map(p);
            Object number = declared.get("containerPort");
            if (port instanceof Number n && number instanceof Number c && n.intValue() == c.intValue()) {
                return c.intValue();
            }
            if (port instanceof String s && s.equals(declared.get("name")) && number instanceof Number c) {
                return c.intValue();
            }
        }
        return null;
    }

    /** Keys the container gets from envFrom (whole ConfigMaps or Secrets). */
    private static Set<String> envFromKeys(Map<String, Object> container, Map<String, Object> configMapData,
            Map<String, Object> secretData, List<String> problems, String name) {
        Set<String> keys = new TreeSet<>();
        for (Object source : list(container.get("envFrom"))) {
            String prefix = String.valueOf(map(source).getOrDefault("prefix", ""));
            Map<String, Object> configRef = map(map(source).get("configMapRef"));
            Map<String, Object> secretRef = map(map(source).get("secretRef"));
            Map<String, Object> data = !configRef.isEmpty() ? configMapData : secretData;
            String sourceName = String.valueOf(!configRef.isEmpty() ? configRef.get("name") : secretRef.get("name"));
            boolean any = false;
            for (String key : data.keySet()) {
                if (key.startsWith(sourceName + "/")) {
                    keys.add(prefix + key.substring(sourceName.length() + 1));
                    any = true;
                }
            }
            if (!any) {
                problems.add(name + ": envFrom " + sourceName + " is no ConfigMap or Secret (template) of the manifests");
            }
        }
        return keys;
    }

    /** A variable's value as the container sees it: direct, or from a ConfigMap; null from a Secret or unset. */
    private static String envValue(Map<String, Object> container, String variable) {
        for (Object e : list(container.get("env"))) {
            Map<String, Object> entry = map(e);
            if (!variable.equals(entry.get("name"))) {
                continue;
            }
            if (entry.containsKey("value")) {
                return String.valueOf(entry.get("value"));
            }
            Map<String, Object> ref = map(map(entry.get("valueFrom")).get("configMapKeyRef"));
            Manifest configMap = find("ConfigMap", String.valueOf(ref.get("name")));
            return configMap == null ? null : (String) map(configMap.body().get("data")).get(ref.get("key"));
        }
        for (Object source : list(container.get("envFrom"))) {
            Manifest configMap = find("ConfigMap", String.valueOf(map(map(source).get("configMapRef")).get("name")));
            if (configMap != null && map(configMap.body().get("data")).containsKey(variable)) {
                return String.valueOf(map(configMap.body().get("data")).get(variable));
            }
        }
        return null;
    }

    /** "secret-name/KEY" of every key of every Secret template. */
    private static Map<String, Object> secretTemplateKeys() {
        Map<String, Object> keys = new LinkedHashMap<>();
        for (Manifest secret : ofKind("Secret")) {
            map(secret.body().get("stringData")).forEach((k, v) -> keys.put(secret.name() + "/" + k, v));
            map(secret.body().get("data")).forEach((k, v) -> keys.put(secret.name() + "/" + k, v));
        }
        return keys;
    }

    private static boolean selects(Manifest budget, Manifest deployment) {
        Map<String, Object> selector = map(map(budget.spec().get("selector")).get("matchLabels"));
        Map<String, Object> labels = map(map(map(deployment.spec().get("template")).get("metadata")).get("labels"));
        return !selector.isEmpty() && labels.entrySet().containsAll(selector.entrySet());
    }

    private static Map<String, Object> podSpec(Manifest deployment) {
        return map(map(deployment.spec().get("template")).get("spec"));
    }

    /** The container named after the Deployment, or its first one. */
    private static Map<String, Object> mainContainer(Manifest deployment) {
        List<Object> containers = list(podSpec(deployment).get("containers"));
        for (Object c : containers) {
            if (deployment.name().equals(map(c).get("name"))) {
                return map(c);
            }
        }
        return containers.isEmpty() ? Map.of() : map(containers.get(0));
    }

    private static List<Manifest> ofKind(String kind) {
        return manifests.stream().filter(m -> m.kind().equals(kind)).toList();
    }

    private static Manifest find(String kind, String name) {
        return manifests.stream().filter(m -> m.kind().equals(kind) && m.name().equals(name)).findFirst().orElse(null);
    }

    private static List<String> yamlFiles() throws IOException {
        if (!Files.isDirectory(k8s)) {
            return fail(K8S + " does not exist");
        }
        try (Stream<Path> files = Files.list(k8s)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith(".yaml") || f.endsWith(".yml"))
                    .sorted()
                    .toList();
        }
    }

    private static Path findRepositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docker-compose.yml")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        return fail("no docker-compose.yml next to a pom.xml in " + Path.of("").toAbsolutePath() + " or above");
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

    private static final Pattern QUANTITY = Pattern.compile("(\\d+)([a-zA-Z]*)");

    /** A Kubernetes memory quantity (Mi, Gi, M, G, Ki, k or bytes) in bytes; -1 when not understood. */
    private static long bytes(String quantity) {
        Matcher m = QUANTITY.matcher(quantity.trim());
        if (!m.matches()) {
            return -1;
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "" -> n;
            case "Ki" -> n << 10;
            case "Mi" -> n << 20;
            case "Gi" -> n << 30;
            case "k" -> n * 1_000L;
            case "M" -> n * 1_000_000L;
            case "G" -> n * 1_000_000_000L;
            default -> -1;
        };
    }

    /** A Docker memory size (b, k, m, g: binary units) in bytes; -2 when not understood. */
    private static long dockerBytes(String size) {
        Matcher m = QUANTITY.matcher(size.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return -2;
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "", "b" -> n;
            case "k", "kb" -> n << 10;
            case "m", "mb" -> n << 20;
            case "g", "gb" -> n << 30;
            default -> -2;
        };
    }

    private static long number(Object value, long otherwise) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        try {
            return value == null ? otherwise : Long.parseLong(String.valueOf(value));
        } catch (NumberFormatException e) {
            return otherwise;
        }
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

    private static boolean isBlank(Object value) {
        return value == null || String.valueOf(value).isBlank() || (value instanceof List<?> l && l.isEmpty());
    }
}
