package org.consortia.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consortia.testsupport.PackagedApplication;

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
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP));
        Path directory = Path.of("target/quarkus-app").toAbsolutePath();
        if (options.profile()) {
            command.add("-XX:StartFlightRecording=filename=" + options.work().resolve("app.jfr") + ",settings=profile");
        }
        command.addAll(List.of("-jar", "quarkus-run.jar"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.putAll(PackagedApplication.environment(PORT, database.jdbcUrl(), issuer));
        env.put("QUARKUS_DATASOURCE_JDBC_MAX_SIZE", "20");
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
            PackagedApplication.awaitAnswer(
                    process, URI.create("http://127.0.0.1:" + PORT + "/q/health/ready"), log, START_TIMEOUT);
            Matcher started = STARTED.matcher(Files.readString(log));
            if (!started.find()) {
                throw new IOException("The application did not say how long it took to start; see " + log);
            }
            application.startupSeconds = Double.parseDouble(started.group(1));
            return application;
        } catch (IOException | RuntimeException e) {
            application.close();
            throw e;
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
