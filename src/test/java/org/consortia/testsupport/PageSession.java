package org.consortia.testsupport;

import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String SESSION_COOKIE = "q_session";

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
        return SESSIONS.compute(username, (name, session) -> session != null
                && session.signedIn.plus(REUSE).isAfter(Instant.now()) ? session : new PageSession(name, signIn(name)));
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

    /** Follows the login as a browser does, on 127.0.0.1: the realm accepts loopback redirects on any port. */
    private static Map<String, String> signIn(String username) {
        URI application = URI.create(TestHTTPResourceManager.getUri().replace("://localhost", "://127.0.0.1"));
        CookieManager jar = new CookieManager();
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new LoopbackCookies(jar))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        List<String> hops = new ArrayList<>();
        try {
            HttpResponse<String> page = follow(browser, HttpRequest.newBuilder(application.resolve("/login")).build(),
                    hops);
            // With Organizations enabled, Keycloak asks for the user name first, then for the password.
            for (int step = 0; step < 3 && page.body().contains("kc-form-login"); step++) {
                page = follow(browser, HttpRequest.newBuilder(formAction(page.body()))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
                                + URLEncoder.encode(Tokens.PASSWORD, StandardCharsets.UTF_8) + "&credentialId="))
                        .build(), hops);
            }
        } catch (IOException e) {
            throw new AssertionError("Signing in as " + username + " failed:\n" + String.join("\n", hops), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Map<String, String> session = jar.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().startsWith(SESSION_COOKIE))
                .collect(Collectors.toMap(HttpCookie::getName, HttpCookie::getValue, (a, b) -> b));
        if (session.isEmpty()) {
            throw new AssertionError("Signing in as " + username + " gave no session cookie:\n" + String.join("\n", hops));
        }
        return session;
    }

    private static HttpResponse<String> follow(HttpClient browser, HttpRequest request, List<String> hops)
            throws IOException, InterruptedException {
        HttpResponse<String> response = browser.send(request, HttpResponse.BodyHandlers.ofString());
        hops.add(request.method() + " " + request.uri() + " → " + response.statusCode());
        for (int i = 0; i < 10 && response.statusCode() / 100 == 3; i++) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = browser.send(HttpRequest.newBuilder(next).build(), HttpResponse.BodyHandlers.ofString());
            hops.add("GET " + next + " → " + response.statusCode());
        }
        return response;
    }

    private static URI formAction(String page) throws IOException {
        Matcher action = FORM_ACTION.matcher(page);
        if (!action.find()) {
            throw new IOException("No login form on the page:\n" + page);
        }
        return URI.create(action.group(1).replace("&amp;", "&"));
    }

    /**
     * Keeps cookies like a browser does on http://127.0.0.1, which it treats as a secure context: Java's
     * cookie manager would not send back Keycloak's {@code Secure} cookies over plain http.
     */
    private static final class LoopbackCookies extends CookieHandler {

        private final CookieManager cookies;

        LoopbackCookies(CookieManager cookies) {
            this.cookies = cookies;
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
            return cookies.get(secure(uri), headers);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            cookies.put(secure(uri), headers);
        }

        private static URI secure(URI uri) {
            return URI.create(uri.toString().replaceFirst("^http:", "https:"));
        }
    }
}
