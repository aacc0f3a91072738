package org.consortia.timesheet;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.time.YearMonth;
import java.util.List;
import org.consortia.testsupport.PageSession;
import org.consortia.testsupport.TimesheetProject;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The timesheet pages: nexem-partner fills a month in on its form (a row per work package under way), signs it, and
 * nexem-finance finds it waiting, countersigns it or sends it back; nobody else sees it.
 */
@QuarkusTest
class TimesheetPageTest {

    private TimesheetProject project;
    private YearMonth month;
    private String page;

    @BeforeEach
    void aMonthOfItsOwn() {
        project = TimesheetProject.create();
        month = TimesheetProject.freshMonth();
        page = "/timesheets/nexem-partner/" + month;
    }

    @Test
    void theStaffMemberFillsInAndSignsTheMonthAndTheSupervisorClosesIt() {
        PageSession nexem = PageSession.of("nexem-partner");
        nexem.given()
                .when()
                .get("/timesheets")
                .then()
                .statusCode(200)
                .body(containsString("href=\"/timesheets\">Timesheets</a>"))
                .body(containsString("type=\"month\""));
        nexem.given()
                .redirects()
                .follow(false)
                .when()
                .get("/timesheets?month=" + month)
                .then()
                .statusCode(303)
                .header("Location", containsString(page));
        nexem.given()
                .when()
                .get(page)
                .then()
                .statusCode(200)
                .body(containsString("value=\"" + project.acronym() + "/WP1\""))
                .body(not(containsString("value=\"" + project.acronym() + "/WP3\"")));

        nexem.given()
                .formParam("row", project.acronym() + "/WP1", project.acronym() + "/WP2")
                .formParam("hours", "7,5", "")
                .formParam("description", "Training plan", "")
                .formParam("version", "0")
                .formParam("_csrf", nexem.formToken(page))
                .redirects()
                .follow(false)
                .when()
                .post(page)
                .then()
                .statusCode(303);
        nexem.given()
                .when()
                .get(page)
                .then()
                .body(containsString("Training plan"))
                .body(containsString("7.50"));
        nexem.given()
                .formParam("version", "0")
                .formParam("_csrf", nexem.formToken(page))
                .redirects()
                .follow(false)
                .when()
                .post(page + "/signature")
                .then()
                .statusCode(303);

        PageSession finance = PageSession.of("nexem-finance");
        finance.given().when().get("/timesheets").then().statusCode(200).body(containsString("href=\"" + page + "\""));
        finance.given()
                .formParam("version", "1")
                .formParam("_csrf", finance.formToken(page))
                .redirects()
                .follow(false)
                .when()
                .post(page + "/signature")
                .then()
                .statusCode(303);
        nexem.given()
                .when()
                .get(page)
                .then()
                .statusCode(200)
                .body(containsString("Countersigned by NEXEM Finance"))
                .body(containsString(page + "/pdf"));
        nexem.given().when().get(page + "/pdf").then().statusCode(200).contentType("application/pdf");
    }

    @Test
    void aMistakeComesBackOnTheFormWithWhatWasTyped() {
        PageSession nexem = PageSession.of("nexem-partner");
        nexem.given()
                .formParam("row", project.acronym() + "/WP1", project.acronym() + "/WP2")
                .formParam("hours", "5", "lots")
                .formParam("description", "Typed text kept", "Dissemination")
                .formParam("version", "0")
                .formParam("_csrf", nexem.formToken(page))
                .when()
                .post(page)
                .then()
                .statusCode(400)
                .body(containsString("role=\"alert\""))
                .body(containsString("value=\"Typed text kept\""))
                .body(containsString("value=\"lots\""));
        nexem.given()
                .formParam("row", project.acronym() + "/WP1")
                .formParam("hours", "3")
                .formParam("description", "")
                .formParam("version", "0")
                .formParam("_csrf", nexem.formToken(page))
                .when()
                .post(page)
                .then()
                .statusCode(400)
                .body(containsString("say what was done"));
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .get("/api" + page)
                .then()
                .body("entries", equalTo(List.of()));
    }

    @Test
    void aSupervisorSendsItBackWithAReasonAndOthersSeeNothing() {
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .contentType("application/json")
                .body(java.util.Map.of("entries", List.of(project.entry("WP1", 4, "Meeting"))))
                .put("/api" + page)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .post("/api" + page + "/signature")
                .then()
                .statusCode(200);
        PageSession finance = PageSession.of("nexem-finance");
        finance.given()
                .formParam("comment", "Which meeting?")
                .formParam("version", "1")
                .formParam("_csrf", finance.formToken(page))
                .redirects()
                .follow(false)
                .when()
                .post(page + "/reopening")
                .then()
                .statusCode(303);
        PageSession.of("nexem-partner")
                .given()
                .when()
                .get(page)
                .then()
                .body(containsString("Sent back by a supervisor: Which meeting?"));
        PageSession.of("unipso-coordinator").given().when().get(page).then().statusCode(404);
        PageSession.of("ec-reviewer")
                .given()
                .when()
                .get("/timesheets")
                .then()
                .statusCode(200)
                .body(not(containsString("href=\"/timesheets\">Timesheets</a>")));
    }
}
