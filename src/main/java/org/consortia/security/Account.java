package org.consortia.security;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * A person's account as the identity provider describes it now: what {@link Person#follow} records.
 * Organisations are codes (the upper-cased aliases of the Keycloak organisations, as {@link CurrentUser}
 * reads them from a token); roles are the effective realm roles (those a token lists).
 */
public record Account(
        String subject,
        String username,
        boolean enabled,
        String name,
        String email,
        Set<String> organisations,
        Set<String> roles) {

    public Account {
        organisations = Set.copyOf(organisations);
        roles = Set.copyOf(roles);
    }

    /**
     * The account of a Keycloak user, member of the organisations whose aliases are given and holding
     * these realm roles. The name is Keycloak's full name, as its token mapper writes it: first and
     * last name, whichever are set.
     */
    public static Account of(
            UserRepresentation user, Collection<String> organisationAliases, Collection<String> roleNames) {
        String name = Stream.of(user.getFirstName(), user.getLastName())
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" "));
        Set<String> codes = new TreeSet<>();
        organisationAliases.forEach(alias -> codes.add(alias.toUpperCase(Locale.ROOT)));
        return new Account(
                user.getId(),
                user.getUsername(),
                Boolean.TRUE.equals(user.isEnabled()),
                name.isEmpty() ? null : name,
                user.getEmail(),
                codes,
                new TreeSet<>(roleNames));
    }
}
