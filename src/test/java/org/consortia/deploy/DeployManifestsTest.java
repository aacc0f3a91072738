package org.consortia.deploy;

import static org.consortia.deploy.Manifests.at;
import static org.consortia.deploy.Manifests.build;
import static org.consortia.deploy.Manifests.containers;
import static org.consortia.deploy.Manifests.leaves;
import static org.consortia.deploy.Manifests.list;
import static org.consortia.deploy.Manifests.load;
import static org.consortia.deploy.Manifests.loadOne;
import static org.consortia.deploy.Manifests.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The CI check of {@code deploy/}: every manifest parses, the kustomizations build with {@code kubectl kustomize},
 * the pods and containers are hardened, no proxy publishes {@code /q/}, the compose file runs two instances, no
 * secret is committed, and docs/operations.md lists every setting the manifests set. No cluster needed;
 * {@link ContainerImageIT} builds and runs the image.
 */
@SuppressWarnings("unchecked")
class DeployManifestsTest {

    private static final Path DEPLOY = Path.of("deploy");
    private static final Path KUBERNETES = DEPLOY.resolve("kubernetes");
    private static final Path COMPOSE = DEPLOY.resolve("compose/compose.yaml");
    private static final Path CONTAINERFILE = DEPLOY.resolve("container/Containerfile");
    private static final Path OPERATIONS = Path.of("docs/operations.md");

    /** A key or variable name that holds a secret. */
    private static final Pattern SECRET_NAME =
            Pattern.compile("(?i).*(password|secret|token|access[-_]?key|private[-_]?key|credential).*");
    /** Keys that name or describe a secret rather than hold one. */
    private static final Pattern SECRET_REFERENCE =
            Pattern.compile("(?i).*(secretname|secretref|secretkeyref|policy)$");

    private static final String PLACEHOLDER = "change-me";

    @Test
    void everyYamlAndJsonFileUnderDeployParses() throws IOException {
        var files = files(".yaml", ".yml");
        assertTrue(files.size() >= 15, "the manifests are found: " + files);
        for (Path file : files) {
            assertFalse(load(file).isEmpty(), file + " holds a document");
        }
        for (Path file : files(".json")) {
            new ObjectMapper().readTree(file.toFile());
        }
    }

    @Test
    void everyKubernetesManifestNamesItsApiVersionKindAndName() throws IOException {
        for (Path file : filesUnder(KUBERNETES, ".yaml")) {
            for (Object document : load(file)) {
                assertNotNull(at(document, "apiVersion"), file + ": apiVersion");
                assertNotNull(at(document, "kind"), file + ": kind");
                if (!file.getFileName().toString().equals("kustomization.yaml")) {
                    assertNotNull(at(document, "metadata", "name"), file + ": metadata.name");
                }
            }
        }
    }

    @Test
    void theBaseRunsTwoHardenedInstancesWithProbesBudgetAndAutoscaler() {
        var resources = build(KUBERNETES.resolve("base"));
        assertEquals(
                Set.of(
                        "ConfigMap",
                        "Deployment",
                        "Service",
                        "Ingress",
                        "PodDisruptionBudget",
                        "HorizontalPodAutoscaler"),
                kinds(resources));
        hardened(resources, 2);
        assertEquals(1, at(only(resources, "PodDisruptionBudget"), "spec", "minAvailable"));
        var hpa = only(resources, "HorizontalPodAutoscaler");
        assertEquals(2, at(hpa, "spec", "minReplicas"));
        assertEquals("cpu", at(list(at(hpa, "spec", "metrics")).get(0), "resource", "name"));
        assertEquals("consortia", at(hpa, "spec", "scaleTargetRef", "name"));
        var ingress = only(resources, "Ingress");
        var rule = list(at(ingress, "spec", "rules")).get(0);
        var root = list(at(rule, "http", "paths")).stream()
                .filter(p -> "/".equals(at(p, "path")))
                .findFirst()
                .orElseThrow();
        assertEquals("consortia", at(root, "backend", "service", "name"));
        assertNotNull(at(list(at(ingress, "spec", "tls")).get(0), "secretName"), "the ingress serves TLS");
    }

