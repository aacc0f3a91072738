package org.consortia.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import org.consortia.keycloak.KeycloakDevServer;

/**
 * One real Keycloak for the whole test run, with keycloak-realm.json imported into fresh data, on a
 * free port. It is stopped with the JVM.
 *
 * <p>The test realm signs its tokens with a key made for this run (its private half handed to the
 * tests through {@link #SIGNING_KEY}), so a test can mint a token the realm itself would have
 * signed, e.g. one that has expired. It also has a client only the tests know, {@link #ADMIN_CLIENT},
 * whose service account administers the realm: tests change accounts through it ({@link KeycloakAdmin}).
 */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {

    /** System property holding the realm's signing key for this run, PKCS#8, base64. */
    public static final String SIGNING_KEY = "consortia.test.realm-signing-key";

    /** A client of the test realm only, whose service account is the realm's administrator. */
    public static final String ADMIN_CLIENT = "consortia-test-admin";

    public static final String ADMIN_CLIENT_SECRET = "consortia-test-admin-secret";

    private static String realmUrl;

    @Override
    public synchronized Map<String, String> start() {
        if (realmUrl == null) {
            Path data = Path.of("target", "keycloak-test-data");
            deleteRecursively(data);
            realmUrl = KeycloakDevServer.start(0, data, realmWithRunKey(Path.of("target", "keycloak-test-realm.json")));
        }
        return Map.of("quarkus.oidc.auth-server-url", realmUrl);
    }

    @Override
    public void stop() {
        // Kept for the next test profile; stopped with the JVM.
    }

    private static Path realmWithRunKey(Path target) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            String privateKey =
                    Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
            System.setProperty(SIGNING_KEY, privateKey);

            ObjectMapper json = new ObjectMapper();
            ObjectNode realm =
                    (ObjectNode) json.readTree(Path.of("keycloak-realm.json").toFile());
            ObjectNode provider =
                    json.createObjectNode().put("name", "test-run-key").put("providerId", "rsa");
            ObjectNode config = provider.putObject("config");
            config.putArray("priority").add("1000");
            config.putArray("enabled").add("true");
            config.putArray("active").add("true");
            config.putArray("algorithm").add("RS256");
            config.putArray("privateKey").add(privateKey);
            ArrayNode providers = realm.putObject("components").putArray("org.keycloak.keys.KeyProvider");
            providers.add(provider);
            ((ArrayNode) realm.get("clients"))
                    .addObject()
                    .put("clientId", ADMIN_CLIENT)
                    .put("publicClient", false)
                    .put("secret", ADMIN_CLIENT_SECRET)
                    .put("standardFlowEnabled", false)
                    .put("serviceAccountsEnabled", true);
            ObjectNode serviceAccount = ((ArrayNode) realm.get("users"))
                    .addObject()
                    .put("username", "service-account-" + ADMIN_CLIENT)
                    .put("enabled", true)
                    .put("serviceAccountClientId", ADMIN_CLIENT);
            serviceAccount.putObject("clientRoles").putArray("realm-management").add("realm-admin");
            Files.createDirectories(target.getParent());
            json.writerWithDefaultPrettyPrinter().writeValue(target.toFile(), realm);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path directory) {
        try {
            Directories.delete(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
