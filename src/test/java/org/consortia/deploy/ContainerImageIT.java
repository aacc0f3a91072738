package org.consortia.deploy;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.consortia.common.Sha256;
import org.consortia.keycloak.KeycloakDevServer;
import org.consortia.testsupport.Directories;
import org.consortia.testsupport.MinimalPdf;
import org.consortia.testsupport.PackagedApplication;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The image of {@code deploy/container/Containerfile}, built and run, after {@code package}: on a Java 17 runtime
 * bootstrapped from Debian's packages ({@link DebianRuntimeImage}, cached), with the application built on the
 * host; run as uid 10001 on a read-only root file system with only {@code /tmp} (a tmpfs) and the files volume
 * writable, against a PostgreSQL and a Keycloak of its own on free ports. It answers ready, serves a signed-in
 * API call, and stores an upload on its volume that downloads back byte for byte.
 */
class ContainerImageIT {

    private static final Path WORK = Path.of("target/container-image-it").toAbsolutePath();
    private static final Path APPLICATION = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final String DELIVERABLE = "/api/projects/FORESEE/deliverables/D6.5";
    private static final int APPLICATION_UID = 10001;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void theImageRunsReadOnlyAsItsOwnUserAgainstPostgresqlAndKeycloak() throws Exception {
        Instant start = Instant.now();
        assertThat("the application is packaged first (./mvnw package)", Files.exists(APPLICATION), equalTo(true));
        Directories.delete(WORK);
        Podman podman = Podman.onThisMachine(WORK);
        // Keycloak takes a while to start: it does so while the image builds.
        CompletableFuture<String> keycloak = CompletableFuture.supplyAsync(
                () -> KeycloakDevServer.start(0, WORK.resolve("keycloak"), Path.of("keycloak-realm.json")));
        String image = build(podman);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String issuer = keycloak.join();
            int port = freePort();
            URI application = URI.create("http://127.0.0.1:" + port);
            Path files = filesVolume();
            String container = "consortia-it-" + ProcessHandle.current().pid();
            Path log = WORK.resolve("container.log");
            Process run = podman.process(
                            "run",
                            "--rm",
                            "--name",
                            container,
                            "--user",
                            Integer.toString(APPLICATION_UID),
                            // Nothing writable but what is mounted: /tmp and the files volume, as on Kubernetes.
                            "--read-only",
                            "--read-only-tmpfs=false",
                            "--tmpfs",
                            "/tmp",
                            "--network",
                            "host",
                            // The test checks the health itself; Podman's timer for HEALTHCHECK needs systemd.
                            "--no-healthcheck",
                            "--env-file",
                            environment(port, postgres.getPort(), issuer).toString(),
                            "-v",
                            files + ":/var/lib/consortia/files",
                            image)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            try {
                PackagedApplication.awaitAnswer(
                        run, application.resolve("/q/health/ready"), log, Duration.ofMinutes(3));
                System.out.println("ContainerImageIT: the container is ready after "
                        + Duration.between(start, Instant.now()).toSeconds() + " s in all");

                String token = Tokens.fromIssuer(issuer, "unipso-coordinator");
                HttpResponse<String> me =
                        HTTP.send(get(application.resolve("/api/me"), token), HttpResponse.BodyHandlers.ofString());
                assertThat(me.body(), me.statusCode(), equalTo(200));
                assertThat(me.body(), containsString("\"username\":\"unipso-coordinator\""));

                byte[] pdf = MinimalPdf.bytes();
                HttpResponse<String> uploaded = HTTP.send(
                        HttpRequest.newBuilder(application.resolve(DELIVERABLE + "/files/content?name=minutes.pdf"))
                                .header("Authorization", "Bearer " + token)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(pdf))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(uploaded.body(), uploaded.statusCode(), equalTo(201));
                int version = new ObjectMapper()
                        .readTree(uploaded.body())
                        .get("version")
                        .asInt();
                HttpResponse<byte[]> downloaded = HTTP.send(
                        get(application.resolve(DELIVERABLE + "/files/" + version), token),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertThat(downloaded.statusCode(), equalTo(200));
                assertThat("downloaded byte for byte", Sha256.hex(downloaded.body()), equalTo(Sha256.hex(pdf)));
                assertThat(
                        "the upload is on the volume, written by the application's user",
                        storedFiles(files),
                        hasItem(Map.entry((long) pdf.length, APPLICATION_UID)));
            } catch (AssertionError | Exception e) {
                System.out.println(
                        "ContainerImageIT failed; the container's output (" + log + "):\n" + Files.readString(log));
                throw e;
            } finally {
                remove(podman, container, run);
            }
        }
        System.out.println("ContainerImageIT took "
                + Duration.between(start, Instant.now()).toSeconds() + " s");
    }