    @Test
    void theProductionOverlayRunsAReleasedImageOnItsHostWithMoreReplicas() {
        var resources = build(KUBERNETES.resolve("overlays/prod"));
        hardened(resources, 3);
        assertEquals("consortia", at(only(resources, "Deployment"), "metadata", "namespace"));
        String image = (String) containers(resources).get(0).get("image");
        assertTrue(image.matches(".+/consortia:\\d+\\.\\d+\\.\\d+"), "a released, tagged image: " + image);
        assertEquals(3, at(only(resources, "HorizontalPodAutoscaler"), "spec", "minReplicas"));
        assertEquals(1, at(only(resources, "PodDisruptionBudget"), "spec", "minAvailable"));
        String host = (String)
                at(list(at(only(resources, "Ingress"), "spec", "rules")).get(0), "host");
        assertEquals(
                "https://" + host,
                at(only(resources, "ConfigMap"), "data", "CONSORTIA_NOTIFICATIONS_BASE_URL"),
                "mails link to the host the ingress serves");
    }

    @Test
    void theDevelopmentOverlayRunsOneOrTwoSmallerInstances() {
        var base = build(KUBERNETES.resolve("base"));
        var resources = build(KUBERNETES.resolve("overlays/dev"));
        int replicas = (int) at(only(resources, "Deployment"), "spec", "replicas");
        assertTrue(replicas >= 1 && replicas <= 2, "dev replicas: " + replicas);
        hardened(resources, 1);
        assertEquals(2, at(only(resources, "HorizontalPodAutoscaler"), "spec", "maxReplicas"));
        var pdb = only(resources, "PodDisruptionBudget");
        assertEquals(1, at(pdb, "spec", "maxUnavailable"));
        assertFalse(((Map<?, ?>) at(pdb, "spec")).containsKey("minAvailable"), "a PDB has one of the two");
        assertTrue(
                memoryMi(containers(resources).get(0), "limits")
                        < memoryMi(containers(base).get(0), "limits"),
                "dev pods are smaller");
    }

    /**
     * The metrics name every project, the non-public ones too: no kustomization publishes {@code /q/}. Kubernetes
     * sends a request to the longest matching path, so {@code /q} (Prefix) to a Service that no kustomization
     * creates wins over {@code /}; ingress-nginx answers 503 for it. No regex paths, which would change the matching.
     */
    @Test
    void noKustomizationPublishesQ() {
        for (String directory : List.of("base", "overlays/dev", "overlays/prod")) {
            var resources = build(KUBERNETES.resolve(directory));
            var services = resources.stream()
                    .filter(r -> "Service".equals(r.get("kind")))
                    .map(r -> at(r, "metadata", "name"))
                    .toList();
            var ingress = only(resources, "Ingress");
            assertEquals(null, at(ingress, "spec", "defaultBackend"), directory + ": no default backend");
            var annotations = (Map<String, Object>) at(ingress, "metadata", "annotations");
            assertFalse(
                    annotations.containsKey("nginx.ingress.kubernetes.io/use-regex")
                            || annotations.containsKey("nginx.ingress.kubernetes.io/rewrite-target"),
                    directory + ": plain prefix paths, as written: " + annotations);
            var rules = list(at(ingress, "spec", "rules"));
            assertFalse(rules.isEmpty(), directory + ": the ingress has rules");
            for (Object rule : rules) {
                String where = directory + ", " + at(rule, "host");
                var closed = list(at(rule, "http", "paths")).stream()
                        .filter(p -> "/q".equals(at(p, "path")))
                        .toList();
                assertEquals(1, closed.size(), where + ": a path /q");
                assertEquals("Prefix", at(closed.get(0), "pathType"), where + ": /q and all below it");
                assertFalse(
                        services.contains(at(closed.get(0), "backend", "service", "name")),
                        where + ": /q goes to a Service that does not exist, not to " + services);
                for (Object path : list(at(rule, "http", "paths"))) {
                    String value = (String) at(path, "path");
                    assertTrue(
                            path == closed.get(0) || !(value.equals("/q") || value.startsWith("/q/")),
                            where + ": nothing else routes /q/: " + path);
                }
            }
        }
    }

