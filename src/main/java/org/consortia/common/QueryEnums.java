package org.consortia.common;

import java.util.List;
import java.util.Locale;

/**
 * Enum values given as query parameters, in any case: absent when blank, a 400 on {@code name} naming the values
 * expected otherwise (rather than JAX-RS's 404 for a parameter it cannot convert).
 */
public final class QueryEnums {

    private QueryEnums() {}

    /** Every value of a repeatable parameter, each occurrence possibly a comma-separated list. */
    public static <E extends Enum<E>> List<E> list(String name, List<String> values, Class<E> type) {
        if (values == null) {
            return List.of();
        }
        return values.stream()
                .flatMap(value -> List.of(value.split(",")).stream())
                .map(String::trim)
                .filter(value -> !value.isEmpty())
                .map(value -> parse(name, value, type))
                .toList();
    }

    /** The value of a single parameter; null when it is absent or blank. */
    public static <E extends Enum<E>> E optional(String name, String value, Class<E> type) {
        return value == null || value.isBlank() ? null : parse(name, value.strip(), type);
    }

    private static <E extends Enum<E>> E parse(String name, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidDataProblem(
                    name, "unknown value " + value + "; expected one of " + List.of(type.getEnumConstants()));
        }
    }
}
