package org.consortia.home;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.consortia.testsupport.Browser;
import org.consortia.testsupport.DemoConsortium;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The home page in a real Chromium, signing in through the real Keycloak form. */
@QuarkusTest
class HomePageBrowserTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @BeforeEach
    void loadDemoProjects() {
        DemoConsortium.load();
    }

    @Test
    void anAnonymousVisitorIsOfferedToSignIn() {
        Page page = browser.open("/");

        assertThat(page.getByRole(AriaRole.BANNER).locator("a[href='/login']")).isVisible();
        assertThat(page.locator("a[href='/public/projects/FORESEE']")).isVisible();
        browser.screenshot(page, "home-anonymous");
        browser.assertAccessible(page);
    }

    @Test
    void aPartnerSignsInThroughKeycloakAndSeesTheirProjects() {
        Page page = browser.open("/");

        browser.signIn(page, "nexem-partner");

        assertThat(page.locator("a[href='/logout']")).isVisible();
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("FORESEE");
        browser.screenshot(page, "home-nexem-partner");
        browser.assertAccessible(page);
    }

    @Test
    void signingOutEndsTheKeycloakSessionToo() {
        Page page = browser.open("/");
        browser.signIn(page, "nexem-partner");

        page.locator("a[href='/logout']").click();

        Locator signIn = page.getByRole(AriaRole.BANNER).locator("a[href='/login']");
        assertThat(signIn).isVisible();
        // Signing in again asks for the credentials: Keycloak forgot the visitor, not only the application.
        signIn.click();
        assertThat(page.locator("input[name='username']")).isVisible();
    }
}
