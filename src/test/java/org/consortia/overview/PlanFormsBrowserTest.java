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

/** The plan pages in a real Chromium: labelled, keyboard-reachable, and free of serious WCAG 2.1 AA violations. */
@QuarkusTest
class PlanFormsBrowserTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @BeforeEach
    void loadDemoProjects() {
        DemoConsortium.load();
    }

    @Test
    void theCoordinatorReadsThePlanAndARefusedFormComesBackWithTheReasonByTheField() {
        Page page = browser.open("/");
        browser.signIn(page, "unipso-coordinator");

        page.navigate("/projects/FORESEE/plan");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Edit the plan")))
                .isVisible();
        browser.screenshot(page, "plan-foresee");
        browser.assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New deliverable"))
                .click();
        page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill("D9.99");
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("A study with a venue");
        page.getByLabel("Work package", new Page.GetByLabelOptions().setExact(true))
                .selectOption("WP1");
        page.getByLabel("Lead partner", new Page.GetByLabelOptions().setExact(true))
                .selectOption("UNIPSO");
        page.getByLabel("Kind", new Page.GetByLabelOptions().setExact(true)).selectOption("STUDY");
        page.getByLabel("Due month", new Page.GetByLabelOptions().setExact(true))
                .fill("6");
        page.getByLabel("City", new Page.GetByLabelOptions().setExact(true)).fill("Lille");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create"))
                .click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("only meetings, trainings, national events");
        assertThat(page.getByLabel("City", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("Lille");
        assertThat(page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("A study with a venue");
        browser.screenshot(page, "plan-deliverable-refused");
        browser.assertAccessible(page);
    }
}
