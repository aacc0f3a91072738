package org.consortia.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.consortia.common.ChildProcesses;
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
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    /** Held by the JVM that started the Keycloak of a data directory, for as long as that JVM runs. */
    private static final String OWNER_LOCK = "keycloak.lock";

    private static final String JAVA_OPTS =
            "-Xms64m -Xmx256m -XX:MaxMetaspaceSize=256m -XX:+UseSerialGC" + " -XX:TieredStopAtLevel=1";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private KeycloakDevServer() {}

    /**
     * Starts Keycloak on {@code port} (0: any free port) with its data in {@code dataDirectory}, or
     * reuses one already answering there; returns the realm's URL (the OIDC issuer).
     *
     * <p>The server dies with this JVM, even one killed with SIGKILL ({@link ChildProcesses}). One left
     * running on the same data all the same (its starter gone, so nobody holds {@link #OWNER_LOCK}) is
     * stopped first. A port taken by anything but a Keycloak with our realm is refused, naming the port.
     */
    public static String start(int port, Path dataDirectory, Path realmFile) {
        try {
            Files.createDirectories(dataDirectory);
            FileChannel ownership = claim(dataDirectory);
            if (ownership == null) {
                if (port != 0 && isServing(port)) {
                    LOG.infof("Using the Keycloak another running JVM started on port %d", port);
                    return realmUrl(port);
                }
                throw new IllegalStateException("Keycloak's data in " + dataDirectory.toAbsolutePath()
                        + " is in use by another running Consortia (dev mode or tests from the same directory):"
                        + " stop that one first");
            }
            stopLeftovers(dataDirectory);
            if (port != 0 && isServing(port)) {
                ownership.close();
                LOG.infof("Using the Keycloak already running on port %d (not started here: it is left running)", port);
                return realmUrl(port);
            }
            if (port != 0 && !isFree(port)) {
                ownership.close();
                throw new IllegalStateException("Port " + port + " is taken by a program that is not a Keycloak with"
                        + " the realm " + REALM + ": stop it, or give the development Keycloak another port"
                        + " (consortia.keycloak.dev-server.port)");
            }
            int httpPort = port != 0 ? port : freePort();
            Path home = distribution();
            prepareData(dataDirectory, realmFile, home);
            Process process = launch(home, httpPort, dataDirectory);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stop(process);
                closeQuietly(ownership);
            }));
            awaitReady(process, httpPort, dataDirectory.resolve("keycloak.log"));
            LOG.infof("Keycloak %s is up: %s (log in at %s/account)", VERSION, realmUrl(httpPort), realmUrl(httpPort));
            return realmUrl(httpPort);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak", e);
        }
    }

    /**
     * Locks the data directory for this JVM's life (the lock goes with the JVM, however it ends); null
     * when another running JVM holds it.
     */
    private static FileChannel claim(Path dataDirectory) throws IOException {
        FileChannel channel = FileChannel.open(
                dataDirectory.resolve(OWNER_LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            if (channel.tryLock() != null) {
                return channel;
            }
        } catch (OverlappingFileLockException e) {
            // This very JVM started it.
        }
        channel.close();
        return null;
    }

    /**
     * Stops the Keycloak processes of this data directory (recognised by its database URL on their command
     * line) that a JVM which ended without stopping them left running. Only called with the directory's
     * lock held, so no running JVM owns them.
     */
    static void stopLeftovers(Path dataDirectory) throws IOException {
        String database = "--db-url=" + databaseUrl(dataDirectory);
        List<ProcessHandle> leftovers = ProcessHandle.allProcesses()
                .filter(process -> process.info()
                        .commandLine()
                        .map(line -> line.contains(database))
                        .orElse(false))
                .toList();
        if (leftovers.isEmpty()) {
            return;
        }
        LOG.warnf(
                "A Keycloak (processes %s) was left running on %s by a run that ended without stopping it"
                        + " (killed?): stopping it",
                leftovers.stream().map(ProcessHandle::pid).toList(), dataDirectory.toAbsolutePath());
        leftovers.forEach(ProcessHandle::destroy);
        if (!awaitEnd(leftovers, STOP_TIMEOUT)) {
            leftovers.forEach(ProcessHandle::destroyForcibly);
            if (!awaitEnd(leftovers, STOP_TIMEOUT)) {
                throw new IllegalStateException("The Keycloak left running on " + dataDirectory.toAbsolutePath()
                        + " (processes "
                        + leftovers.stream()
                                .filter(ProcessHandle::isAlive)
                                .map(ProcessHandle::pid)
                                .toList() + ") does not stop: stop it by hand and start again");
            }
        }
    }

    private static boolean awaitEnd(List<ProcessHandle> processes, Duration timeout) throws IOException {
        CompletableFuture<?>[] ends =
                processes.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(ends).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping a leftover Keycloak", e);
        } catch (ExecutionException e) {
            throw new IOException(e);
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // The JVM is ending: the lock goes with it.
        }
    }

    /** The H2 database of a data directory, as Keycloak's command line names it. */
    static String databaseUrl(Path dataDirectory) {
        return "jdbc:h2:file:" + dataDirectory.toAbsolutePath().normalize().resolve("keycloakdb")
                + ";NON_KEYWORDS=VALUE;AUTO_SERVER=TRUE";
    }

    private static String realmUrl(int port) {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    private static boolean isServing(int port) {
        try {
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create(realmUrl(port) + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(2))
                    .build();
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
        Path repository = Path.of(System.getProperty(
                "maven.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString()));
        Path zip = repository.resolve(
                "org/keycloak/keycloak-quarkus-dist/" + VERSION + "/keycloak-quarkus-dist-" + VERSION + ".zip");
        if (!Files.exists(zip)) {
            LOG.infof("Fetching org.keycloak:keycloak-quarkus-dist:%s from Maven Central", VERSION);
            run(List.of(
                    "./mvnw",
                    "-B",
                    "-q",
                    "dependency:get",
                    "-Dtransitive=false",
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
            LOG.infof(
                    "%s changed: Keycloak's data in %s is dropped and the realm imported afresh",
                    realmFile, dataDirectory);
            try (var files = Files.list(dataDirectory)) {
                for (Path file : files.filter(f -> f.getFileName().toString().startsWith("keycloakdb"))
                        .toList()) {
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
        ProcessBuilder builder = new ProcessBuilder(
                        home.resolve("bin/kc.sh").toString(),
                        "start-dev",
                        "--http-host=127.0.0.1",
                        "--http-port=" + port,
                        "--hostname=http://localhost:" + port,
                        "--import-realm",
                        "--db-url=" + databaseUrl(dataDirectory))
                .redirectErrorStream(true)
                .redirectOutput(dataDirectory.resolve("keycloak.log").toFile());
        Map<String, String> environment = builder.environment();
        environment.put("JAVA_OPTS", JAVA_OPTS);
        environment.remove("KC_DB_URL");
        LOG.infof("Starting Keycloak %s on port %d (log: %s)", VERSION, port, dataDirectory.resolve("keycloak.log"));
        return ChildProcesses.startTiedToThisJvm(builder);
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
                process.waitFor(500, TimeUnit.MILLISECONDS);
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
