package org.consortia.testsupport;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.consortia.keycloak.KeycloakDevServer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Changes to the test realm's accounts, made as its administrator ({@link KeycloakResource#ADMIN_CLIENT}).
 * The demo accounts are shared by every test: a test that changes an account makes its own.
 */
public final class KeycloakAdmin {

    private static Keycloak keycloak;

    private KeycloakAdmin() {}

    public static synchronized RealmResource realm() {
        if (keycloak == null) {
            String realmUrl = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
            keycloak = KeycloakBuilder.builder()
                    .serverUrl(realmUrl.substring(0, realmUrl.lastIndexOf("/realms/")))
                    .realm(KeycloakDevServer.REALM)
                    .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                    .clientId(KeycloakResource.ADMIN_CLIENT)
                    .clientSecret(KeycloakResource.ADMIN_CLIENT_SECRET)
                    .build();
        }
        return keycloak.realm(KeycloakDevServer.REALM);
    }

    /**
     * A new account {@code username} (password {@link Tokens#PASSWORD}), member of the organisation whose
     * alias is given and holding these realm roles; its id (the subject of its tokens).
     */
    public static String createMember(String username, String organisationAlias, String... realmRoles) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEnabled(true);
        user.setEmail(username + "@" + organisationAlias + ".example");
        user.setEmailVerified(true);
        user.setFirstName("Test");
        user.setLastName(username);
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(Tokens.PASSWORD);
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        String id;
        try (Response created = realm().users().create(user)) {
            id = CreatedResponseUtil.getCreatedId(created);
        }
        try (Response added = realm().organizations()
                .get(organisation(organisationAlias).getId())
                .members()
                .addMember(id)) {
            if (added.getStatus() != 201) {
                throw new IllegalStateException(
                        "Could not add " + username + " to " + organisationAlias + ": " + added.getStatus());
            }
        }
        for (String role : realmRoles) {
            account(id)
                    .roles()
                    .realmLevel()
                    .add(List.of(realm().roles().get(role).toRepresentation()));
        }
        return id;
    }

    public static UserResource account(String id) {
        return realm().users().get(id);
    }

    public static void removeFromOrganisation(String id, String organisationAlias) {
        try (Response removed = realm().organizations()
                .get(organisation(organisationAlias).getId())
                .members()
                .member(id)
                .delete()) {
            if (removed.getStatus() != 204) {
                throw new IllegalStateException(
                        "Could not remove " + id + " from " + organisationAlias + ": " + removed.getStatus());
            }
        }
    }

    public static void setEnabled(String id, boolean enabled) {
        UserRepresentation user = account(id).toRepresentation();
        user.setEnabled(enabled);
        account(id).update(user);
    }

    private static OrganizationRepresentation organisation(String alias) {
        return realm().organizations().list(0, 1000).stream()
                .filter(o -> alias.equals(o.getAlias()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No organisation " + alias));
    }
}
