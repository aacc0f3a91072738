package org.consortia.deliverable.page;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.consortia.testsupport.DemoPartnersProject.DRAFT;
import static org.consortia.testsupport.DemoPartnersProject.IN_REVIEW;
import static org.consortia.testsupport.DemoPartnersProject.TRAINING;
import static org.hamcrest.Matchers.equalTo;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import org.consortia.testsupport.Browser;
import org.consortia.testsupport.DemoConsortium;
import org.consortia.testsupport.DemoPartnersProject;
import org.consortia.testsupport.MinimalPdf;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A training goes the whole way through its pages in a real Chromium, each person signing in through
 * the real Keycloak form: NEXEM, its lead partner, works on it and uploads the minutes; UNIPSO's
 * coordinator approves and submits it; the Commission's reviewer accepts it.
 */
@QuarkusTest
class WorkflowBrowserTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @TempDir
    Path files;

    private DemoPartnersProject project;

    @BeforeEach
    void aFreshProject() {
        DemoConsortium.load();
        project = DemoPartnersProject.create();
    }

    @Test
    void aTrainingGoesFromPlannedToAcceptedThroughThePages() {
        Page page = browser.open("/");

        browser.signIn(page, "nexem-partner");
        page.navigate(project.page(TRAINING));
        press(page, "Start the work");
        assertThat(flash(page)).hasText("D1.1 is now: In progress.");
        page.getByLabel("File", new Page.GetByLabelOptions().setExact(true))
                .setInputFiles(MinimalPdf.file(files, "minutes.pdf"));
        page.getByLabel("Note").fill("Minutes and attendance list");
        press(page, "Upload");
        assertThat(flash(page)).hasText("minutes.pdf uploaded as version 1.");
        press(page, "Send to internal review");
        assertThat(flash(page)).hasText("D1.1 is now: In internal review.");
        assertThat(page.locator("a[href$='/files/1']")).hasText("minutes.pdf");
        browser.screenshot(page, "deliverable-partner");
        browser.assertAccessible(page);
        signOut(page);

        browser.signIn(page, "unipso-coordinator");
        page.navigate(project.page(TRAINING));
        press(page, "Approve");
        assertThat(flash(page)).hasText("D1.1 is now: Approved internally.");
        page.getByLabel("Version to submit").selectOption("1");
        press(page, "Submit to the funder");
        assertThat(flash(page)).hasText("D1.1 is now: Submitted.");
        browser.screenshot(page, "deliverable-coordinator");
        browser.assertAccessible(page);
        signOut(page);

        browser.signIn(page, "ec-reviewer");
        page.navigate(project.page());
        Locator deliverables = page.locator("table:has(caption:text('Deliverables by work package'))");
        assertThat(deliverables.locator("a[href='" + project.page(TRAINING) + "']"))
                .isVisible();
        // The drafts are there too, as obligations not yet submitted, never under an internal status.
        assertThat(deliverables.locator("tr:has(a[href='" + project.page(DRAFT) + "'])"))
                .containsText("Not submitted");
        assertThat(deliverables.locator("tr:has(a[href='" + project.page(IN_REVIEW) + "'])"))
                .containsText("Not submitted");
        assertThat(deliverables).not().containsText("In internal review");
        browser.assertAccessible(page);
        deliverables.locator("a[href='" + project.page(TRAINING) + "']").click();
        press(page, "Accept");
        assertThat(flash(page)).hasText("D1.1 is now: Accepted.");
        browser.screenshot(page, "deliverable-reviewer");
        browser.assertAccessible(page);

        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .when()
                .get(project.api(TRAINING))
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"), "workflow.submittedVersion", equalTo(1));
    }

    private static void press(Page page, String button) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(button).setExact(true))
                .click();
    }

    private static Locator flash(Page page) {
        return page.locator("p.flash");
    }

    /** Signs out of the application and of Keycloak, so the next person signs in with their own account. */
    private static void signOut(Page page) {
        page.locator("a[href='/logout']").click();
        assertThat(page.getByRole(AriaRole.BANNER).locator("a[href='/login']")).isVisible();
    }
}
