package org.consortia.overview;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.consortia.testsupport.Browser;
import org.consortia.testsupport.DemoConsortium;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The status page in a real Chromium, signing in through the real Keycloak form, in English and in French. */
@QuarkusTest
class StatusPageBrowserTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @RegisterExtension
    final Browser french = Browser.inLocale("fr-FR");

    @BeforeEach
    void loadDemoProjects() {
        DemoConsortium.load();
    }

    @Test
    void theCoordinatorGoesFromTheirProjectsToWhatIsOverdueInFORESEE() {
        Page page = browser.open("/");
        browser.signIn(page, "unipso-coordinator");
        browser.assertAccessible(page);

        page.locator("ul.cards li.card a[href='/projects/FORESEE']").click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("FORESEE");
        assertThat(page.locator(
                        "table:has(caption:text('overdue items')) a[href='/projects/FORESEE/deliverables/D6.5']"))
                .isVisible();
        assertThat(page.locator("figure.timeline svg")).isVisible();
        browser.screenshot(page, "status-page");
        browser.assertAccessible(page);
    }

    @Test
    void aPartnerOfFORESEEOnlyCannotReachTheOtherDemoProject() {
        Page page = browser.open("/");
        browser.signIn(page, "wrzos-partner");

        Response response = page.navigate("/projects/NMLS");

        assertEquals(404, response.status());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Page not found");
        assertThat(page.getByRole(AriaRole.MAIN)).not().containsText("Nouveaux Métiers");
        browser.assertAccessible(page);
    }

    @Test
    void aFrenchCoordinatorReadsTheStatusPageInFrench() {
        Page page = french.open("/");
        french.signIn(page, "unipso-coordinator");

        page.navigate("/projects/FORESEE");

        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page.locator("h2#overdue")).hasText("En retard");
        assertThat(page.locator("h2#timeline")).hasText("Calendrier");
        french.screenshot(page, "status-page-fr");
        french.assertAccessible(page);
    }
}
