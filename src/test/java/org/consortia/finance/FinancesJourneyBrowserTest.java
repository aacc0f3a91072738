package org.consortia.finance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.time.YearMonth;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.consortia.testsupport.Browser;
import org.consortia.testsupport.TimesheetProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 20's path in a real Chromium, with the accessibility check on each page: nexem-partner closes a month of
 * timesheets (nexem-finance countersigns it), declares period 1's statement and submits it; unipso-coordinator
 * accepts it, finds it on the finance page and in the periodic report, and submits the report; ec-reviewer reads the
 * report's financial part in its PDF.
 */
@QuarkusTest
class FinancesJourneyBrowserTest {

    @RegisterExtension
    final Browser browser = new Browser();

    private TimesheetProject project;
    private YearMonth month;

    @BeforeEach
    void aProjectWithABudget() {
        project = TimesheetProject.create();
        month = TimesheetProject.freshMonth();
    }

    @Test
    void fromTimesheetsToTheFundersPdf() throws IOException {
        Page page = browser.open("/");
        String acronym = project.acronym();

        browser.signIn(page, "nexem-partner");
        page.locator("header a[href='/timesheets']").click();
        page.locator("#month").fill(month.toString());
        click(page, "Open a month");
        page.getByLabel("Hours on " + acronym + " WP1").fill("71,67");
        page.getByLabel("What was done on " + acronym + " WP1").fill("Prepared the trainers' guide");
        click(page, "Save the hours");
        assertThat(page.locator(".flash")).containsText("are saved");
        browser.screenshot(page, "timesheet-month");
        browser.assertAccessible(page);
        click(page, "Sign the month");
        assertThat(page.locator(".flash")).containsText("is signed");
        switchTo(page, "nexem-finance");
        page.navigate("/timesheets");
        browser.assertAccessible(page);
        page.locator("a[href='/timesheets/nexem-partner/" + month + "']").click();
        click(page, "Countersign and close the month");
        assertThat(page.locator(".flash")).containsText("countersigned and closed");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download the timesheet (PDF)")))
                .isVisible();
        browser.screenshot(page, "timesheet-closed");

        switchTo(page, "nexem-partner");
        page.navigate("/projects/" + acronym);
        page.locator("main a[href='/projects/" + acronym + "/statements']").click();
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Declare the statement of NEXEM for period 1"))
                .click();
        assertThat(page.locator("#effort-caption ~ tbody")).containsText("0.50");
        page.getByLabel("Declared in A.1").fill("30000");
        page.getByLabel("Declared in B").fill("2000");
        page.getByLabel("Justification of B").fill("Interpretation at the training");
        page.getByLabel("Explanation of the use of resources").fill("The trainings were held as planned.");
        click(page, "Save the statement");
        assertThat(page.locator(".flash")).containsText("is saved");
        browser.screenshot(page, "statement-draft");
        browser.assertAccessible(page);
        click(page, "Submit to the coordinator");
        assertThat(page.locator(".flash")).containsText("submitted to the coordinator");

        switchTo(page, "unipso-coordinator");
        page.navigate("/projects/" + acronym + "/statements");
        browser.assertAccessible(page);
        page.locator("a[href='/projects/" + acronym + "/statements/1/NEXEM']").click();
        click(page, "Accept");
        assertThat(page.locator(".flash")).containsText("accepted");
        assertThat(page.locator("main")).containsText("SHA-256");
        page.navigate("/projects/" + acronym);
        page.locator("main a[href='/projects/" + acronym + "/finances']").click();
        assertThat(page.locator("table:has(caption:text('Costs per beneficiary (EUR): budget and declared'))"))
                .containsText("34,100.00");
        browser.screenshot(page, "finances");
        browser.assertAccessible(page);
        page.navigate("/projects/" + acronym + "/reports/1");
        click(page, "Open the report");
        assertThat(page.locator("#finances-statements")).isVisible();
        assertThat(page.locator("table:has(#finances-statements)")).containsText("27,280.00");
        browser.assertAccessible(page);
        page.locator("#override-reason").fill("The sections follow in the next revision.");
        click(page, "Submit to the funder");
        assertThat(page.locator(".flash")).containsText("submitted to the funder");

        switchTo(page, "ec-reviewer");
        page.navigate("/projects/" + acronym + "/reports/1");
        assertThat(page.locator("#finances")).isVisible();
        browser.assertAccessible(page);
        Download download = page.waitForDownload(
                () -> page.locator("a[href*='/reports/1/pdf']").click());
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text, containsString("Use of resources"));
            assertThat(text, containsString("27,280.00"));
            assertThat(text, containsString("WP1"));
        }
    }

    private static void click(Page page, String button) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(button).setExact(true))
                .click();
    }

    /** Signs out, then in as {@code username}. */
    private void switchTo(Page page, String username) {
        page.locator("a[href='/logout']").click();
        assertThat(page.getByRole(AriaRole.BANNER).locator("a[href='/login']")).isVisible();
        browser.signIn(page, username);
    }
}
