package org.consortia.database;

import java.nio.file.Path;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Answers the datasource settings with those of the embedded PostgreSQL, which it starts the first
 * time the datasource URL is asked for: reading the configuration alone starts nothing.
 */
final class EmbeddedPostgresConfigSource implements ConfigSource {

    static final String URL = "quarkus.datasource.jdbc.url";
    private static final String USERNAME = "quarkus.datasource.username";
    private static final String PASSWORD = "quarkus.datasource.password";

    private final Path dataDirectory;

    EmbeddedPostgresConfigSource(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(URL, USERNAME, PASSWORD);
    }

    @Override
    public String getValue(String propertyName) {
        return switch (propertyName) {
            case URL -> EmbeddedPostgresServer.jdbcUrl(dataDirectory);
            case USERNAME, PASSWORD -> "postgres";
            default -> null;
        };
    }

    @Override
    public String getName() {
        return "embedded-postgres";
    }

    /** Below application.properties (250) and the environment (300): any configured value wins. */
    @Override
    public int getOrdinal() {
        return 100;
    }
}
