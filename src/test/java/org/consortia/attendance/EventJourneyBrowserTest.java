package org.consortia.attendance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.consortia.notification.MailSender;
import org.consortia.testsupport.Browser;
import org.consortia.testsupport.DemoPartnersProject;
import org.consortia.testsupport.GreenMailResource;
import org.consortia.testsupport.MinimalPdf;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An event from registration to the report, in a real Chromium with axe on each page: the lead partner opens the
 * registration; a visitor registers and confirms by mail; the host partner prints the signature sheet, checks people in
 * over two days, adds a walk-in, uploads a scanned sheet and closes the attendance; the visitor answers the survey;
 * the coordinator reads the breakdowns and the evaluation in the periodic report; the funder's reviewer reads the
 * aggregates and no name.
 */
@QuarkusTest
class EventJourneyBrowserTest {

    private static final String VISITOR = "Vera Vizitator";

    @RegisterExtension
    final Browser browser = new Browser();

    @Inject
    MailSender sender;

    @Test
    void fromRegistrationToTheReport() throws IOException {
        DemoPartnersProject project = aTwoDayTrainingHostedByElisfaFromToday();
        String eventPage = "/projects/" + project.acronym() + "/events/D1.1";
        String email = "vera." + project.acronym().toLowerCase() + "@example.org";

        // 1. The lead partner opens the registration.
        Page page = browser.open("/");
        browser.signIn(page, "nexem-partner");
        page.navigate(eventPage);
        browser.assertAccessible(page);
        button(page, "Open the registration").click();
        assertThat(page.locator(".flash")).containsText("The registration is open.");
        String form = page.locator("a[href^='/register/']").first().getAttribute("href");
        signOut(page);

        // 2. A visitor registers and confirms by mail.
        page.navigate(form);
        browser.assertAccessible(page);
        label(page, "Name (required)").fill(VISITOR);
        label(page, "E-mail (required)").fill(email);
        label(page, "Organisation").fill("Sindicatul Exemplu");
        label(page, "Country of the organisation").fill("RO");
        label(page, "Kind of organisation (required)").selectOption("TRADE_UNION");
        page.locator("#field-processingConsent").check();
        button(page, "Register").click();
        assertThat(page.locator(".flash")).containsText("Check your mailbox");
        browser.assertAccessible(page);
        page.navigate(link(email, "/register/confirm/"));
        browser.assertAccessible(page);
        button(page, "Confirm my registration").click();
        assertThat(page.locator(".flash")).containsText("you are registered for Training on social dialogue");

        // 3. The host prints the sheets, checks people in over two days, uploads a scanned sheet, closes the event.
        browser.signIn(page, "elisfa-partner");
        page.navigate(eventPage);
        Download download = page.waitForDownload(() -> page.getByRole(
                        AriaRole.LINK, new Page.GetByRoleOptions().setName("Signature sheet (PDF) – 15 Jun 2026"))
                .click());
        String sheet = text(Files.readAllBytes(download.path()));
        for (String expected : List.of("Attendance sheet", "Day 1 of 2", VISITOR, "Sindicatul Exemplu", "Signature")) {
            assertTrue(sheet.contains(expected), expected + " in:\n" + sheet);
        }
        for (String day : List.of("15 Jun 2026", "16 Jun 2026")) {
            page.navigate(eventPage);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Check in – " + day))
                    .click();
            browser.assertAccessible(page);
            button(page, "Mark present – " + VISITOR).click();
            assertThat(page.locator(".flash")).containsText(VISITOR + " is present.");
        }
        label(page, "Name").fill("Walter Walkin");
        label(page, "Kind of organisation").selectOption("PUBLIC_AUTHORITY");
        page.locator("#field-processingConsent").check();
        button(page, "Add, present today").click();
        assertThat(page.getByText("2 of 2 on the list present this day.")).isVisible();
        page.navigate(eventPage);
        label(page, "Scan of the signed sheet")
                .setInputFiles(new FilePayload("signed-day-1.pdf", "application/pdf", MinimalPdf.bytes()));
        button(page, "Upload").click();
        assertThat(page.locator(".flash")).containsText("Version 1 of the sheet of 2026-06-15 is stored.");
        button(page, "Close the attendance").click();
        assertThat(page.locator(".flash")).containsText("The attendance is closed.");
        browser.assertAccessible(page);
        signOut(page);

        // 4. The participant answers the survey.
        page.navigate(link(email, "/survey/"));
        browser.assertAccessible(page);
        page.locator("#field-score1-5").check();
        page.locator("#field-score2-4").check();
        page.locator("#field-score3-4").check();
        page.locator("#field-score4-5").check();
        label(page, "Anything else you would like to tell the organisers? (optional)")
                .fill("Useful, thank you.");
        button(page, "Send my answers").click();
        assertThat(page.locator(".flash")).containsText("your answers are recorded");

        // 5. The coordinator sees the breakdowns and the evaluation in the periodic report.
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .contentType(ContentType.JSON)
                .body(Map.of("startMonth", 1, "endMonth", 18))
                .post("/api/projects/" + project.acronym() + "/reporting-periods")
                .then()
                .statusCode(201);
        browser.signIn(page, "unipso-coordinator");
        page.navigate("/projects/" + project.acronym() + "/reports/1");
        button(page, "Open the report").click();
        Locator report = page.locator("main");
        assertThat(report).containsText("2 participant(s) on the lists of 1 of the 1 event(s)");
        assertThat(report).containsText("By country of their organisation");
        assertThat(report).containsText("Evaluation by the participants");
        assertThat(report).containsText("How useful was the event for your work?");
        assertThat(report).not().containsText(VISITOR);
        browser.screenshot(page, "event-report");
        browser.assertAccessible(page);
        signOut(page);

        // 6. The funder's reviewer sees the aggregates, and no name.
        browser.signIn(page, "ec-reviewer");
        page.navigate(eventPage);
        assertThat(page.locator("main")).containsText("2 participant(s) on the list.");
        assertThat(page.locator("main")).containsText("1 answer(s); 1 participant(s) invited by mail.");
        assertThat(page.locator("main")).not().containsText(VISITOR);
        assertThat(page.locator("main")).not().containsText("Walter");
        assertThat(page.locator("main")).not().containsText("Useful, thank you.");
        browser.assertAccessible(page);
    }

