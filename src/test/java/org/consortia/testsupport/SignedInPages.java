package org.consortia.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The pages as one signed-in person sees them, without a browser: signs in through the real Keycloak
 * login form (as security/CodeFlowTest does), keeps the session cookies, and posts forms with the
 * page's hidden {@code _csrf} token. Redirects after a post are not followed, so a test sees the 303.
 */
public final class SignedInPages {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

    private final HttpClient browser;
    private final URI home;

    private SignedInPages(URI home) {
        this.home = home;
        this.browser = HttpClient.newBuilder()
                .cookieHandler(new LoopbackCookies())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Signs {@code username} in. {@code testUri} is the application's address as the test knows it; the
     * pages are reached on 127.0.0.1, the loopback address the realm accepts on any port (RFC 8252).
     */
    public static SignedInPages as(String username, URI testUri) {
        SignedInPages pages = new SignedInPages(URI.create(testUri.toString().replace("localhost", "127.0.0.1")));
        HttpResponse<String> page = pages.follow(pages.send(HttpRequest.newBuilder(pages.home.resolve("/login"))));
        // With Organizations enabled, Keycloak asks for the user name first, then for the password.
        for (int step = 0; step < 3 && page.body().contains("kc-form-login"); step++) {
            Matcher action = FORM_ACTION.matcher(page.body());
            if (!action.find()) {
                throw new IllegalStateException("No login form on the page:\n" + page.body());
            }
            page = pages.follow(
                    pages.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password="
                                    + encode(Tokens.PASSWORD) + "&credentialId="))));
        }
        if (!page.uri().getPath().equals("/") || page.statusCode() != 200) {
            throw new IllegalStateException(
                    username + " could not sign in: " + page.statusCode() + " at " + page.uri());
        }
        return pages;
    }

    /** The page at {@code path}, following redirects. */
    public HttpResponse<String> get(String path) {
        return follow(send(HttpRequest.newBuilder(home.resolve(path))));
    }

    /**
     * Reads the form page at {@code path}, then posts {@code fields} (name, value, name, value…; a name
     * may repeat) to {@code path} with that page's token. The answer is not followed.
     */
    public HttpResponse<String> submit(String path, String... fields) {
        HttpResponse<String> form = get(path);
        Matcher token = CSRF.matcher(form.body());
        if (!token.find()) {
            throw new IllegalStateException("No form token on " + path + " (" + form.statusCode() + ")");
        }
        return post(path, token.group(1), fields);
    }

    /** Posts {@code fields} with the token {@code csrf}, as a form read earlier would. */
    public HttpResponse<String> post(String path, String csrf, String... fields) {
        StringJoiner body = new StringJoiner("&");
        body.add("_csrf=" + encode(csrf));
        for (int i = 0; i < fields.length; i += 2) {
            body.add(encode(fields[i]) + "=" + encode(fields[i + 1]));
        }
        return send(HttpRequest.newBuilder(home.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** The form token a page carries. */
    public static String csrfOf(HttpResponse<String> page) {
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("No form token on " + page.uri());
        }
        return token.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> follow(HttpResponse<String> response) {
        for (int i = 0; i < 10 && response.statusCode() / 100 == 3; i++) {
            URI next = response.uri()
                    .resolve(response.headers().firstValue("Location").orElseThrow());
            response = send(HttpRequest.newBuilder(next));
        }
        return response;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * Keeps cookies like a browser does on http://localhost, which it treats as a secure context (Java's
     * cookie manager would not send back Keycloak's {@code Secure} cookies over plain http), and sends
     * them back as a browser does (RFC 6265: {@code name=value}, where Java's cookie manager would quote
     * the values of cookies with a {@code Max-Age}).
     */
    private static final class LoopbackCookies extends CookieHandler {

        private final CookieManager cookies = new CookieManager();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) {
            String path = uri.getPath().isEmpty() ? "/" : uri.getPath();
            String sent = cookies.getCookieStore().get(secure(uri)).stream()
                    .filter(cookie -> cookie.getPath() == null || path.startsWith(cookie.getPath()))
                    .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                    .collect(Collectors.joining("; "));
            return sent.isEmpty() ? Map.of() : Map.of("Cookie", List.of(sent));
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
