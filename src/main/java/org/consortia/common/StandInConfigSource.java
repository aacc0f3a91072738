package org.consortia.common;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Configuration for a service the application starts itself in development (PostgreSQL, Keycloak):
 * each value is computed the first time it is asked for, so reading the configuration alone starts
 * nothing. Its ordinal is below application.properties (250) and the environment (300), so any
 * configured value wins.
 */
public final class StandInConfigSource implements ConfigSource {

    private final String name;
    private final Map<String, Supplier<String>> values;

    public StandInConfigSource(String name, Map<String, Supplier<String>> values) {
        this.name = name;
        this.values = Map.copyOf(values);
    }

    @Override
    public Set<String> getPropertyNames() {
        return values.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        Supplier<String> value = values.get(propertyName);
        return value == null ? null : value.get();
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public int getOrdinal() {
        return 100;
    }

    /** Whether the context has a non-blank value for {@code name}. */
    public static boolean isSet(io.smallrye.config.ConfigSourceContext context, String name) {
        var value = context.getValue(name);
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    /** The context's value for {@code name}, or {@code fallback}. */
    public static String valueOf(io.smallrye.config.ConfigSourceContext context, String name, String fallback) {
        return isSet(context, name) ? context.getValue(name).getValue() : fallback;
    }
}
