package org.consortia.report;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.consortia.testsupport.Browser;
import org.consortia.testsupport.DemoConsortium;
import org.consortia.testsupport.DemoPartnersProject;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The report page in a real Chromium, signed in through Keycloak: the coordinator finds the period on
 * the status page, opens the report, writes the summary and submits; the reviewer reads it and asks for
 * changes. Every page passes the accessibility check.
 */
@QuarkusTest
class ReportBrowserTest {

    @RegisterExtension
    final Browser browser = new Browser();

    private DemoPartnersProject project;

    @BeforeEach
    void aProjectWithAReportingPeriod() {
        DemoConsortium.load();
        project = DemoPartnersProject.create();
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .contentType(ContentType.JSON)
                .body(Map.of("startMonth", 1, "endMonth", 24))
                .post("/api/projects/" + project.acronym() + "/reporting-periods")
                .then()
                .statusCode(201);
    }

    @Test
    void theCoordinatorWritesAndSubmitsTheReviewerAsksForChanges() {
        Page page = browser.open("/");
        browser.signIn(page, "unipso-coordinator");
        page.navigate(project.page());
        page.locator("#reports ~ div a[href='/projects/" + project.acronym() + "/reports/1']")
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the report"))
                .click();
        assertThat(page.locator(".flash")).containsText("The report is open");

        page.locator("#summary-progress").fill("Half-way through: the Lisbon training is planned for August.");
        page.locator("#section-summary input[name='ready']").check();
        page.locator("#section-summary button[type='submit']").click();
        assertThat(page.locator(".flash")).containsText("The section is saved");
        assertThat(page.locator("#section-summary")).containsText("Last edited by");
        browser.screenshot(page, "report-draft");
        browser.assertAccessible(page);

        page.locator("#override-reason").fill("The partners add their parts in the next revision.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit to the funder"))
                .click();
        assertThat(page.locator(".flash")).containsText("submitted to the funder");
        assertThat(page.locator(".hash")).hasText(java.util.regex.Pattern.compile("[0-9a-f]{64}"));

        page.navigate("/logout");
        browser.signIn(page, "ec-reviewer");
        page.navigate("/projects/" + project.acronym() + "/reports/1");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Half-way through");
        assertThat(page.locator("form[action$='/sections/summary']")).hasCount(0);
        page.locator("input[name='decision'][value='CHANGES_REQUESTED']").check();
        page.locator("#decision-comment").fill("Please add each partner's contribution.");
        browser.assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision"))
                .click();
        assertThat(page.locator(".flash")).containsText("Your decision is recorded");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Changes requested by the funder");
        browser.screenshot(page, "report-reviewed");
    }
}
