package org.consortia.testsupport;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The one Chromium of the test run, driven by Playwright: launched by the first browser test and
 * closed when the JVM exits. Launching costs seconds (Playwright first unpacks its Node driver), so
 * every test shares this process and gets a fresh context of its own (see {@link org.consortia.testsupport.Browser}).
 *
 * <p>It is the system's Chromium ({@code apt-get install chromium}): Playwright's own browser
 * download needs the internet, which the build machines do not have.
 */
final class Chromium {

    /** A system property or environment variable naming another Chromium executable. */
    static final String EXECUTABLE = "CONSORTIA_CHROMIUM";

    private static final String SYSTEM_CHROMIUM = "/usr/bin/chromium";

    /**
     * Nothing may reach out to the internet (updates, sync, field trials, QUIC probes) or need what a
     * container lacks (a user namespace for the sandbox, a GPU).
     */
    private static final List<String> FLAGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");

    private static Browser browser;

    private Chromium() {}

    static synchronized Browser shared() {
        if (browser == null) {
            browser = launch();
        }
        return browser;
    }

    private static Browser launch() {
        Path executable = executable();
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("No Chromium at " + executable + ": install it (apt-get install chromium)"
                    + " or name another one in " + EXECUTABLE);
        }
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser launched = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(executable)
                            .setHeadless(true)
                            .setArgs(FLAGS));
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close, "chromium-shutdown"));
            return launched;
        } catch (PlaywrightException e) {
            playwright.close();
            throw e;
        }
    }

    private static Path executable() {
        String chosen = System.getProperty(EXECUTABLE, System.getenv(EXECUTABLE));
        return Path.of(chosen == null || chosen.isBlank() ? SYSTEM_CHROMIUM : chosen);
    }
}
