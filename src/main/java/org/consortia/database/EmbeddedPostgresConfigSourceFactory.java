package org.consortia.database;

import static org.consortia.common.StandInConfigSource.isSet;
import static org.consortia.common.StandInConfigSource.valueOf;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.consortia.common.StandInConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Registers the embedded PostgreSQL as the datasource when {@code consortia.embedded-postgres.enabled}
 * is true (dev mode by default) and no datasource URL is configured. The server starts the first
 * time the URL is read, with {@code consortia.embedded-postgres.synchronous-commit} ({@code on} unless
 * configured otherwise: dev mode turns it off).
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    static final String URL = "quarkus.datasource.jdbc.url";
    static final String SYNCHRONOUS_COMMIT = "consortia.embedded-postgres.synchronous-commit";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (isSet(context, URL)
                || !Boolean.parseBoolean(valueOf(context, "consortia.embedded-postgres.enabled", "false"))) {
            return List.of();
        }
        Path dataDirectory =
                Path.of(valueOf(context, "consortia.embedded-postgres.data-directory", ".consortia-data/postgres"));
        String synchronousCommit = valueOf(context, SYNCHRONOUS_COMMIT, "on");
        return List.of(new StandInConfigSource(
                "embedded-postgres",
                Map.of(
                        URL,
                        () -> EmbeddedPostgresServer.jdbcUrl(dataDirectory, synchronousCommit),
                        "quarkus.datasource.username",
                        () -> "postgres",
                        "quarkus.datasource.password",
                        () -> "postgres")));
    }
}