    /** A new project whose training D1.1 (NEXEM leads it, ELISFA hosts it) runs today and tomorrow in Lisbon. */
    private static DemoPartnersProject aTwoDayTrainingHostedByElisfaFromToday() {
        DemoPartnersProject project = DemoPartnersProject.create();
        Map<String, Object> training = new HashMap<>(given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .get(project.api("D1.1"))
                .then()
                .extract()
                .jsonPath()
                .getMap(""));
        training.put(
                "event",
                Map.of(
                        "plannedDate", "2026-06-15",
                        "actualDate", "2026-06-15",
                        "endDate", "2026-06-16",
                        "mode", "IN_PERSON",
                        "venue", "Centro de Congressos",
                        "city", "Lisboa",
                        "country", "PT",
                        "hosts", List.of("ELISFA")));
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .contentType(ContentType.JSON)
                .body(training)
                .put(project.api("D1.1"))
                .then()
                .statusCode(200);
        return project;
    }

    /** The link starting with {@code path} in the latest mail to {@code email}, once the outbox was sent. */
    private String link(String email, String path) {
        sender.sendDue();
        GreenMail mailbox = GreenMailResource.mailbox();
        Pattern link = Pattern.compile(Pattern.quote(path) + "[A-Za-z0-9_-]{43}");
        for (int waited = 0; waited < 40; waited++) {
            List<MimeMessage> mails = GreenMailResource.mailsTo(email);
            for (int i = mails.size() - 1; i >= 0; i--) {
                Matcher found = link.matcher(GreenMailResource.text(mails.get(i)));
                if (found.find()) {
                    return found.group();
                }
            }
            mailbox.waitForIncomingEmail(250, mailbox.getReceivedMessages().length + 1);
        }
        throw new AssertionError("No mail to " + email + " with a link to " + path);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static void signOut(Page page) {
        page.locator("a[href='/logout']").click();
    }

    private static Locator label(Page page, String text) {
        return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }
}
