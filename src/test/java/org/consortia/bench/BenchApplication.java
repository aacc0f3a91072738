package org.consortia.bench;

import java.io.IOException;
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
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged application ({@code java -jar target/quarkus-app/quarkus-run.jar}, prod profile) on the
 * benchmark's database and Keycloak, configured by environment variables only as in production, with the
 * heap capped at 256 MB. The scheduled jobs are off so that the statements logged during a request are
 * the request's own.
 */
final class BenchApplication implements AutoCloseable {

    static final int PORT = 18090;
    static final String HEAP = "-Xmx256m";
    private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process process;
    private final Path log;
    private double startupSeconds;

    private BenchApplication(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static BenchApplication start(BenchOptions options, BenchDatabase database, String issuer, Path files)
            throws IOException, InterruptedException {
        Path log = options.work().resolve("app.log");
        Path uploads = options.work().resolve("uploads");
        Files.createDirectories(uploads);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP));
        Path directory = Path.of("target/quarkus-app").toAbsolutePath();
        if (options.profile()) {
            command.add("-XX:StartFlightRecording=filename=" + options.work().resolve("app.jfr") + ",settings=profile");
        }
        command.addAll(List.of("-jar", "quarkus-run.jar"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(PORT));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        env.put("QUARKUS_DATASOURCE_JDBC_MAX_SIZE", "20");
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", issuer);
        env.put("QUARKUS_OIDC_CREDENTIALS_SECRET", "consortia-web-dev-secret");
        env.put("QUARKUS_OIDC_API_CREDENTIALS_SECRET", "consortia-web-dev-secret");
        env.put("QUARKUS_OIDC_AUTHENTICATION_COOKIE_FORCE_SECURE", "false");
        env.put("QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET", "benchmark-session-secret-0123456789-abcdef");
        env.put("QUARKUS_OIDC_AUTHENTICATION_STATE_SECRET", "benchmark-sign-in-state-secret-0123456789-ab");
        env.put("CONSORTIA_WEB_CSRF_SECRET", "benchmark-form-token-secret-0123456789-abcd");
        env.put("CONSORTIA_FILES_DIRECTORY", files.toString());
        env.put("CONSORTIA_FILES_MAX_SIZE", (options.largeFileMegabytes() + 10) + "M");
        env.put("QUARKUS_HTTP_LIMITS_MAX_BODY_SIZE", (options.largeFileMegabytes() + 20) + "M");
        env.put("QUARKUS_HTTP_BODY_UPLOADS_DIRECTORY", uploads.toString());
        env.put("CONSORTIA_DEMO_ENABLED", "false");
        env.put("CONSORTIA_NOTIFICATIONS_SEND_EVERY", "off");
        env.put("CONSORTIA_NOTIFICATIONS_REMIND_EVERY", "off");
        env.put("CONSORTIA_METRICS_REFRESH_EVERY", "off");
        Process process = builder.start();
        BenchApplication application = new BenchApplication(process, log);
        try {
            awaitReady(process, log);
            Matcher started = STARTED.matcher(Files.readString(log));
            if (!started.find()) {
                throw new IOException("The application did not say how long it took to start; see " + log);
            }
            application.startupSeconds = Double.parseDouble(started.group(1));
            return application;
        } catch (IOException | InterruptedException | RuntimeException e) {
            application.close();
            throw e;
        }
    }

    private static void awaitReady(Process process, Path log) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        URI ready = URI.create("http://127.0.0.1:" + PORT + "/q/health/ready");
        while (true) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IOException("The application did not become ready; see " + log);
            }
            process.waitFor(100, TimeUnit.MILLISECONDS);
        }
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + PORT);
    }

    /** What Quarkus reports as its start-up time (from the launch to serving). */
    double startupSeconds() {
        return startupSeconds;
    }

    /** The resident memory of the application's process, in megabytes. */
    long residentMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the memory of process " + process.pid(), e);
        }
        throw new IllegalStateException("No VmRSS for process " + process.pid());
    }

    Path log() {
        return log;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
