package org.consortia.meeting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.consortia.testsupport.Browser;
import org.consortia.testsupport.DemoPartnersProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The meetings page and form in a real Chromium, with the accessibility check: the coordinator plans a partner
 * meeting from the status page, and opens its participants' page.
 */
@QuarkusTest
class MeetingBrowserTest {

    @RegisterExtension
    final Browser browser = new Browser();

    private static Locator label(Page page, String text) {
        return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
    }

    @Test
    void theCoordinatorPlansAPartnerMeetingAndOpensItsList() {
        DemoPartnersProject project = DemoPartnersProject.create();

        Page page = browser.open("/");
        browser.signIn(page, "unipso-coordinator");
        page.navigate(project.page());
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Meetings").setExact(true))
                .click();
        assertThat(page.locator("h1")).hasText("Meetings");
        browser.assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New meeting"))
                .click();
        browser.assertAccessible(page);
        label(page, "Code").fill("PM1");
        label(page, "Title").fill("Partner meeting – mid-term");
        label(page, "Kind").selectOption("PARTNER_MEETING");
        label(page, "Work package").selectOption("WP1");
        label(page, "Planned date").fill("2026-09-14");
        label(page, "Country").fill("BE");
        label(page, "City").fill("Brussels");
        page.locator("#field-event-hosts-NEXEM").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create"))
                .click();
        assertThat(page.locator(".flash")).containsText("PM1 was created.");
        assertThat(page.locator("table")).containsText("Partner meeting – mid-term");
        browser.screenshot(page, "meetings");
        browser.assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Participants and evidence – PM1"))
                .click();
        assertThat(page.locator("h1")).hasText("Participants of PM1");
        browser.assertAccessible(page);
    }
}
