package org.consortia.attendance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.consortia.testsupport.DemoPartnersProject;
import org.consortia.testsupport.MinimalPdf;
import org.consortia.testsupport.PageSession;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The evidence on the event's pages, without JavaScript: the check-in of a day (find a name, mark present, add a
 * walk-in), the closing of the attendance, the upload of a signed sheet and the funder's reading of the one chosen.
 */
@QuarkusTest
class EvidencePageTest {

    private DemoPartnersProject project;
    private String page;
    private long ana;

    @BeforeEach
    void aTwoDayTrainingWithTwoPeopleOnTheList() {
        project = DemoPartnersProject.create().withTraining("IN_PERSON", List.of());
        page = "/projects/" + project.acronym() + "/events/" + DemoPartnersProject.TRAINING;
        ana = add("Ana Exemplo");
        add("Bogdan Inventat");
    }

    @Test
    void theLeadPartnerChecksSomeoneInFindsANameAndAddsAWalkIn() {
        PageSession nexem = PageSession.of("nexem-partner");
        String day = page + "/check-in/2026-07-09";
        nexem.given()
                .get(day)
                .then()
                .statusCode(200)
                .body(containsString("0 of 2 on the list present this day."), containsString("Ana Exemplo"));
        nexem.given()
                .formParam("present", "yes")
                .formParam("q", "ana")
                .formParam("page", "0")
                .formParam("_csrf", nexem.formToken(day))
                .redirects()
                .follow(false)
                .post(day + "/" + ana)
                .then()
                .statusCode(303)
                .header("Location", containsString("/check-in/2026-07-09?q=ana&page=0#p" + ana));
        nexem.given()
                .queryParam("q", "ANA")
                .get(day)
                .then()
                .statusCode(200)
                .body(
                        containsString("1 of 2 on the list present this day."),
                        containsString("Ana Exemplo"),
                        not(containsString("Bogdan Inventat")),
                        containsString("name=\"present\" value=\"no\""));
        nexem.given()
                .formParam("name", "Dora Spontan")
                .formParam("organisation", "Walk-in union")
                .formParam("organisationType", "TRADE_UNION")
                .formParam("country", "pt")
                .formParam("processingConsent", "yes")
                .formParam("_csrf", nexem.formToken(day))
                .redirects()
                .follow(false)
                .post(day + "/walk-ins")
                .then()
                .statusCode(303);
        nexem.given()
                .formParam("name", "Eve Noconsent")
                .formParam("organisationType", "TRADE_UNION")
                .formParam("_csrf", nexem.formToken(day))
                .post(day + "/walk-ins")
                .then()
                .statusCode(400)
                .body(containsString("value=\"Eve Noconsent\""), containsString("field-processingConsent-error"));
        nexem.given()
                .get(day)
                .then()
                .body(containsString("2 of 3 on the list present this day."), containsString("Dora Spontan"));

        PageSession.of("elisfa-partner").given().get(day).then().statusCode(403);
        PageSession.of("ec-reviewer").given().get(day).then().statusCode(403);
        nexem.given().get(page + "/check-in/2026-07-11").then().statusCode(404);
    }

    @Test
    void closingTheAttendanceLeavesTheCheckInReadOnly() {
        PageSession nexem = PageSession.of("nexem-partner");
        nexem.given()
                .get(page)
                .then()
                .statusCode(200)
                .body(
                        containsString("Attendance and evidence"),
                        containsString("/evidence/signature-sheet/2026-07-10"),
                        containsString("/check-in/2026-07-10"));
        nexem.given()
                .formParam("_csrf", nexem.formToken(page))
                .redirects()
                .follow(false)
                .post(page + "/evidence/close")
                .then()
                .statusCode(303);
        nexem.given()
                .get(page)
                .then()
                .body(containsString("The attendance was closed on"), not(containsString("/check-in/2026-07-10\"")));
        nexem.given()
                .get(page + "/check-in/2026-07-09")
                .then()
                .statusCode(200)
                .body(containsString("The attendance is closed"), not(containsString("Mark present")));
        nexem.given()
                .get(page + "/evidence/signature-sheet/2026-07-09")
                .then()
                .statusCode(200)
                .contentType("application/pdf");
        PageSession.of("elisfa-partner")
                .given()
                .get(page + "/evidence/signature-sheet/2026-07-09")
                .then()
                .statusCode(403);
    }

    @Test
    void aSignedSheetUploadedOnThePageReachesTheFunderOnceChosenAndSubmitted() {
        PageSession nexem = PageSession.of("nexem-partner");
        nexem.given()
                .multiPart("day", "2026-07-09")
                .multiPart("scan", "signed-day-1.pdf", MinimalPdf.bytes(), "application/pdf")
                .multiPart("_csrf", nexem.formToken(page))
                .redirects()
                .follow(false)
                .post(page + "/evidence/signed-sheets")
                .then()
                .statusCode(303);
        nexem.given()
                .multiPart("day", "2026-07-09")
                .multiPart("scan", "notes.txt", "not a scan".getBytes(), "text/plain")
                .multiPart("_csrf", nexem.formToken(page))
                .post(page + "/evidence/signed-sheets")
                .then()
                .statusCode(415)
                .body(containsString("Ana Exemplo"));
        long sheet = given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .get(project.event(DemoPartnersProject.TRAINING) + "/signed-sheets")
                .then()
                .body("total", equalTo(1))
                .extract()
                .jsonPath()
                .getLong("items[0].id");
        nexem.given()
                .formParam("chosen", "yes")
                .formParam("_csrf", nexem.formToken(page))
                .redirects()
                .follow(false)
                .post(page + "/evidence/signed-sheets/" + sheet + "/for-funder")
                .then()
                .statusCode(303);

        PageSession reviewer = PageSession.of("ec-reviewer");
        reviewer.given()
                .get(page)
                .then()
                .statusCode(200)
                .body(
                        containsString("No signed sheet was sent with this deliverable."),
                        not(containsString("Ana Exemplo")));
        project.submit(DemoPartnersProject.TRAINING);
        reviewer.given()
                .get(page)
                .then()
                .statusCode(200)
                .body(
                        containsString("signed-day-1.pdf"),
                        not(containsString("Ana Exemplo")),
                        not(containsString("Keep from the funder")));
        reviewer.given()
                .get(page + "/evidence/signed-sheets/" + sheet)
                .then()
                .statusCode(200)
                .contentType("application/pdf");
        nexem.given()
                .get(page)
                .then()
                .body(containsString("signed-day-1.pdf"), not(containsString("Keep from the funder")));
    }

    private long add(String name) {
        return given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name", name,
                        "organisation", "Fictitious union",
                        "organisationType", "TRADE_UNION",
                        "country", "RO",
                        "processingConsent", true))
                .post(project.event(DemoPartnersProject.TRAINING) + "/participants")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }
}
