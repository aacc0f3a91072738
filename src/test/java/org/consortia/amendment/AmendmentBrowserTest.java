package org.consortia.amendment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.consortia.testsupport.Browser;
import org.consortia.testsupport.DemoPartnersProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The amendments page in a real Chromium, with the accessibility check: the coordinator requests one. */
@QuarkusTest
class AmendmentBrowserTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void theCoordinatorFindsTheAmendmentsFromTheStatusPageAndRequestsOne() {
        DemoPartnersProject project = DemoPartnersProject.create();
        String amendments = "/projects/" + project.acronym() + "/amendments";
        Page page = browser.open("/");
        browser.signIn(page, "unipso-coordinator");
        page.navigate("/projects/" + project.acronym());

        page.locator("main a[href='" + amendments + "']").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Amendments");
        browser.assertAccessible(page);

        page.getByLabel("Deliverable or milestone").selectOption("deliverable:" + DemoPartnersProject.IN_REVIEW);
        page.getByLabel("New contractual date").fill("2026-09-15");
        page.locator("#amendment-reason").fill("The survey of the training needs ran two months late");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Request the amendment"))
                .click();

        assertThat(page.locator("table:has(caption:text('Amendments, newest first'))"))
                .containsText("Awaiting decision");
        assertThat(page.locator("body")).containsText("Amendment A1 requested.");
        browser.screenshot(page, "amendments");
        browser.assertAccessible(page);
    }
}
