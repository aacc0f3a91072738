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
import org.consortia.testsupport.PageSession;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An event's page: its organisers add people to the list there, without JavaScript; the funder and the partners that
 * do not organise it read the counts and charts, never a name.
 */
@QuarkusTest
class EventPageTest {

    private DemoPartnersProject project;
    private String page;

    @BeforeEach
    void aTwoDayTrainingHostedByNobodyYet() {
        project = DemoPartnersProject.create().withTraining("IN_PERSON", List.of());
        page = "/projects/" + project.acronym() + "/events/" + DemoPartnersProject.TRAINING;
    }

    @Test
    void theLeadPartnerAddsSomeoneWhoCameOnBothDays() {
        PageSession nexem = PageSession.of("nexem-partner");
        nexem.given()
                .when()
                .get(page)
                .then()
                .statusCode(200)
                .body(containsString("Nobody is on the list yet."), containsString("name=\"daysAttended\""));
        nexem.given()
                .formParam("name", "Ioana Inventata")
                .formParam("email", "ioana@example.org")
                .formParam("organisation", "Fictitious union")
                .formParam("organisationType", "TRADE_UNION")
                .formParam("country", "ro")
                .formParam("gender", "WOMAN")
                .formParam("presence", "")
                .formParam("daysAttended", "2026-07-09", "2026-07-10")
                .formParam("processingConsent", "yes")
                .formParam("_csrf", nexem.formToken(page))
                .redirects()
                .follow(false)
                .when()
                .post(page + "/participants")
                .then()
                .statusCode(303);
        nexem.given()
                .when()
                .get(page)
                .then()
                .statusCode(200)
                .body(
                        containsString("Ioana Inventata"),
                        containsString("ioana@example.org"),
                        containsString("1 participant(s) on the list."),
                        containsString("By kind of organisation"));
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .get("/api/projects/" + project.acronym() + "/events/D1.1/participants")
                .then()
                .body(
                        "items[0].country", equalTo("RO"),
                        "items[0].daysAttended", equalTo(List.of("2026-07-09", "2026-07-10")),
                        "items[0].photoConsent", equalTo(false));
    }

    @Test
    void withoutConsentNobodyIsAddedAndWhatWasTypedComesBack() {
        PageSession nexem = PageSession.of("nexem-partner");
        nexem.given()
                .formParam("name", "Ioana Inventata")
                .formParam("organisationType", "TRADE_UNION")
                .formParam("_csrf", nexem.formToken(page))
                .when()
                .post(page + "/participants")
                .then()
                .statusCode(400)
                .body(containsString("value=\"Ioana Inventata\""), containsString("field-processingConsent-error"));
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .get("/api/projects/" + project.acronym() + "/events/D1.1/participants")
                .then()
                .body("total", equalTo(0));
    }

    @Test
    void theFunderAndOtherPartnersReadTheChartsButNoName() {
        PageSession.of("ec-reviewer")
                .given()
                .get(project.page())
                .then()
                .statusCode(200)
                .body(not(containsString("1 listed")));
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name", "Ioana Inventata",
                        "organisationType", "TRADE_UNION",
                        "country", "RO",
                        "processingConsent", true))
                .post("/api/projects/" + project.acronym() + "/events/D1.1/participants")
                .then()
                .statusCode(201);
        for (String reader : List.of("ec-reviewer", "elisfa-partner")) {
            PageSession.of(reader)
                    .given()
                    .when()
                    .get(page)
                    .then()
                    .statusCode(200)
                    .body(
                            containsString("1 participant(s) on the list."),
                            containsString("Trade union"),
                            not(containsString("Inventat")),
                            not(containsString("name=\"processingConsent\"")));
        }
        PageSession.of("ec-reviewer")
                .given()
                .get(project.page())
                .then()
                .statusCode(200)
                .body(containsString("1 listed · 1 country · employers 0, unions 1"), not(containsString("Inventat")));
        PageSession elisfa = PageSession.of("elisfa-partner");
        elisfa.given()
                .formParam("name", "Someone")
                .formParam("organisationType", "NGO")
                .formParam("processingConsent", "yes")
                .formParam("_csrf", elisfa.formToken(project.page(DemoPartnersProject.TRAINING)))
                .when()
                .post(page + "/participants")
                .then()
                .statusCode(403);
    }
}
