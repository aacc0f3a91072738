package org.consortia.testsupport;

import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed-in session of the pages, for HTTP-level tests without a browser: signs in through the real
 * Keycloak login form as a browser would (see security/CodeFlowTest), keeps the application's session
 * cookie and hands it to REST Assured:
 *
 * <pre>
 * PageSession.of("nexem-partner").given()
 *         .when().get("/projects/FORESEE")
 *         .then().statusCode(200);
 * </pre>
 *
 * <p>Only the session cookie is kept, never what a page sets (language, flash message), so one test's
 * choices do not leak into the next. A session is reused while it is young: the identity provider's
 * tokens, and with them the session, live five minutes.
 */
public final class PageSession {

    private static final Duration REUSE = Duration.ofMinutes(4);
    private static final Map<String, PageSession> SESSIONS = new ConcurrentHashMap<>();
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String username;
    private final Map<String, String> cookies;
    private final Instant signedIn;

    private PageSession(String username, Map<String, String> cookies) {
        this.username = username;
        this.cookies = Map.copyOf(cookies);
        this.signedIn = Instant.now();
    }

    /** A session of {@code username} (password {@value Tokens#PASSWORD}), signed in through the Keycloak form. */
    public static PageSession of(String username) {
        return SESSIONS.compute(
                username,
                (name, session) ->
                        session != null && session.signedIn.plus(REUSE).isAfter(Instant.now())
                                ? session
                                : new PageSession(name, signIn(name)));
    }

    /**
     * A request in this session. Redirects are not followed, so a form's 303 is seen as such (and an
     * expired session shows as a redirect to the login page rather than as the login page).
     */
    public RequestSpecification given() {
        return RestAssured.given().cookies(cookies).redirects().follow(false);
    }

    /** The synchronizer token the page at {@code path} puts in its forms for this session. */
    public String formToken(String path) {
        String page = given().when().get(path).then().statusCode(200).extract().asString();
        Matcher token = FORM_TOKEN.matcher(page);
        if (!token.find()) {
            throw new AssertionError("No form token on " + path + " for " + username + ":\n" + page);
        }
        return token.group(1);
    }

    @Override
    public String toString() {
        return "the page session of " + username;
    }

    /** Signs in on 127.0.0.1: the realm accepts loopback redirects on any port. */
    private static Map<String, String> signIn(String username) {
        return KeycloakSignIn.sessionCookies(
                URI.create(TestHTTPResourceManager.getUri().replace("://localhost", "://127.0.0.1")), username);
    }
}
