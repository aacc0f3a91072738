package org.consortia.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * When the embedded PostgreSQL stands in, that asking for the configuration starts nothing, and how
 * durable its commits are in each profile.
 */
class EmbeddedPostgresConfigSourceFactoryTest {

    private final EmbeddedPostgresConfigSourceFactory factory = new EmbeddedPostgresConfigSourceFactory();

    @Test
    void aConfiguredDatasourceWins() {
        var sources = factory.getConfigSources(context(Map.of(
                "consortia.embedded-postgres.enabled",
                "true",
                "quarkus.datasource.jdbc.url",
                "jdbc:postgresql://db:5432/consortia")));
        assertFalse(sources.iterator().hasNext());
    }

    @Test
    void nothingStandsInUnlessEnabled() {
        assertFalse(factory.getConfigSources(context(Map.of())).iterator().hasNext());
        assertFalse(factory.getConfigSources(context(Map.of("consortia.embedded-postgres.enabled", "false")))
                .iterator()
                .hasNext());
    }

    @Test
    void enabledWithoutUrlSuppliesTheDatasourceLazily() {
        Iterator<ConfigSource> sources = factory.getConfigSources(
                        context(Map.of("consortia.embedded-postgres.enabled", "true")))
                .iterator();
        assertTrue(sources.hasNext());
        ConfigSource source = sources.next();
        assertTrue(source.getPropertyNames().contains("quarkus.datasource.jdbc.url"));
        assertEquals("postgres", source.getValue("quarkus.datasource.username"));
        assertTrue(source.getOrdinal() < 250, "application.properties and the environment must win");
    }

    @ParameterizedTest
    @CsvSource({"prod, on", "dev, off"})
    void commitsAreAnsweredOnceOnDiskOutsideDevMode(String profile, String synchronousCommit) throws IOException {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withProfile(profile)
                .withSources(new PropertiesConfigSource(getClass().getResource("/application.properties")))
                .build();
        assertEquals(
                synchronousCommit,
                config.getValue(EmbeddedPostgresConfigSourceFactory.SYNCHRONOUS_COMMIT, String.class));
    }

    private static ConfigSourceContext context(Map<String, String> values) {
        return new ConfigSourceContext() {
            @Override
            public ConfigValue getValue(String name) {
                return ConfigValue.builder()
                        .withName(name)
                        .withValue(values.get(name))
                        .build();
            }

            @Override
            public List<String> getProfiles() {
                return List.of();
            }

            @Override
            public Iterator<String> iterateNames() {
                return values.keySet().iterator();
            }
        };
    }
}
