package org.consortia.settings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consortia.testsupport.DemoConsortium;
import org.consortia.testsupport.PageSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The settings page: a calendar link created, shown once, replaced and revoked through the forms. */
@QuarkusTest
class SettingsPageTest {

    private static final Pattern FEED = Pattern.compile("value=\"(http[^\"]+/calendar/[^\"]+\\.ics)\"");

    private PageSession partner;

    @BeforeEach
    void signIn() {
        DemoConsortium.load();
        partner = PageSession.of("wrzos-partner");
    }

    @Test
    void aCalendarLinkIsShownOnceThenOnlyItsDate() {
        String created = partner.given()
                .formParam("_csrf", partner.formToken("/settings"))
                .when()
                .post("/settings/calendar")
                .then()
                .statusCode(200)
                .contentType(ContentType.HTML)
                .body(containsString("/FORESEE.ics"))
                .extract()
                .asString();
        String feed = feedIn(created);
        given().get(URI.create(feed).getPath()).then().statusCode(200).contentType(containsString("text/calendar"));

        partner.given()
                .get("/settings")
                .then()
                .statusCode(200)
                .body(not(containsString(URI.create(feed).getPath())), containsString("calendar/revocation"));

        String replaced = feedIn(partner.given()
                .formParam("_csrf", partner.formToken("/settings"))
                .when()
                .post("/settings/calendar")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        given().get(URI.create(feed).getPath()).then().statusCode(404);

        partner.given()
                .redirects()
                .follow(false)
                .formParam("_csrf", partner.formToken("/settings"))
                .when()
                .post("/settings/calendar/revocation")
                .then()
                .statusCode(303)
                .header("Location", containsString("/settings"));
        given().get(URI.create(replaced).getPath()).then().statusCode(404);
    }

    @Test
    void aForgedRequestForANewLinkIsRefused() {
        partner.given()
                .formParam("_csrf", "forged")
                .when()
                .post("/settings/calendar")
                .then()
                .statusCode(403);
        partner.given().when().post("/settings/calendar/revocation").then().statusCode(403);
    }

    @Test
    void myDeadlinesListWhatIsOverdueAcrossMyProjects() {
        partner.given()
                .get("/deadlines")
                .then()
                .statusCode(200)
                .body(containsString("href=\"/projects/FORESEE/deliverables/D5.4\""), not(containsString("NMLS")));
        given().redirects().follow(false).get("/deadlines").then().statusCode(302);
    }

    private static String feedIn(String page) {
        Matcher matcher = FEED.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("no calendar link on the page");
        }
        return matcher.group(1);
    }
}
