package org.consortia.security;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The accounts in Keycloak, read through its admin REST API (the Keycloak admin client, over the Quarkus
 * REST client) as the service account of {@code consortia-sync}, which may view users and organisations
 * and nothing more. Accounts and each organisation's members are listed page by page; the effective realm
 * roles (directly granted, through a group or a composite role alike) take one call per recorded person
 * Keycloak knows; a recorded person missing from the listing is asked for by id, and only Keycloak's 404
 * says they are gone. Membership of a disabled organisation counts for nothing.
 */
@ApplicationScoped
public class KeycloakDirectory implements Directory {

    private final PeopleConfig config;
    private final String authServerUrl;
    private Keycloak keycloak;

    KeycloakDirectory(
            PeopleConfig config, @ConfigProperty(name = "quarkus.oidc.auth-server-url") String authServerUrl) {
        this.config = config;
        this.authServerUrl = authServerUrl;
    }

    @Override
    public Accounts read(Set<String> subjects) {
        RealmResource realm = realm();
        Map<String, UserRepresentation> users = new HashMap<>();
        pages((first, max) -> realm.users().search(null, first, max, true))
                .forEach(user -> users.put(user.getId(), user));
        Map<String, Set<String>> organisations = new HashMap<>();
        for (OrganizationRepresentation organisation : pages(realm.organizations()::list)) {
            if (!organisation.isEnabled()) {
                continue;
            }
            pages((first, max) -> realm.organizations()
                            .get(organisation.getId())
                            .members()
                            .list(first, max))
                    .forEach(member -> organisations
                            .computeIfAbsent(member.getId(), id -> new HashSet<>())
                            .add(organisation.getAlias()));
        }
        Map<String, Account> found = new HashMap<>();
        Set<String> gone = new HashSet<>();
        for (String subject : subjects) {
            UserRepresentation user = users.containsKey(subject) ? users.get(subject) : byId(realm, subject);
            if (user == null) {
                gone.add(subject);
                continue;
            }
            List<String> roles = realm.users().get(subject).roles().realmLevel().listEffective().stream()
                    .map(RoleRepresentation::getName)
                    .toList();
            found.put(subject, Account.of(user, organisations.getOrDefault(subject, Set.of()), roles));
        }
        return new Accounts(found, gone);
    }

    /** The user with this id, or null when Keycloak answers that there is none. */
    private static UserRepresentation byId(RealmResource realm, String id) {
        try {
            return realm.users().get(id).toRepresentation();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return null;
            }
            throw e;
        }
    }

    /** Every item of a list the admin API gives page by page. */
    private <T> List<T> pages(BiFunction<Integer, Integer, List<T>> page) {
        int size = config.syncPageSize();
        List<T> all = new ArrayList<>();
        for (int first = 0; ; first += size) {
            List<T> items = page.apply(first, size);
            all.addAll(items);
            if (items.size() < size) {
                return all;
            }
        }
    }

    private synchronized RealmResource realm() {
        String secret = config.syncClientSecret()
                .filter(s -> !s.isBlank())
                .orElseThrow(() -> new IllegalStateException("no secret for the client " + config.syncClientId()
                        + ": set CONSORTIA_PEOPLE_SYNC_CLIENT_SECRET"));
        String realmUrl = config.keycloakRealmUrl().orElse(authServerUrl).replaceAll("/+$", "");
        int at = realmUrl.lastIndexOf("/realms/");
        if (at < 0) {
            throw new IllegalStateException(realmUrl + " is not the address of a Keycloak realm (…/realms/<name>)");
        }
        String realmName = realmUrl.substring(at + "/realms/".length());
        if (keycloak == null) {
            keycloak = KeycloakBuilder.builder()
                    .serverUrl(realmUrl.substring(0, at))
                    .realm(realmName)
                    .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                    .clientId(config.syncClientId())
                    .clientSecret(secret)
                    .build();
        }
        return keycloak.realm(realmName);
    }

    @PreDestroy
    synchronized void close() {
        if (keycloak != null) {
            keycloak.close();
        }
    }
}
