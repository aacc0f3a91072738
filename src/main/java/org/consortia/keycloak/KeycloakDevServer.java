package org.consortia.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.consortia.common.Sha256;
import org.jboss.logging.Logger;

/**
 * A real Keycloak server for development and tests, run as a child process from the distribution
 * published on Maven Central, with the project's realm imported. Never used in production.
 *
 * <p>The distribution is unpacked once into {@code ~/.cache/consortia/} (its first start builds it
 * there, which takes a minute). Each server keeps its data in its own directory; when the realm
 * file changes, the data is dropped so the realm is imported afresh.
 */
public final class KeycloakDevServer {

    public static final String VERSION = "26.7.3";
    public static final String REALM = "consortia";

    private static final Logger LOG = Logger.getLogger(KeycloakDevServer.class);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final String JAVA_OPTS = "-Xms64m -Xmx256m -XX:MaxMetaspaceSize=256m -XX:+UseSerialGC"
            + " -XX:TieredStopAtLevel=1";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private KeycloakDevServer() {
    }

    /**
     * Starts Keycloak on {@code port} (0: any free port) with its data in {@code dataDirectory}, or
     * reuses one already answering there; returns the realm's URL (the OIDC issuer).
     */
    public static String start(int port, Path dataDirectory, Path realmFile) {
        if (port != 0 && isServing(port)) {
            LOG.infof("Using the Keycloak already running on port %d", port);
            return realmUrl(port);
        }
        int httpPort = port != 0 ? port : freePort();
        try {
            Path home = distribution();
            prepareData(dataDirectory, realmFile, home);
            Process process = launch(home, httpPort, dataDirectory);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process)));
            awaitReady(process, httpPort, dataDirectory.resolve("keycloak.log"));
            LOG.infof("Keycloak %s is up: %s (log in at %s/account)", VERSION, realmUrl(httpPort), realmUrl(httpPort));
            return realmUrl(httpPort);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak", e);
        }
    }

    private static String realmUrl(int port) {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    private static boolean isServing(int port) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl(port) + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(2)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The unpacked distribution, unpacking the Maven Central zip the first time. */
    public static Path distribution() throws IOException {
        Path cache = Path.of(System.getProperty("user.home"), ".cache", "consortia");
        Path home = cache.resolve("keycloak-" + VERSION);
        if (Files.isExecutable(home.resolve("bin/kc.sh"))) {
            return home;
        }
        Path zip = distributionZip();
        LOG.infof("Unpacking %s into %s", zip, cache);
        Files.createDirectories(cache);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = cache.resolve(entry.getName()).normalize();
                if (!target.startsWith(cache)) {
                    throw new IOException("Unexpected entry " + entry.getName() + " in " + zip);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    if (target.toString().endsWith(".sh")) {
                        target.toFile().setExecutable(true);
                    }
                }
            }
        }
        return home;
    }

    /** The zip in the local Maven repository, fetched with the project's Maven wrapper if missing. */
    private static Path distributionZip() throws IOException {
        Path repository = Path.of(System.getProperty("maven.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString()));
        Path zip = repository.resolve("org/keycloak/keycloak-quarkus-dist/" + VERSION
                + "/keycloak-quarkus-dist-" + VERSION + ".zip");
        if (!Files.exists(zip)) {
            LOG.infof("Fetching org.keycloak:keycloak-quarkus-dist:%s from Maven Central", VERSION);
            run(List.of("./mvnw", "-B", "-q", "dependency:get", "-Dtransitive=false",
                    "-Dartifact=org.keycloak:keycloak-quarkus-dist:" + VERSION + ":zip"));
        }
        if (!Files.exists(zip)) {
            throw new IOException("Keycloak distribution not found at " + zip);
        }
        return zip;
    }

    private static void run(List<String> command) throws IOException {
        try {
            int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IOException(String.join(" ", command) + " failed with exit code " + exit);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while running " + command, e);
        }
    }

    /** Drops the data when the realm file changed since it was imported, and puts the realm in place. */
    private static void prepareData(Path dataDirectory, Path realmFile, Path home) throws IOException {
        String realmHash = Sha256.hex(Files.readAllBytes(realmFile));
        Path stamp = dataDirectory.resolve("realm.sha256");
        if (Files.exists(stamp) && !Files.readString(stamp).equals(realmHash)) {
            LOG.infof("%s changed: Keycloak's data in %s is dropped and the realm imported afresh", realmFile,
                    dataDirectory);
            try (var files = Files.list(dataDirectory)) {
                for (Path file : files.filter(f -> f.getFileName().toString().startsWith("keycloakdb")).toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(dataDirectory);
        Files.writeString(stamp, realmHash);
        Path imports = home.resolve("data/import");
        Files.createDirectories(imports);
        Files.copy(realmFile, imports.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static Process launch(Path home, int port, Path dataDirectory) throws IOException {
        String database = "jdbc:h2:file:" + dataDirectory.toAbsolutePath().resolve("keycloakdb")
                + ";NON_KEYWORDS=VALUE;AUTO_SERVER=TRUE";
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port, "--hostname=http://localhost:" + port,
                "--import-realm",
                "--db-url=" + database)
                .redirectErrorStream(true)
                .redirectOutput(dataDirectory.resolve("keycloak.log").toFile());
        Map<String, String> environment = builder.environment();
        environment.put("JAVA_OPTS", JAVA_OPTS);
        environment.remove("KC_DB_URL");
        LOG.infof("Starting Keycloak %s on port %d (log: %s)", VERSION, port, dataDirectory.resolve("keycloak.log"));
        return builder.start();
    }

    private static void awaitReady(Process process, int port, Path log) throws IOException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!isServing(port)) {
            if (!process.isAlive()) {
                throw new IOException("Keycloak stopped during start-up; see " + log);
            }
            if (Instant.now().isAfter(deadline)) {
                stop(process);
                throw new IOException("Keycloak did not answer within " + START_TIMEOUT + "; see " + log);
            }
            try {
                process.waitFor(500, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while waiting for Keycloak", e);
            }
        }
    }

    private static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for Keycloak", e);
        }
    }
}
