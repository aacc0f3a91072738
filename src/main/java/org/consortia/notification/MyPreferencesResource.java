package org.consortia.notification;

import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.consortia.common.InvalidDataProblem;
import org.consortia.security.AccessPolicy;
import org.consortia.security.People;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code /api/me/preferences}: the language of the caller's mails and the kinds of notices they do not
 * want by mail (they stay in the platform). A PUT replaces both.
 */
@Path("/api/me/preferences")
public class MyPreferencesResource {

    private final People people;
    private final AccessPolicy access;
    private final List<Locale> languages;

    MyPreferencesResource(
            People people, AccessPolicy access, @ConfigProperty(name = "quarkus.locales") List<Locale> languages) {
        this.people = people;
        this.access = access;
        this.languages = languages;
    }

    @GET
    public Preferences get() {
        return Preferences.of(people.person(access.user()).orElseThrow());
    }

    @PUT
    public Preferences put(@NotNull Preferences preferences) {
        String language =
                preferences.language() == null || preferences.language().isBlank()
                        ? null
                        : languages.stream()
                                .map(Locale::toLanguageTag)
                                .filter(tag -> tag.equalsIgnoreCase(
                                        preferences.language().strip()))
                                .findFirst()
                                .orElseThrow(() -> new InvalidDataProblem(
                                        "language",
                                        "must be one of "
                                                + languages.stream()
                                                        .map(Locale::toLanguageTag)
                                                        .collect(Collectors.joining(", "))));
        List<NotificationKind> muted = preferences.mutedKinds() == null ? List.of() : preferences.mutedKinds();
        if (muted.contains(null)) {
            throw new InvalidDataProblem("mutedKinds", "must list kinds of notices");
        }
        return Preferences.of(people.choose(
                access.user(), language, muted.stream().map(Enum::name).collect(Collectors.toSet())));
    }
}
