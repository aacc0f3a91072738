package org.consortia.security;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consortia.testsupport.DemoConsortium;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Signing in to the pages through the real Keycloak login form, as a browser would but without one:
 * follow the redirects, fill in the form, come back with a session.
 */
@QuarkusTest
class CodeFlowTest {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

    @TestHTTPResource("/")
    URI testUri;

    /** The loopback address: the realm accepts it on any port (RFC 8252), as tests run on a free port. */
    private URI home;

    @BeforeEach
    void loadDemoProjects() {
        DemoConsortium.load();
        home = URI.create(testUri.toString().replace("localhost", "127.0.0.1"));
    }

    @Test
    void aPartnerSignsInThroughKeycloakAndSeesTheirProjects() throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new LoopbackCookies())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<String> anonymous =
                follow(browser, HttpRequest.newBuilder(home).build(), ofString());
        assertEquals(200, anonymous.statusCode());
        assertThat(anonymous.body(), containsString("href=\"/login\""));

        HttpResponse<String> loginForm =
                follow(browser, HttpRequest.newBuilder(home.resolve("/login")).build(), ofString());
        assertEquals(200, loginForm.statusCode());
        assertThat(loginForm.uri().toString(), containsString("/realms/consortia/protocol/openid-connect/auth"));
        assertThat(loginForm.uri().toString(), containsString("code_challenge_method=S256"));

        // With Organizations enabled, Keycloak asks for the user name first, then for the password.
        HttpResponse<String> signedIn = loginForm;
        for (int step = 0; step < 3 && signedIn.body().contains("kc-form-login"); step++) {
            signedIn = follow(
                    browser,
                    HttpRequest.newBuilder(formAction(signedIn.body()))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("username=nexem-partner&password="
                                    + URLEncoder.encode(Tokens.PASSWORD, StandardCharsets.UTF_8) + "&credentialId="))
                            .build(),
                    ofString());
        }
        assertEquals(200, signedIn.statusCode());
        assertEquals(home, signedIn.uri(), String.join("\n", hops));
        assertThat(signedIn.body(), containsString("NEXEM Staff"));
        assertThat(signedIn.body(), containsString("FORESEE"));
        assertThat(signedIn.body(), not(containsString("NMLS")));

        HttpResponse<String> signedOut =
                follow(browser, HttpRequest.newBuilder(home.resolve("/logout")).build(), ofString());
        assertThat(signedOut.body(), containsString("href=\"/login\""));
    }

    @Test
    void theApiNeverRedirectsToTheLoginPage() throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(home.resolve("/api/projects")).build(), ofString());
        assertEquals(401, response.statusCode());
    }

    /** Sends the request and follows redirects as a browser does, noting each hop for failure messages. */
    private final List<String> hops = new java.util.ArrayList<>();

    private HttpResponse<String> follow(
            HttpClient browser, HttpRequest request, HttpResponse.BodyHandler<String> handler)
            throws IOException, InterruptedException {
        HttpResponse<String> response = browser.send(request, handler);
        hops.add(request.method() + " " + request.uri() + " → " + response.statusCode());
        for (int i = 0; i < 10 && response.statusCode() / 100 == 3; i++) {
            URI next = response.uri()
                    .resolve(response.headers().firstValue("Location").orElseThrow());
            response = browser.send(HttpRequest.newBuilder(next).build(), handler);
            hops.add("GET " + next + " → " + response.statusCode());
        }
        return response;
    }

    /**
     * Keeps cookies like a browser does on http://localhost, which it treats as a secure context: Java's
     * cookie manager would not send back Keycloak's {@code Secure} cookies over plain http.
     */
    private static final class LoopbackCookies extends CookieHandler {

        private final CookieManager cookies = new CookieManager();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
            return cookies.get(URI.create(uri.toString().replaceFirst("^http:", "https:")), headers);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            cookies.put(URI.create(uri.toString().replaceFirst("^http:", "https:")), headers);
        }
    }

    private static URI formAction(String page) throws IOException {
        Matcher action = FORM_ACTION.matcher(page);
        if (!action.find()) {
            throw new IOException("No login form on the page:\n" + page);
        }
        return URI.create(action.group(1).replace("&amp;", "&"));
    }

    private static HttpResponse.BodyHandler<String> ofString() {
        return HttpResponse.BodyHandlers.ofString();
    }
}
