package org.consortia.testsupport;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The pages' sign-in through the real Keycloak form, as a browser does it, for any address of the application. */
public final class KeycloakSignIn {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
    private static final String SESSION_COOKIE = "q_session";

    private KeycloakSignIn() {}

    /**
     * Signs in to the pages at {@code application} through the real Keycloak login form as a browser does,
     * and returns the application's session cookies.
     */
    public static Map<String, String> sessionCookies(URI application, String username) {
        CookieManager jar = new CookieManager();
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new LoopbackCookies(jar))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        List<String> hops = new ArrayList<>();
        try {
            HttpResponse<String> page = follow(
                    browser,
                    HttpRequest.newBuilder(application.resolve("/login")).build(),
                    hops);
            // With Organizations enabled, Keycloak asks for the user name first, then for the password.
            for (int step = 0; step < 3 && page.body().contains("kc-form-login"); step++) {
                page = follow(
                        browser,
                        HttpRequest.newBuilder(formAction(page.body()))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
                                        + URLEncoder.encode(Tokens.PASSWORD, StandardCharsets.UTF_8)
                                        + "&credentialId="))
                                .build(),
                        hops);
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
            throw new AssertionError(
                    "Signing in as " + username + " gave no session cookie:\n" + String.join("\n", hops));
        }
        return session;
    }

    private static HttpResponse<String> follow(HttpClient browser, HttpRequest request, List<String> hops)
            throws IOException, InterruptedException {
        HttpResponse<String> response = browser.send(request, HttpResponse.BodyHandlers.ofString());
        hops.add(request.method() + " " + request.uri() + " → " + response.statusCode());
        for (int i = 0; i < 10 && response.statusCode() / 100 == 3; i++) {
            URI next = response.uri()
                    .resolve(response.headers().firstValue("Location").orElseThrow());
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