    /** Security context, probes, resources, /tmp, and secrets only by reference. */
    private static void hardened(List<Map<String, Object>> resources, int minReplicas) {
        var deployment = only(resources, "Deployment");
        assertTrue((int) at(deployment, "spec", "replicas") >= minReplicas, "replicas ≥ " + minReplicas);
        var pod = at(deployment, "spec", "template", "spec");
        assertEquals(true, at(pod, "securityContext", "runAsNonRoot"), "runAsNonRoot");
        assertTrue((int) at(pod, "securityContext", "runAsUser") > 0, "a non-root uid");
        assertEquals(false, at(pod, "automountServiceAccountToken"));
        var containers = containers(resources);
        assertEquals(1, containers.size());
        var container = containers.get(0);
        assertEquals(false, at(container, "securityContext", "allowPrivilegeEscalation"), "allowPrivilegeEscalation");
        assertEquals(true, at(container, "securityContext", "readOnlyRootFilesystem"), "readOnlyRootFilesystem");
        assertEquals(List.of("ALL"), at(container, "securityContext", "capabilities", "drop"));
        assertEquals("/q/health/ready", at(container, "readinessProbe", "httpGet", "path"));
        assertEquals("/q/health/live", at(container, "livenessProbe", "httpGet", "path"));
        for (String bound : List.of("requests", "limits")) {
            assertNotNull(at(container, "resources", bound, "cpu"), bound + ".cpu");
            assertNotNull(at(container, "resources", bound, "memory"), bound + ".memory");
        }
        var tmp = list(container.get("volumeMounts")).stream()
                .filter(m -> "/tmp".equals(at(m, "mountPath")))
                .findFirst()
                .orElseThrow();
        var volume = list(at(pod, "volumes")).stream()
                .filter(v -> at(tmp, "name").equals(at(v, "name")))
                .findFirst()
                .orElseThrow();
        assertNotNull(at(volume, "emptyDir"), "/tmp is an emptyDir");
        assertEquals("consortia-config", at(list(container.get("envFrom")).get(0), "configMapRef", "name"));
        for (Object variable : list(container.get("env"))) {
            assertNotNull(at(variable, "valueFrom", "secretKeyRef", "name"), "from a Secret: " + variable);
        }
        assertFalse(kinds(resources).contains("Secret"), "no Secret is built from committed files");
        var configMap = only(resources, "ConfigMap");
        for (Object key : ((Map<?, ?>) at(configMap, "data")).keySet()) {
            assertFalse(SECRET_NAME.matcher((String) key).matches(), "no secret in the ConfigMap: " + key);
        }
        var env = new LinkedHashSet<String>();
        list(container.get("env")).forEach(v -> env.add((String) at(v, "name")));
        env.addAll(((Map<String, Object>) at(configMap, "data")).keySet());
        assertTrue(
                env.containsAll(List.of(
                        "QUARKUS_DATASOURCE_JDBC_URL",
                        "QUARKUS_DATASOURCE_USERNAME",
                        "QUARKUS_DATASOURCE_PASSWORD",
                        "QUARKUS_OIDC_AUTH_SERVER_URL",
                        "QUARKUS_OIDC_CREDENTIALS_SECRET",
                        "QUARKUS_OIDC_API_CREDENTIALS_SECRET",
                        "QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET",
                        "CONSORTIA_WEB_CSRF_SECRET",
                        "CONSORTIA_NOTIFICATIONS_BASE_URL",
                        "QUARKUS_MAILER_HOST")),
                "the settings several instances need: " + env);
    }

