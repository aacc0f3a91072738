package org.consortia.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code java -jar}) and the servers around it run as processes of their own, outside
 * Quarkus' tests (the local production topology, the benchmark): how an instance is configured (environment
 * variables only, as in production) and how to wait for a process to answer.
 */
public final class PackagedApplication {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private PackagedApplication() {}

    /**
     * What every instance is given: its port on the loopback address, the database (user postgres), the demo
     * realm's client secret, plain HTTP cookies, and the secrets several instances must share (32+ characters:
     * the session, the sign-in's state, the form tokens).
     */
    public static Map<String, String> environment(int port, String jdbcUrl, String issuer) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", issuer);
        env.put("QUARKUS_OIDC_CREDENTIALS_SECRET", "consortia-web-dev-secret");
        env.put("QUARKUS_OIDC_API_CREDENTIALS_SECRET", "consortia-web-dev-secret");
        // Plain HTTP on this machine: the session cookie may not require HTTPS here.
        env.put("QUARKUS_OIDC_AUTHENTICATION_COOKIE_FORCE_SECURE", "false");
        env.put(
                "QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET",
                "local-topology-session-secret-of-both-instances-0123");
        env.put("QUARKUS_OIDC_AUTHENTICATION_STATE_SECRET", "local-topology-sign-in-state-of-both-instances-0123");
        env.put("CONSORTIA_WEB_CSRF_SECRET", "local-topology-csrf-secret-shared-by-both-instances");
        return env;
    }

    /** Waits until {@code url} answers 200 while {@code process} lives, at most {@code timeout}; else fails naming the log. */
    public static void awaitAnswer(Process process, URI url, Path log, Duration timeout) throws IOException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            try {
                if (HTTP.send(
                                        HttpRequest.newBuilder(url)
                                                .timeout(Duration.ofSeconds(3))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted", e);
            }
            if (!process.isAlive()) {
                throw new IOException(url + " never answered: the process stopped; see " + log);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IOException(url + " did not answer within " + timeout + "; see " + log);
            }
            try {
                process.waitFor(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted", e);
            }
        }
    }
}
