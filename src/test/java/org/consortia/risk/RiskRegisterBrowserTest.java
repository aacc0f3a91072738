package org.consortia.risk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.consortia.testsupport.Browser;
import org.consortia.testsupport.DemoConsortium;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** FORESEE's risk register and its forms in a real Chromium, with the accessibility check. */
@QuarkusTest
class RiskRegisterBrowserTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @BeforeEach
    void loadDemoProjects() {
        DemoConsortium.load();
    }

    @Test
    void theCoordinatorFindsTheRegisterFromTheStatusPageAndOpensItsForms() {
        Page page = browser.open("/");
        browser.signIn(page, "unipso-coordinator");
        page.navigate("/projects/FORESEE");

        page.locator("main a[href='/projects/FORESEE/risks']").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Risk register");
        assertThat(page.locator("table:has(caption:text('The register, by number'))"))
                .containsText("NEXEM");
        browser.screenshot(page, "risk-register");
        browser.assertAccessible(page);

        page.locator("main a[href='/projects/FORESEE/risks/new']").click();
        assertThat(page.locator("#field-description")).isVisible();
        browser.assertAccessible(page);

        page.navigate("/projects/FORESEE/risks/1");
        assertThat(page.locator("#field-likelihood")).hasValue("HIGH");
        browser.assertAccessible(page);
    }
}