    /**
     * The image, built from the published Containerfile with the local runtime as its base. It keeps one tag per
     * checkout, so that the next build reuses its unchanged layers (apt-get, the libraries); the image it replaces
     * is removed, with the layers no other image uses.
     */
    private static String build(Podman podman) throws IOException, InterruptedException {
        String runtime = DebianRuntimeImage.ensure(podman);
        String image = "localhost/consortia-it:"
                + Sha256.hex(Path.of("").toAbsolutePath().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .substring(0, 12);
        String previous = podman.imageExists(image)
                ? podman.run("image", "inspect", "--format", "{{.Id}}", image).strip()
                : null;
        Instant start = Instant.now();
        podman.run(
                "build",
                "--network",
                "host",
                "--format",
                "docker",
                "-f",
                "deploy/container/Containerfile",
                "--build-arg",
                "RUNTIME_IMAGE=" + runtime,
                "-t",
                image,
                ".");
        System.out.println("ContainerImageIT: " + image + " built in "
                + Duration.between(start, Instant.now()).toSeconds() + " s");
        String built =
                podman.run("image", "inspect", "--format", "{{.Id}}", image).strip();
        if (previous != null && !previous.equals(built)) {
            podman.run("rmi", previous);
        }
        return image;
    }

    /** What the container is given, as in README "Deploy it": environment variables only. */
    private static Path environment(int port, int postgresPort, String issuer) throws IOException {
        Map<String, String> env = new TreeMap<>(PackagedApplication.environment(
                port, "jdbc:postgresql://localhost:" + postgresPort + "/postgres", issuer));
        env.put("CONSORTIA_DEMO_ENABLED", "true");
        env.put("CONSORTIA_FILES_DIRECTORY", "/var/lib/consortia/files");
        env.put("CONSORTIA_NOTIFICATIONS_SEND_EVERY", "off");
        env.put("CONSORTIA_NOTIFICATIONS_REMIND_EVERY", "off");
        Path file = WORK.resolve("application.env");
        Files.writeString(
                file,
                env.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("\n", "", "\n")));
        return file;
    }

    /** The host directory mounted as the files volume, owned by the application's user as a volume would be. */
    private static Path filesVolume() throws IOException {
        Path files = Files.createDirectories(WORK.resolve("files"));
        Files.setAttribute(files, "unix:uid", APPLICATION_UID);
        Files.setAttribute(files, "unix:gid", APPLICATION_UID);
        return files;
    }

    /** Size and owner of every file on the volume. */
    private static List<Map.Entry<Long, Integer>> storedFiles(Path files) throws IOException {
        try (Stream<Path> all = Files.walk(files)) {
            var stored = new ArrayList<Map.Entry<Long, Integer>>();
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                stored.add(Map.entry(Files.size(file), (Integer) Files.getAttribute(file, "unix:uid")));
            }
            return stored;
        }
    }

    private static void remove(Podman podman, String container, Process run) throws InterruptedException {
        try {
            podman.run("rm", "--force", "--ignore", "--time", "10", container);
        } catch (IOException e) {
            System.out.println("Could not remove the container " + container + ": " + e.getMessage());
        }
        if (!run.waitFor(30, TimeUnit.SECONDS)) {
            run.destroyForcibly();
        }
    }

    private static HttpRequest get(URI uri, String token) {
        return HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token)
                .build();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
