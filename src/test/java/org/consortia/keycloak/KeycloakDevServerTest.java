package org.consortia.keycloak;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.consortia.testsupport.Directories;
import org.junit.jupiter.api.Test;

/**
 * What the development Keycloak does at start about what an earlier run left, without starting one: the
 * leftover is a stand-in process whose command line names the data as Keycloak's does.
 */
class KeycloakDevServerTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private final Path root = Path.of("target", "keycloak-dev-server-test");

    @Test
    void aKeycloakLeftOnTheSameDataIsStoppedAndOneOnOtherDataIsNot() throws Exception {
        Directories.delete(root);
        Path ours = root.resolve("ours");
        Process leftover = standIn(ours);
        Process another = standIn(root.resolve("another"));
        try {
            KeycloakDevServer.stopLeftovers(ours);
            assertTrue(leftover.waitFor(DEADLINE.toMillis(), TimeUnit.MILLISECONDS), "the leftover was stopped");
            assertTrue(another.isAlive(), "another directory's Keycloak is not ours to stop");
        } finally {
            leftover.destroyForcibly();
            another.destroyForcibly();
        }
    }

    @Test
    void aPortTakenBySomethingElseIsRefusedWithItsNumber() throws Exception {
        try (ServerSocket squatter = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = squatter.getLocalPort();
            IllegalStateException refused = assertThrows(
                    IllegalStateException.class,
                    () -> KeycloakDevServer.start(port, root.resolve("squatted"), Path.of("keycloak-realm.json")));
            assertThat(
                    refused.getMessage(),
                    containsString("Port " + port + " is taken by a program that is not a" + " Keycloak"));
        }
    }

    /** A process that waits on its standard input, with Keycloak's arguments for {@code data}. */
    private static Process standIn(Path data) throws IOException {
        return new ProcessBuilder(
                        "sh",
                        "-c",
                        "read line",
                        "sh",
                        "io.quarkus.bootstrap.runner.QuarkusEntryPoint",
                        "start-dev",
                        "--db-url=" + KeycloakDevServer.databaseUrl(data))
                .start();
    }
}
