package org.consortia.common;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Values written into a JPQL query instead of bound as a list parameter. Hibernate translates a query with a
 * list parameter again at every call (its SQL depends on the list's length), which costs more than running it;
 * a query with constants is translated once and cached. Only for values that cannot carry text from outside:
 * ids read from the database and enum constants.
 */
public final class QueryLiterals {

    private QueryLiterals() {}

    /** {@code (3, 5, 8)}: the ids, for {@code x.id in …}; at least one. */
    public static String ids(Collection<Long> ids) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("An id list in a query needs at least one id");
        }
        return ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
    }

    /** {@code (org.example.Kind.A, org.example.Kind.B)}: the enum constants, for {@code x.kind in …}. */
    public static String enums(Collection<? extends Enum<?>> values) {
        return values.stream()
                .map(value -> value.getDeclaringClass().getName() + "." + value.name())
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
