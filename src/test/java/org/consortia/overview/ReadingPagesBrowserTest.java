package org.consortia.overview;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.consortia.testsupport.Browser;
import org.consortia.testsupport.DemoConsortium;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The pages people read rather than fill in, in a real Chromium with the accessibility check: the
 * public page for an anonymous visitor, the funder's review and a partner's page for the reviewer,
 * "my deadlines", the notifications and the settings for a partner.
 */
@QuarkusTest
class ReadingPagesBrowserTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @BeforeEach
    void loadDemoProjects() {
        DemoConsortium.load();
    }

    @Test
    void anAnonymousVisitorReadsFORESEEsPublicResults() {
        Page page = browser.open("/");
        page.locator("main a[href='/public/projects/FORESEE']").first().click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("FORESEE");
        assertThat(page.locator("table:has(caption:text('open to the public'))"))
                .containsText("D2.1");
        assertThat(page.locator("a[href='/logout']")).hasCount(0);
        browser.screenshot(page, "public-page");
        browser.assertAccessible(page);
    }

    @Test
    void theReviewerReadsTheFundersViewAndAPartnersPage() {
        Page page = browser.open("/");
        browser.signIn(page, "ec-reviewer");

        page.navigate("/projects/FORESEE/review");
        assertThat(page.locator("table:has(caption:text('Deliverables submitted'))"))
                .containsText("D3.2");
        assertThat(page.locator("table:has(caption:text('Deliverables submitted'))"))
                .not()
                .containsText("D6.5");
        assertThat(page.locator("table:has(caption:text('past their due date'))"))
                .containsText("D5.4");
        assertThat(page.locator("table:has(caption:text('past their due date'))"))
                .containsText("D6.5");
        browser.screenshot(page, "review-page");
        browser.assertAccessible(page);

        page.navigate("/projects/FORESEE/partners/NEXEM");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("NEXEM");
        browser.assertAccessible(page);
    }

    @Test
    void aPartnerReadsTheirDeadlinesAndSettings() {
        Page page = browser.open("/");
        browser.signIn(page, "nexem-partner");

        page.getByRole(AriaRole.NAVIGATION).locator("a[href='/deadlines']").click();
        assertThat(page.locator("a[href='/projects/FORESEE/deliverables/D5.4']"))
                .isVisible();
        browser.screenshot(page, "my-deadlines");
        browser.assertAccessible(page);

        page.getByRole(AriaRole.NAVIGATION).locator("a[href='/notifications']").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .isVisible();
        browser.assertAccessible(page);

        page.getByRole(AriaRole.NAVIGATION).locator("a[href='/settings']").click();
        page.locator("form[action='/settings/calendar'] button").click();
        assertThat(page.locator("#calendar-url")).hasValue(java.util.regex.Pattern.compile(".*/calendar/.+\\.ics"));
        browser.screenshot(page, "settings");
        browser.assertAccessible(page);
    }
}
