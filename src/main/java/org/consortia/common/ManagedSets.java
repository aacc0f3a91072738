package org.consortia.common;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** The collections an entity holds (its contributors, its hosts), changed without touching what stays. */
public final class ManagedSets {

    private ManagedSets() {}

    /**
     * Makes {@code current} hold {@code wanted}, changing it only where it differs: an unchanged collection leaves the
     * entity's version alone.
     */
    public static <T> void replace(Set<T> current, Collection<T> wanted) {
        Set<T> target = new HashSet<>(wanted);
        if (!current.equals(target)) {
            current.retainAll(target);
            current.addAll(target);
        }
    }
}
