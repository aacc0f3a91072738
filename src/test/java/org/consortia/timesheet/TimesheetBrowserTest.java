package org.consortia.timesheet;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.time.YearMonth;
import org.consortia.testsupport.Browser;
import org.consortia.testsupport.TimesheetProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A month of timesheets in a real Chromium, with the accessibility check: nexem-partner opens it from the header,
 * types its hours and signs; nexem-finance countersigns it from the list of months waiting.
 */
@QuarkusTest
class TimesheetBrowserTest {

    @RegisterExtension
    final Browser browser = new Browser();

    private TimesheetProject project;
    private YearMonth month;

    @BeforeEach
    void aMonthOfItsOwn() {
        project = TimesheetProject.create();
        month = TimesheetProject.freshMonth();
    }

    @Test
    void theStaffMemberSignsAMonthAndTheSupervisorClosesIt() {
        Page page = browser.open("/");
        browser.signIn(page, "nexem-partner");
        page.locator("header a[href='/timesheets']").click();
        page.locator("#month").fill(month.toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open a month"))
                .click();
        page.getByLabel("Hours on " + project.acronym() + " WP1").fill("12,5");
        page.getByLabel("What was done on " + project.acronym() + " WP1").fill("Prepared the trainers' guide");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the hours"))
                .click();
        assertThat(page.locator(".flash")).containsText("are saved");
        browser.screenshot(page, "timesheet-month");
        browser.assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign the month"))
                .click();
        assertThat(page.locator(".flash")).containsText("is signed");

        page.locator("a[href='/logout']").click();
        assertThat(page.getByRole(AriaRole.BANNER).locator("a[href='/login']")).isVisible();
        Page supervisor = page;
        browser.signIn(supervisor, "nexem-finance");
        supervisor.navigate("/timesheets");
        browser.assertAccessible(supervisor);
        supervisor.locator("a[href='/timesheets/nexem-partner/" + month + "']").click();
        supervisor
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Countersign and close the month"))
                .click();
        assertThat(supervisor.locator(".flash")).containsText("countersigned and closed");
        assertThat(supervisor.getByRole(
                        AriaRole.LINK, new Page.GetByRoleOptions().setName("Download the timesheet (PDF)")))
                .isVisible();
        browser.screenshot(supervisor, "timesheet-closed");
        browser.assertAccessible(supervisor);
    }
}