    @Test
    void composeRunsTwoHardenedInstancesBehindTheProxyWithSecretsFromTheEnvFile() {
        var compose = loadOne(COMPOSE);
        var services = (Map<String, Object>) compose.get("services");
        assertTrue(
                services.keySet()
                        .containsAll(List.of("app-1", "app-2", "proxy", "db", "keycloak", "keycloak-db", "minio")),
                "services: " + services.keySet());
        services.forEach((name, service) -> assertNotNull(at(service, "image"), name + " has an image"));
        for (String app : List.of("app-1", "app-2")) {
            var service = services.get(app);
            assertEquals(true, at(service, "read_only"), app + ": read-only root file system");
            assertTrue(
                    list(at(service, "tmpfs")).stream().anyMatch(t -> ((String) t).startsWith("/tmp")),
                    app + ": /tmp writable");
            assertEquals(List.of("ALL"), at(service, "cap_drop"));
            assertEquals(
                    "jdbc:postgresql://db:5432/consortia", at(service, "environment", "QUARKUS_DATASOURCE_JDBC_URL"));
        }
        assertEquals(
                at(services.get("app-1"), "environment"),
                at(services.get("app-2"), "environment"),
                "both instances share every setting, secrets included");
        assertEquals(
                List.of("start", "--import-realm"),
                at(services.get("keycloak"), "command"),
                "Keycloak in production mode");
        assertEquals("xforwarded", at(services.get("keycloak"), "environment", "KC_PROXY_HEADERS"));
        assertTrue(
                list(at(services.get("keycloak"), "volumes")).stream()
                        .anyMatch(v -> ((String) v).startsWith("../keycloak/realm-production.json:")),
                "Keycloak imports the realm without the demo accounts");
        String nginx = read(DEPLOY.resolve("compose/nginx/consortia.conf.template"));
        assertTrue(nginx.contains("server app-1:8080") && nginx.contains("server app-2:8080"), "nginx balances both");
        assertTrue(nginx.contains("X-Forwarded-Proto") && nginx.contains("listen 443 ssl"), "TLS and forwarding");
        // The metrics name every project, the non-public ones too. ^~: no regex location can take /q/ back.
        var servers = nginx.split("\nserver \\{");
        var proxying = Stream.of(servers)
                .filter(server -> server.contains("proxy_pass http://consortia;"))
                .toList();
        assertEquals(1, proxying.size(), "one server block proxies to the instances");
        assertTrue(
                Pattern.compile("location \\^~ /q/ \\{\\s*return 404;\\s*}")
                        .matcher(proxying.get(0))
                        .find(),
                "nginx answers /q/ itself (404) rather than proxying it");
        services.forEach((name, service) -> leaves(at(service, "environment"), name)
                .forEach((path, value) -> {
                    String variable = path.substring(path.lastIndexOf('/') + 1);
                    if (SECRET_NAME.matcher(variable).matches()) {
                        assertTrue(
                                String.valueOf(value).startsWith("${"),
                                path + " comes from .env, not the file: " + value);
                    }
                }));
    }

    @Test
    void theEnvFileExampleHoldsPlaceholdersOnlyAndNamesEveryVariableComposeNeeds() {
        var example = envFile(DEPLOY.resolve("compose/.env.example"));
        example.forEach((key, value) -> {
            if (SECRET_NAME.matcher(key).matches()) {
                assertEquals(PLACEHOLDER, value, key + " is a placeholder in the example");
            }
        });
        var used = new LinkedHashSet<String>();
        String withoutComments = read(COMPOSE).replaceAll("(?m)^\\s*#.*$", "");
        var reference = Pattern.compile("(?<!\\$)\\$\\{([A-Z0-9_]+)").matcher(withoutComments);
        while (reference.find()) {
            used.add(reference.group(1));
        }
        assertEquals(used, example.keySet(), "the example sets what compose.yaml uses, no more");
    }

