package org.consortia.notification;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consortia.testsupport.Browser;
import org.consortia.testsupport.DemoConsortium;
import org.consortia.testsupport.DemoPartnersProject;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A partner addressed in a comment finds the notice in a real browser: the count in the header, the
 * list, the notice opened (it leads to the deliverable and is read), then chooses on the settings page
 * which mails to get and in which language.
 */
@QuarkusTest
class NotificationsBrowserTest {

    private static final Pattern UNREAD = Pattern.compile("\\((\\d+) unread\\)");

    @RegisterExtension
    final Browser browser = new Browser();

    private DemoPartnersProject project;

    @BeforeEach
    void aCommentAddressedToELISFA() {
        DemoConsortium.load();
        List.of("nexem-partner", "elisfa-partner")
                .forEach(user -> given().auth()
                        .oauth2(Tokens.of(user))
                        .get("/api/me")
                        .then()
                        .statusCode(200));
        project = DemoPartnersProject.create();
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "text",
                        "@elisfa-partner could you add the figures of your trainings?",
                        "visibility",
                        "CONSORTIUM"))
                .post(project.api(DemoPartnersProject.IN_REVIEW) + "/comments")
                .then()
                .statusCode(201);
    }

    @Test
    void theNoticeIsCountedListedAndReadWhenOpenedThenTheMailsAreChosen() {
        Page page = browser.open("/");
        browser.signIn(page, "elisfa-partner");
        Locator header = page.getByRole(AriaRole.NAVIGATION).locator("a[href='/notifications']");
        int unread = unread(header.textContent());

        header.click();
        Locator notice = page.locator(
                "a[href^='/notifications/']",
                new Page.LocatorOptions().setHasText("[" + project.acronym() + "] A comment for you: D1.3"));
        assertThat(notice).isVisible();
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("could you add the figures of your trainings?");
        browser.screenshot(page, "notifications");
        browser.assertAccessible(page);

        notice.click();
        page.waitForURL("**" + project.page(DemoPartnersProject.IN_REVIEW));
        assertThat(page.locator(".comments")).containsText("could you add the figures");
        assertThat(
                "the notice is read",
                unread(page.getByRole(AriaRole.NAVIGATION)
                        .locator("a[href='/notifications']")
                        .textContent()),
                equalTo(unread - 1));

        page.getByRole(AriaRole.NAVIGATION).locator("a[href='/settings']").click();
        page.locator("input[name='mail'][value='COMMENTED']").uncheck();
        page.locator("#mail-language").selectOption("fr");
        page.locator("form[action='/settings/notifications'] button").click();
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Your choices for mails are saved.");
        assertThat(page.locator("input[name='mail'][value='COMMENTED']")).not().isChecked();
        assertThat(page.locator("input[name='mail'][value='REMINDER']")).isChecked();
        assertThat(page.locator("#mail-language")).hasValue("fr");
        browser.assertAccessible(page);

        Map<String, Object> chosen = given().auth()
                .oauth2(Tokens.of("elisfa-partner"))
                .get("/api/me/preferences")
                .then()
                .statusCode(200)
                .extract()
                .path("$");
        assertThat(chosen.get("language"), equalTo("fr"));
        assertThat((List<?>) chosen.get("mutedKinds"), contains("COMMENTED"));
    }

    @AfterEach
    void backToTheDefaults() {
        given().auth()
                .oauth2(Tokens.of("elisfa-partner"))
                .contentType(ContentType.JSON)
                .body(Map.of("mutedKinds", List.of()))
                .put("/api/me/preferences")
                .then()
                .statusCode(200);
    }

    /** The number of unread notices the header shows (0 when it shows none). */
    private static int unread(String link) {
        Matcher count = UNREAD.matcher(link);
        return count.find() ? Integer.parseInt(count.group(1)) : 0;
    }
}
