package org.consortia.keycloak;

import static org.consortia.common.StandInConfigSource.isSet;
import static org.consortia.common.StandInConfigSource.valueOf;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.consortia.common.StandInConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Points OIDC at a Keycloak the application starts itself when {@code consortia.keycloak.dev-server.enabled}
 * is true (dev mode by default) and no {@code quarkus.oidc.auth-server-url} is configured. The server
 * starts the first time the URL is read, on port 8180; a dev-mode live reload keeps it (its address
 * is kept in a system property).
 */
public class KeycloakConfigSourceFactory implements ConfigSourceFactory {

    static final String AUTH_SERVER_URL = "quarkus.oidc.auth-server-url";
    private static final String RUNNING_URL = "consortia.keycloak.dev-server.running-url";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (isSet(context, AUTH_SERVER_URL)
                || !Boolean.parseBoolean(valueOf(context, "consortia.keycloak.dev-server.enabled", "false"))) {
            return List.of();
        }
        int port = Integer.parseInt(valueOf(context, "consortia.keycloak.dev-server.port", "8180"));
        Path data =
                Path.of(valueOf(context, "consortia.keycloak.dev-server.data-directory", ".consortia-data/keycloak"));
        Path realm = Path.of(valueOf(context, "consortia.keycloak.dev-server.realm-file", "keycloak-realm.json"));
        return List.of(new StandInConfigSource("keycloak-dev-server", Map.of(AUTH_SERVER_URL, () -> {
            synchronized (System.class) {
                String url = System.getProperty(RUNNING_URL);
                if (url == null) {
                    url = KeycloakDevServer.start(port, data, realm);
                    System.setProperty(RUNNING_URL, url);
                }
                return url;
            }
        })));
    }
}
