package org.consortia.notification;

import java.util.Arrays;
import java.util.List;

/** What someone chose for their mails: the language (a tag, or null for the platform's) and the kinds they do not want. */
public record Preferences(String language, List<NotificationKind> mutedKinds) {

    /** Whether mails of {@code kind} are wanted. */
    public boolean wants(NotificationKind kind) {
        return mutedKinds == null || !mutedKinds.contains(kind);
    }

    public static Preferences of(org.consortia.security.Person person) {
        return new Preferences(
                person.language,
                Arrays.stream(person.mutedKinds.split(","))
                        .filter(kind -> !kind.isBlank())
                        .flatMap(kind -> NotificationKind.forMembers().stream()
                                .filter(k -> k.name().equals(kind)))
                        .toList());
    }
}
