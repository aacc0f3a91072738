package org.consortia.finance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.consortia.testsupport.Browser;
import org.consortia.testsupport.DemoConsortium;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** FORESEE's finance and budget pages in a real Chromium, with the accessibility check. */
@QuarkusTest
class BudgetBrowserTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @BeforeEach
    void loadDemoProjects() {
        DemoConsortium.load();
    }

    @Test
    void theCoordinatorFindsTheBudgetThroughTheFinancePage() {
        Page page = browser.open("/");
        browser.signIn(page, "unipso-coordinator");
        page.navigate("/projects/FORESEE");
        page.locator("main a[href='/projects/FORESEE/finances']").click();
        browser.assertAccessible(page);
        page.locator("main a[href='/projects/FORESEE/budget']").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Budget");
        assertThat(page.locator("table:has(caption:text('Estimated budget per beneficiary (EUR)'))"))
                .containsText("NEXEM");
        browser.screenshot(page, "budget");
        browser.assertAccessible(page);
    }
}
