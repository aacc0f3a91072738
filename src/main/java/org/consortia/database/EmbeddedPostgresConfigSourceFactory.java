package org.consortia.database;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Registers the embedded PostgreSQL as the datasource when {@code consortia.embedded-postgres.enabled}
 * is true (dev mode by default) and no datasource URL is configured.
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (isSet(context.getValue(EmbeddedPostgresConfigSource.URL))
                || !Boolean.parseBoolean(valueOf(context.getValue("consortia.embedded-postgres.enabled"), "false"))) {
            return List.of();
        }
        Path dataDirectory = Path.of(valueOf(context.getValue("consortia.embedded-postgres.data-directory"),
                ".consortia-data/postgres"));
        return List.of(new EmbeddedPostgresConfigSource(dataDirectory));
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    private static String valueOf(ConfigValue value, String fallback) {
        return isSet(value) ? value.getValue() : fallback;
    }
}
