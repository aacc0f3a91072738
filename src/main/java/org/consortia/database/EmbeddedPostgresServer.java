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
}
