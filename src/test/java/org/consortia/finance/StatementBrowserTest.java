package org.consortia.finance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.consortia.testsupport.Browser;
import org.consortia.testsupport.TimesheetProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A financial statement in a real Chromium, with the accessibility check: nexem-partner declares period 1 from the
 * status page and submits it; unipso-coordinator accepts it and finds it on the finance page.
 */
@QuarkusTest
class StatementBrowserTest {

    @RegisterExtension
    final Browser browser = new Browser();

    private TimesheetProject project;

    @BeforeEach
    void aProjectWithABudget() {
        project = TimesheetProject.create();
    }

    @Test
    void nexemDeclaresAndSubmitsAndTheCoordinatorAccepts() {
        Page page = browser.open("/");
        browser.signIn(page, "nexem-partner");
        page.navigate("/projects/" + project.acronym());
        page.locator("main a[href='/projects/" + project.acronym() + "/statements']")
                .click();
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Declare the statement of NEXEM for period 1"))
                .click();
        page.getByLabel("Declared in A.1").fill("30000");
        page.getByLabel("Declared in B").fill("2000");
        page.getByLabel("Justification of B").fill("Interpretation at the training");
        page.getByLabel("Explanation of the use of resources").fill("The trainings were held as planned.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the statement"))
                .click();
        assertThat(page.locator(".flash")).containsText("is saved");
        browser.screenshot(page, "statement-draft");
        browser.assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit to the coordinator"))
                .click();
        assertThat(page.locator(".flash")).containsText("submitted to the coordinator");

        page.locator("a[href='/logout']").click();
        assertThat(page.getByRole(AriaRole.BANNER).locator("a[href='/login']")).isVisible();
        browser.signIn(page, "unipso-coordinator");
        page.navigate("/projects/" + project.acronym() + "/statements");
        browser.assertAccessible(page);
        page.locator("a[href='/projects/" + project.acronym() + "/statements/1/NEXEM']")
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept"))
                .click();
        assertThat(page.locator(".flash")).containsText("accepted");
        assertThat(page.locator("main")).containsText("SHA-256");
        browser.screenshot(page, "statement-accepted");
        browser.assertAccessible(page);

        page.navigate("/projects/" + project.acronym());
        page.locator("main a[href='/projects/" + project.acronym() + "/finances']")
                .click();
        assertThat(page.locator("table:has(caption:text('Costs per beneficiary (EUR): budget and declared'))"))
                .containsText("34,100.00");
        browser.screenshot(page, "finances");
        browser.assertAccessible(page);
    }
}
