package org.consortia.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code deploy/keycloak/realm-production.json} is {@code keycloak-realm.json} made fit for
 * production, and nothing else: no demo accounts (nor their organisation memberships), no
 * password-grant client, the secrets of {@code consortia-web} and {@code consortia-sync} (whose service
 * account is the one user kept) and the public URL as placeholders that Keycloak fills in from its
 * environment at import, brute-force detection and a password policy. When the
 * development realm changes, this test fails until the production file is written again:
 * {@code ./mvnw test -Dtest=ProductionRealmTest -Dconsortia.deploy.write-realm=true}.
 */
class ProductionRealmTest {

    static final Path DEVELOPMENT = Path.of("keycloak-realm.json");
    static final Path PRODUCTION = Path.of("deploy/keycloak/realm-production.json");

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void theProductionRealmIsTheDevelopmentRealmWithoutItsDemoAccounts() throws IOException {
        JsonNode expected = production(json.readTree(DEVELOPMENT.toFile()));
        if (Boolean.getBoolean("consortia.deploy.write-realm")) {
            Files.writeString(PRODUCTION, json.writeValueAsString(expected) + "\n");
        }
        JsonNode actual = json.readTree(PRODUCTION.toFile());
        assertEquals(expected, actual, PRODUCTION + " is out of date: write it again (see this test's comment)");

        assertEquals(1, actual.get("users").size(), "no demo accounts");
        assertEquals(
                "consortia-sync",
                actual.get("users").get(0).get("serviceAccountClientId").asText());
        assertEquals(
                "[\"view-users\",\"view-organizations\"]",
                actual.get("users")
                        .get(0)
                        .get("clientRoles")
                        .get("realm-management")
                        .toString(),
                "the sync reads accounts and memberships, and changes nothing");
        actual.get("organizations").forEach(o -> assertFalse(o.has("members"), "no demo memberships"));
        assertEquals(2, actual.get("clients").size(), "consortia-web and consortia-sync only");
        assertTrue(actual.get("bruteForceProtected").asBoolean());
        assertTrue(actual.get("passwordPolicy").asText().contains("length(12)"));
        assertEquals(
                "${CONSORTIA_OIDC_CLIENT_SECRET}",
                actual.get("clients").get(0).get("secret").asText());
        JsonNode sync = actual.get("clients").get(1);
        assertEquals(
                "${CONSORTIA_PEOPLE_SYNC_CLIENT_SECRET}", sync.get("secret").asText());
        assertTrue(sync.get("serviceAccountsEnabled").asBoolean());
        assertFalse(sync.get("standardFlowEnabled").asBoolean(), "client credentials only");
        assertFalse(sync.get("directAccessGrantsEnabled").asBoolean(), "client credentials only");
    }

    /** The development realm, made fit for production. */
    static JsonNode production(JsonNode development) {
        ObjectNode realm = development.deepCopy();
        ArrayNode users = (ArrayNode) realm.get("users");
        for (int i = users.size() - 1; i >= 0; i--) {
            if (!users.get(i).has("serviceAccountClientId")) {
                users.remove(i);
            }
        }
        realm.get("organizations").forEach(o -> ((ObjectNode) o).remove("members"));
        ArrayNode clients = (ArrayNode) realm.get("clients");
        for (int i = clients.size() - 1; i >= 0; i--) {
            String clientId = clients.get(i).get("clientId").asText();
            if (!"consortia-web".equals(clientId) && !"consortia-sync".equals(clientId)) {
                clients.remove(i);
            }
        }
        ObjectNode web = (ObjectNode) clients.get(0);
        web.put("secret", "${CONSORTIA_OIDC_CLIENT_SECRET}");
        web.putArray("redirectUris").add("${CONSORTIA_PUBLIC_URL}/*");
        ((ObjectNode) web.get("attributes")).put("post.logout.redirect.uris", "${CONSORTIA_PUBLIC_URL}/*");
        ((ObjectNode) clients.get(1)).put("secret", "${CONSORTIA_PEOPLE_SYNC_CLIENT_SECRET}");
        realm.put("bruteForceProtected", true);
        realm.put("permanentLockout", false);
        realm.put("failureFactor", 10);
        realm.put("passwordPolicy", "length(12) and notUsername and notEmail and passwordHistory(3)");
        return realm;
    }
}
