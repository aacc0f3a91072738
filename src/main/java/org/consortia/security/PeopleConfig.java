package org.consortia.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * {@code consortia.people.*}: how the recorded people are kept in step with Keycloak ({@link PeopleSync}),
 * through its admin REST API with the service account of the client {@code consortia-sync}.
 */
@ConfigMapping(prefix = "consortia.people")
public interface PeopleConfig {

    /** How often the sync runs (read by PeopleSync's {@code @Scheduled}; {@code off} stops it). */
    @WithDefault("15m")
    String syncEvery();

    /** The confidential client whose service account reads the realm (client credentials grant). */
    @WithDefault("consortia-sync")
    String syncClientId();

    /**
     * Its secret ({@code CONSORTIA_PEOPLE_SYNC_CLIENT_SECRET}); without one, each run logs a warning and
     * changes nobody.
     */
    Optional<String> syncClientSecret();

    /** How many accounts or members one call to the admin API lists. */
    @WithDefault("100")
    int syncPageSize();

    /**
     * The realm's address for the admin API, e.g. {@code http://keycloak:8080/realms/consortia}; by default
     * the one sign-in uses ({@code quarkus.oidc.auth-server-url}). Set it when the application reaches
     * Keycloak's admin API by another address.
     */
    Optional<String> keycloakRealmUrl();
}
