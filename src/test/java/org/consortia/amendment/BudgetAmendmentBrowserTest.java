package org.consortia.amendment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.consortia.testsupport.Browser;
import org.consortia.testsupport.TimesheetProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A budget amendment in a real Chromium, with the accessibility check on each page: unipso-coordinator edits the
 * budget as it stands (ELISFA's personnel from 20,000 to 25,000) and proposes it; ec-reviewer compares the two budgets
 * and approves the amendment from the list.
 */
@QuarkusTest
class BudgetAmendmentBrowserTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void theCoordinatorProposesANewBudgetAndTheFundersReviewerApprovesIt() {
        String acronym = TimesheetProject.create().acronym();
        Page page = browser.open("/");
        browser.signIn(page, "unipso-coordinator");
        page.navigate("/projects/" + acronym + "/amendments");
        Locator budget = page.getByLabel("New budget (YAML or JSON)");
        String current = budget.inputValue();
        budget.fill(current.replace("A.1: 20000", "A.1: 25000"));
        page.locator("#amendment-budget-reason").fill("ELISFA takes over part of a training");
        browser.assertAccessible(page);
        click(page, "Propose this budget");
        assertThat(page.locator(".flash")).containsText("A1");
        assertThat(page.locator("main table")).containsText("Compare the budgets");

        page.locator("a[href='/logout']").click();
        assertThat(page.getByRole(AriaRole.BANNER).locator("a[href='/login']")).isVisible();
        browser.signIn(page, "ec-reviewer");
        page.navigate("/projects/" + acronym + "/amendments/1/budget");
        assertThat(page.locator("h1")).hasText("Budget proposed by A1");
        assertThat(page.locator("table:has(#comparison-caption)")).containsText("21,400.00");
        browser.screenshot(page, "budget-amendment");
        browser.assertAccessible(page);
        page.navigate("/projects/" + acronym + "/amendments");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve A1"))
                .click();
        assertThat(page.locator(".flash")).containsText("A1");
        assertThat(page.locator("main table")).containsText("Approved");
    }

    private static void click(Page page, String button) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(button).setExact(true))
                .click();
    }
}
