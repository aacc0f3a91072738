package org.consortia.testsupport;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import io.quarkus.test.common.http.TestHTTPResourceManager;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real browser for one test: a fresh context (no cookies, no session) in the run's one
 * {@link Chromium}, opened before each test and closed after it. In a {@code @QuarkusTest}:
 *
 * <pre>
 * &#64;RegisterExtension
 * final Browser browser = new Browser();
 * </pre>
 *
 * <p>Pages are opened on 127.0.0.1, not localhost: the test realm accepts loopback redirect URIs on
 * any port (RFC 8252), and the tests listen on a free port. When a test fails, each page it left
 * open is kept as {@code target/screenshots/<class>.<method>-failed-<n>.png}.
 */
public final class Browser implements BeforeEachCallback, AfterEachCallback {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final double SIGN_IN_TIMEOUT_MS = 15_000;

    private final String locale;
    private String application;
    private BrowserContext context;

    /** A browser whose visitor reads British English. */
    public Browser() {
        this("en-GB");
    }

    private Browser(String locale) {
        this.locale = locale;
    }

    /** A browser whose Accept-Language and {@code navigator.language} are {@code locale}, e.g. {@code fr-FR}. */
    public static Browser inLocale(String locale) {
        return new Browser(locale);
    }

    @Override
    public void beforeEach(ExtensionContext test) {
        application = TestHTTPResourceManager.getUri().replace("://localhost", "://127.0.0.1");
        context = Chromium.shared()
                .newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                        .setLocale(locale)
                        .setBaseURL(application));
    }

    @Override
    public void afterEach(ExtensionContext test) {
        try {
            if (test.getExecutionException().isPresent()) {
                String name = test.getRequiredTestClass().getSimpleName() + "."
                        + test.getRequiredTestMethod().getName();
                List<Page> pages = context.pages();
                for (int i = 0; i < pages.size(); i++) {
                    screenshot(pages.get(i), name + "-failed-" + (i + 1));
                }
            }
        } finally {
            context.close();
        }
    }

    /** Opens {@code path} of the application (e.g. {@code /} or {@code /projects/FORESEE}) in a new tab. */
    public Page open(String path) {
        Page page = context.newPage();
        page.navigate(path);
        return page;
    }

    /**
     * Signs in as {@code username} (password {@value Tokens#PASSWORD}) through the real Keycloak form and
     * waits until the browser is back on the application. Handles both Keycloak's identity-first form
     * (user name, then password on a second page) and the one-page form.
     */
    public void signIn(Page page, String username) {
        page.navigate("/login");
        Locator usernameField = page.locator("input[name='username']");
        Locator passwordField = page.locator("input[name='password']");
        usernameField.fill(username);
        if (!passwordField.isVisible()) {
            usernameField.press("Enter");
        }
        passwordField.fill(Tokens.PASSWORD);
        passwordField.press("Enter");
        try {
            page.waitForURL(
                    url -> url.startsWith(application), new Page.WaitForURLOptions().setTimeout(SIGN_IN_TIMEOUT_MS));
        } catch (TimeoutError e) {
            throw new AssertionError(
                    "Signing in as " + username + " did not lead back to " + application + "; the browser stayed on "
                            + page.url(),
                    e);
        }
    }

    /** Saves the whole page, not only what fits in the window, as {@code target/screenshots/<name>.png}. */
    public Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** Fails, listing what axe-core found, when the page has a serious or critical WCAG 2.1 A/AA violation. */
    public void assertAccessible(Page page) {
        Accessibility.assertNoSeriousViolation(page);
    }
}
