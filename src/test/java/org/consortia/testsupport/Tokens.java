package org.consortia.testsupport;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/** Real access tokens for the demo accounts, from the test Keycloak (password grant, consortia-cli). */
public final class Tokens {

    public static final String PASSWORD = "consortia-demo";
    private static final Duration REUSE = Duration.ofMinutes(4);
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    private record Token(String value, Instant fetched) {}

    private Tokens() {}

    /** An access token for {@code username}, reused while it is young (they live five minutes). */
    public static String of(String username) {
        return TOKENS.compute(
                        username,
                        (name, token) ->
                                token != null && token.fetched().plus(REUSE).isAfter(Instant.now())
                                        ? token
                                        : new Token(fetch(name), Instant.now()))
                .value();
    }

    private static String fetch(String username) {
        return fromIssuer(ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class), username);
    }

    /**
     * A fresh access token for {@code username} from the realm at {@code issuer}, for tests that run the packaged
     * application outside Quarkus' tests (the local topology, the container image).
     */
    public static String fromIssuer(String issuer, String username) {
        return given().baseUri(issuer)
                .formParams(
                        "client_id",
                        "consortia-cli",
                        "grant_type",
                        "password",
                        "username",
                        username,
                        "password",
                        PASSWORD)
                .when()
                .post("/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }
}
