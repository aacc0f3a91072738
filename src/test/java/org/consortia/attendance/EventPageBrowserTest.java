package org.consortia.attendance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.consortia.testsupport.Browser;
import org.consortia.testsupport.DemoPartnersProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An event's page in a real Chromium, with the accessibility check: nexem-partner, whose organisation leads the
 * training, puts a participant on its list from the deliverable's page; ec-reviewer reads the charts and no name.
 */
@QuarkusTest
class EventPageBrowserTest {

    @RegisterExtension
    final Browser browser = new Browser();

    private static com.microsoft.playwright.Locator label(Page page, String text) {
        return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
    }

    @Test
    void theLeadPartnerListsSomeoneAndTheFundersReviewerSeesOnlyCounts() {
        DemoPartnersProject project = DemoPartnersProject.create().withTraining("HYBRID", List.of());

        Page page = browser.open("/");
        browser.signIn(page, "nexem-partner");
        page.navigate(project.page(DemoPartnersProject.TRAINING));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Participants and breakdown"))
                .click();
        assertThat(page.locator("h1")).hasText("Participants of D1.1");
        browser.assertAccessible(page);
        label(page, "Name").fill("Ioana Inventata");
        label(page, "E-mail").fill("ioana@example.org");
        label(page, "Kind of organisation").selectOption("TRADE_UNION");
        label(page, "Country of the organisation").fill("RO");
        label(page, "In person or online").selectOption("ONLINE");
        page.locator("#field-daysAttended-2026-07-10").check();
        page.locator("#field-processingConsent").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a participant"))
                .click();
        assertThat(page.locator(".flash")).containsText("Ioana Inventata is on the list.");
        assertThat(page.locator("section[aria-labelledby=list] table")).containsText("ioana@example.org");
        assertThat(page.locator("#by-type")).hasText("By kind of organisation");
        browser.screenshot(page, "event-page");
        browser.assertAccessible(page);

        page.setViewportSize(390, 844);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Check in – 9 Jul 2026"))
                .click();
        assertThat(page.locator("h1")).hasText("Check-in of D1.1: 9 Jul 2026");
        browser.assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark present – Ioana Inventata"))
                .click();
        assertThat(page.locator(".flash")).containsText("Ioana Inventata is present.");
        assertThat(page.getByText("1 of 1 on the list present this day.")).isVisible();
        browser.screenshot(page, "check-in");
        browser.assertAccessible(page);
        page.setViewportSize(1280, 800);

        page.locator("a[href='/logout']").click();
        browser.signIn(page, "ec-reviewer");
        page.navigate("/projects/" + project.acronym() + "/events/D1.1");
        assertThat(page.locator("main")).containsText("1 participant(s) on the list.");
        assertThat(page.locator("main")).not().containsText("Inventata");
        browser.assertAccessible(page);
    }
}
