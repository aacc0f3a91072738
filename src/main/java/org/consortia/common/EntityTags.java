package org.consortia.common;

import jakarta.ws.rs.core.EntityTag;
import java.util.Arrays;

/** Optimistic locking over HTTP: the entity's version is its ETag, checked against {@code If-Match}. */
public final class EntityTags {

    private EntityTags() {}

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Refuses the write when {@code ifMatch} is given and names none of {@code currentVersion}, {@code *}. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String current = Long.toString(currentVersion);
        boolean matches = Arrays.stream(ifMatch.split(","))
                .map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .map(tag -> tag.replace("\"", ""))
                .anyMatch(tag -> tag.equals("*") || tag.equals(current));
        if (!matches) {
            throw new StaleVersionProblem(currentVersion);
        }
    }
}
