package org.consortia.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.consortia.keycloak.KeycloakDevServer;

/**
 * One real Keycloak for the whole test run, with keycloak-realm.json imported into fresh data, on a
 * free port. It is stopped with the JVM.
 */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {

    private static String realmUrl;

    @Override
    public synchronized Map<String, String> start() {
        if (realmUrl == null) {
            Path data = Path.of("target", "keycloak-test-data");
            deleteRecursively(data);
            realmUrl = KeycloakDevServer.start(0, data, Path.of("keycloak-realm.json"));
        }
        return Map.of("quarkus.oidc.auth-server-url", realmUrl);
    }

    @Override
    public void stop() {
        // Kept for the next test profile; stopped with the JVM.
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
