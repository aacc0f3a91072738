package org.consortia.operations;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the identity provider answers: without Keycloak's discovery document nobody can sign
 * in and no token can be checked, so a load balancer should send the traffic elsewhere.
 */
@Readiness
@ApplicationScoped
public class IdentityProviderCheck implements HealthCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final URI discovery;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    IdentityProviderCheck(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String issuer) {
        this.discovery = URI.create(issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration");
    }

    @Override
    public HealthCheckResponse call() {
        int status;
        try {
            status = http.send(
                            HttpRequest.newBuilder(discovery).timeout(TIMEOUT).build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            status = -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = -1;
        }
        return HealthCheckResponse.named("Identity provider")
                .status(status == 200)
                .withData("discovery", discovery.toString())
                .withData("status", status)
                .build();
    }
}