    @Test
    void nothingUnderDeployLooksLikeASecret() throws IOException {
        var forbidden = Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----|consortia-web-dev-secret|consortia-demo");
        try (Stream<Path> all = Files.walk(DEPLOY)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                String text = read(file);
                assertFalse(forbidden.matcher(text).find(), file + " holds a private key or a development secret");
                String name = file.getFileName().toString();
                Object tree = name.endsWith(".json")
                        ? new ObjectMapper().readValue(text, Object.class)
                        : name.endsWith(".yaml") ? load(file) : null;
                boolean example = file.startsWith(KUBERNETES.resolve("examples"));
                leaves(tree, file.toString()).forEach((path, value) -> {
                    String key = path.substring(path.lastIndexOf('/') + 1).replaceAll("\\[\\d+]$", "");
                    if (SECRET_NAME.matcher(key).matches()
                            && !SECRET_REFERENCE.matcher(key).matches()
                            && value instanceof String literal
                            && !literal.matches("|true|false|\\d+")) {
                        assertTrue(
                                literal.startsWith("${") || example && literal.equals(PLACEHOLDER),
                                path + " holds a literal secret: " + literal);
                    }
                });
            }
        }
    }

    @Test
    void theContainerfileTakesTheApplicationBuiltOnTheHostAndRunsANonRootUserWithAHealthCheck() {
        var instructions = instructions(read(CONTAINERFILE));
        assertEquals(
                "ARG RUNTIME_IMAGE=eclipse-temurin:17-jre",
                instructions.get(0),
                "the published base, which a build argument replaces");
        var from = instructions.stream().filter(i -> i.startsWith("FROM ")).toList();
        assertEquals(List.of("FROM ${RUNTIME_IMAGE}"), from, "one stage, on the runtime image");
        assertFalse(instructions.stream().anyMatch(i -> i.contains("mvnw")), "no Maven inside the image build");
        var run = instructions.subList(instructions.indexOf(from.get(0)), instructions.size());
        for (String layer : List.of("lib/", "*.jar", "app/", "quarkus/")) {
            assertTrue(
                    run.stream().anyMatch(i -> i.startsWith("COPY target/quarkus-app/" + layer)),
                    "fast-jar layer " + layer);
        }
        assertTrue(read(Path.of(".dockerignore")).contains("!target/quarkus-app/"), "the build context holds the jar");
        var user = run.stream()
                .filter(i -> i.startsWith("USER "))
                .reduce((a, b) -> b)
                .orElseThrow();
        assertTrue(user.matches("USER [1-9]\\d*:[1-9]\\d*"), "a numeric non-root user: " + user);
        assertTrue(run.contains("EXPOSE 8080"));
        var health = run.stream()
                .filter(i -> i.startsWith("HEALTHCHECK "))
                .findFirst()
                .orElseThrow();
        assertTrue(health.contains("curl") && health.contains("http://127.0.0.1:8080/q/health/live"), health);
        assertTrue(
                run.stream()
                        .anyMatch(i -> i.startsWith("RUN ") && i.contains("apt-get install") && i.contains(" curl")),
                "the health check's curl is installed in the run stage");
        assertTrue(run.stream().anyMatch(i -> i.startsWith("ENV ") && i.contains("-Djava.io.tmpdir=/tmp")));
        var entrypoint = run.get(run.size() - 1);
        assertEquals("ENTRYPOINT [\"java\", \"-jar\", \"/opt/consortia/quarkus-run.jar\"]", entrypoint);
    }

    @Test
    void theOperationsGuideListsEverySettingTheManifestsSet() {
        String guide = read(OPERATIONS);
        var settings = new LinkedHashSet<String>();
        var compose = loadOne(COMPOSE);
        settings.addAll(((Map<String, Object>) at(compose, "services", "app-1", "environment")).keySet());
        settings.addAll(envFile(DEPLOY.resolve("compose/.env.example")).keySet());
        for (String directory : List.of("base", "overlays/dev", "overlays/prod")) {
            var resources = build(KUBERNETES.resolve(directory));
            settings.addAll(((Map<String, Object>) at(only(resources, "ConfigMap"), "data")).keySet());
            list(containers(resources).get(0).get("env")).forEach(v -> settings.add((String) at(v, "name")));
        }
        var missing =
                settings.stream().filter(s -> !guide.contains("`" + s + "`")).toList();
        assertEquals(List.of(), missing, "settings docs/operations.md does not list");
    }

    private static List<String> instructions(String containerfile) {
        var instructions = new ArrayList<String>();
        var current = new StringBuilder();
        for (String line : containerfile.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
            } else {
                instructions.add(current.append(trimmed).toString().replaceAll("\\s+", " "));
                current.setLength(0);
            }
        }
        return instructions;
    }

    private static Map<String, String> envFile(Path file) {
        var variables = new LinkedHashMap<String, String>();
        for (String line : read(file).split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                int equals = line.indexOf('=');
                assertTrue(equals > 0, file + ": " + line);
                variables.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return variables;
    }

    private static int memoryMi(Map<String, Object> container, String bound) {
        String memory = (String) at(container, "resources", bound, "memory");
        return memory.endsWith("Gi")
                ? Integer.parseInt(memory.replace("Gi", "")) * 1024
                : Integer.parseInt(memory.replace("Mi", ""));
    }

    private static Set<Object> kinds(List<Map<String, Object>> resources) {
        var kinds = new LinkedHashSet<Object>();
        resources.forEach(r -> kinds.add(r.get("kind")));
        return kinds;
    }

    private static List<Path> files(String... extensions) throws IOException {
        return filesUnder(DEPLOY, extensions);
    }

    private static List<Path> filesUnder(Path root, String... extensions) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile)
                    .filter(p ->
                            Stream.of(extensions).anyMatch(e -> p.toString().endsWith(e)))
                    .sorted()
                    .toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
