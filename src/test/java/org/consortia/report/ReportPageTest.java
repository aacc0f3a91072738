package org.consortia.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.consortia.testsupport.DemoConsortium;
import org.consortia.testsupport.DemoPartnersProject;
import org.consortia.testsupport.PageSession;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The report page with a real Keycloak sign-in: the coordinator opens the report, a partner writes its
 * sections (a stale form keeps what was typed), the reviewer sees nothing until the submission, then
 * asks for changes, and the coordinator opens the next revision.
 */
@QuarkusTest
class ReportPageTest {

    private DemoPartnersProject project;
    private String page;

    @BeforeEach
    void aProjectWithTwoReportingPeriods() {
        DemoConsortium.load();
        project = DemoPartnersProject.create();
        for (Map<String, Object> period :
                new Map[] {Map.of("startMonth", 1, "endMonth", 12), Map.of("startMonth", 13, "endMonth", 24)}) {
            given().auth()
                    .oauth2(Tokens.of("unipso-coordinator"))
                    .contentType(ContentType.JSON)
                    .body(period)
                    .post("/api/projects/" + project.acronym() + "/reporting-periods")
                    .then()
                    .statusCode(201);
        }
        page = "/projects/" + project.acronym() + "/reports/1";
    }

    @Test
    void fromOpeningToARequestForChangesThroughTheForms() {
        PageSession coordinator = PageSession.of("unipso-coordinator");
        PageSession nexem = PageSession.of("nexem-partner");
        PageSession reviewer = PageSession.of("ec-reviewer");

        nexem.given()
                .get(page)
                .then()
                .statusCode(200)
                .body(containsString("has not opened this period"), not(containsString("Open the report")));
        reviewer.given().get(page).then().statusCode(404);
        coordinator
                .given()
                .redirects()
                .follow(false)
                .formParam("_csrf", coordinator.formToken(page))
                .post(page)
                .then()
                .statusCode(303)
                .header("Location", containsString(page));
        coordinator
                .given()
                .get(page)
                .then()
                .statusCode(200)
                .body(
                        containsString("Draft"),
                        containsString("action=\"" + page + "/sections/summary\""),
                        containsString("Submit to the funder"));

        nexem.given()
                .get(page)
                .then()
                .statusCode(200)
                .body(
                        containsString("action=\"" + page + "/sections/wp-WP1\""),
                        containsString("action=\"" + page + "/sections/partner-NEXEM\""),
                        not(containsString("action=\"" + page + "/sections/summary\"")),
                        not(containsString("action=\"" + page + "/sections/partner-ELISFA\"")));
        nexem.given()
                .formParam("_csrf", nexem.formToken(page))
                .formParam("version", "7")
                .formParam("progress", "The Lisbon training is being prepared")
                .post(page + "/sections/wp-WP1")
                .then()
                .statusCode(412)
                .body(containsString("The Lisbon training is being prepared"));
        nexem.given()
                .redirects()
                .follow(false)
                .formParam("_csrf", nexem.formToken(page))
                .formParam("version", "0")
                .formParam("progress", "The Lisbon training is being prepared")
                .formParam("achievements", "A venue")
                .formParam("ready", "true")
                .post(page + "/sections/wp-WP1")
                .then()
                .statusCode(303);
        nexem.given()
                .formParam("_csrf", nexem.formToken(page))
                .formParam("progress", "Not mine")
                .post(page + "/sections/summary")
                .then()
                .statusCode(403);

        coordinator
                .given()
                .formParam("_csrf", coordinator.formToken(page))
                .post(page + "/submission")
                .then()
                .statusCode(409)
                .body(containsString("not marked ready"));
        coordinator
                .given()
                .redirects()
                .follow(false)
                .formParam("_csrf", coordinator.formToken(page))
                .formParam("overrideReason", "The partners write theirs next month")
                .post(page + "/submission")
                .then()
                .statusCode(303);

        List<Map<String, Object>> told = given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .get("/api/me/notifications")
                .then()
                .statusCode(200)
                .extract()
                .path("findAll { it.project == '" + project.acronym() + "' }");
        org.hamcrest.MatcherAssert.assertThat(
                told.stream().map(n -> n.get("kind") + " " + n.get("code")).toList(),
                org.hamcrest.Matchers.hasItem("REPORT_SUBMITTED P1"));
        reviewer.given()
                .redirects()
                .follow(false)
                .get("/notifications/" + told.get(0).get("id"))
                .then()
                .statusCode(303)
                .header("Location", containsString(page));
        reviewer.given()
                .get(page)
                .then()
                .statusCode(200)
                .body(
                        containsString("Submitted to the funder"),
                        containsString("The Lisbon training is being prepared"),
                        containsString("Record the decision"),
                        not(containsString("Save the section")));
        reviewer.given()
                .formParam("_csrf", reviewer.formToken(page))
                .formParam("decision", "CHANGES_REQUESTED")
                .post(page + "/decision")
                .then()
                .statusCode(400);
        reviewer.given()
                .redirects()
                .follow(false)
                .formParam("_csrf", reviewer.formToken(page))
                .formParam("section", "wp-WP1")
                .formParam("text", "How many trainees?")
                .post(page + "/comments")
                .then()
                .statusCode(303);
        reviewer.given()
                .redirects()
                .follow(false)
                .formParam("_csrf", reviewer.formToken(page))
                .formParam("decision", "CHANGES_REQUESTED")
                .formParam("comment", "Please complete the partners' parts.")
                .post(page + "/decision")
                .then()
                .statusCode(303);

        List<Map<String, Object>> decided = given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .get("/api/me/notifications")
                .then()
                .statusCode(200)
                .extract()
                .path("findAll { it.project == '" + project.acronym() + "' && it.kind == 'REPORT_DECIDED' }");
        org.hamcrest.MatcherAssert.assertThat(
                (String) decided.get(0).get("detail"), containsString("Please complete the partners' parts."));
        coordinator
                .given()
                .get(page)
                .then()
                .statusCode(200)
                .body(
                        containsString("Changes requested by the funder"),
                        containsString("How many trainees?"),
                        containsString("Open a new revision"));
        coordinator
                .given()
                .redirects()
                .follow(false)
                .formParam("_csrf", coordinator.formToken(page))
                .post(page + "/revisions")
                .then()
                .statusCode(303);
        coordinator
                .given()
                .get(page)
                .then()
                .statusCode(200)
                .body(containsString("revision 1 (Changes requested by the funder)"), containsString("Draft"));
        reviewer.given()
                .get(page)
                .then()
                .statusCode(200)
                .body(containsString("Changes requested by the funder"), not(containsString("revision 2")));
        PageSession.of("metz-coordinator").given().get(page).then().statusCode(404);
    }
}
