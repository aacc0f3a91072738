package org.consortia.finance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.consortia.testsupport.PageSession;
import org.consortia.testsupport.TimesheetProject;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The statement pages: nexem-partner finds period 1 to declare, fills the form in and submits; unipso-coordinator
 * accepts it from the same page; ec-reviewer then reads it, frozen. A mistake comes back with what was typed.
 */
@QuarkusTest
class StatementPageTest {

    private TimesheetProject project;
    private String list;
    private String page;

    @BeforeEach
    void aProjectWithABudget() {
        project = TimesheetProject.create();
        list = "/projects/" + project.acronym() + "/statements";
        page = list + "/1/NEXEM";
    }

    @Test
    void nexemDeclaresAndSubmitsAndTheCoordinatorAccepts() {
        PageSession nexem = PageSession.of("nexem-partner");
        nexem.given()
                .when()
                .get(list)
                .then()
                .statusCode(200)
                .body(containsString("href=\"" + page + "\""))
                .body(not(containsString("href=\"" + list + "/2/NEXEM\"")));
        nexem.given()
                .when()
                .get(page)
                .then()
                .statusCode(200)
                .body(containsString("name=\"amount\""))
                .body(containsString("name=\"explanation\""));
        nexem.given()
                .formParam("category", "A.1", "B", "C.1")
                .formParam("amount", "30000", "2 000,50", "")
                .formParam("justification", "", "Interpretation", "")
                .formParam("workPackage", "WP1")
                .formParam("personMonths", "")
                .formParam("reason", "")
                .formParam("explanation", "The trainings were held.")
                .formParam("version", "0")
                .formParam("_csrf", nexem.formToken(page))
                .redirects()
                .follow(false)
                .when()
                .post(page)
                .then()
                .statusCode(400)
                .body(containsString("value=\"2 000,50\""));
        nexem.given()
                .formParam("category", "A.1", "B", "C.1")
                .formParam("amount", "30000", "2000,50", "")
                .formParam("justification", "", "Interpretation", "")
                .formParam("workPackage", "WP1")
                .formParam("personMonths", "")
                .formParam("reason", "")
                .formParam("explanation", "The trainings were held.")
                .formParam("version", "0")
                .formParam("_csrf", nexem.formToken(page))
                .redirects()
                .follow(false)
                .when()
                .post(page)
                .then()
                .statusCode(303);
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .get("/api" + page)
                .then()
                .body("costs.find { it.category == 'B' }.amount", equalTo(2000.50f))
                .body("costs.find { it.category == 'B' }.justification", equalTo("Interpretation"));
        nexem.given()
                .formParam("version", "1")
                .formParam("_csrf", nexem.formToken(page))
                .redirects()
                .follow(false)
                .when()
                .post(page + "/submission")
                .then()
                .statusCode(303);

        PageSession coordinator = PageSession.of("unipso-coordinator");
        coordinator.given().when().get(page).then().statusCode(200).body(containsString("value=\"ACCEPTED\""));
        coordinator
                .given()
                .formParam("decision", "ACCEPTED")
                .formParam("comment", "")
                .formParam("version", "2")
                .formParam("_csrf", coordinator.formToken(page))
                .redirects()
                .follow(false)
                .when()
                .post(page + "/decision")
                .then()
                .statusCode(303);
        PageSession.of("ec-reviewer")
                .given()
                .when()
                .get(page)
                .then()
                .statusCode(200)
                .body(containsString("SHA-256"))
                .body(containsString("Interpretation"))
                .body(not(containsString("name=\"amount\"")));
    }

    @Test
    void othersSeeItListedWithoutItsFiguresAndTheFunderNotAtAllWhileADraft() {
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .contentType("application/json")
                .body(java.util.Map.of("costs", java.util.Map.of("A.1", 1000)))
                .put("/api" + page)
                .then()
                .statusCode(200);
        PageSession.of("elisfa-partner")
                .given()
                .when()
                .get(list)
                .then()
                .statusCode(200)
                .body(containsString("NEXEM"))
                .body(not(containsString("href=\"" + page + "\"")));
        PageSession.of("elisfa-partner").given().when().get(page).then().statusCode(404);
        PageSession.of("ec-reviewer").given().when().get(page).then().statusCode(404);
    }

    @Test
    void onALumpSumGrantNexemTicksTheWorkPackagesItCompleted() {
        String lumpSum = "/projects/" + TimesheetProject.createLumpSum().acronym() + "/statements/1/NEXEM";
        PageSession nexem = PageSession.of("nexem-partner");
        nexem.given()
                .when()
                .get(lumpSum)
                .then()
                .statusCode(200)
                .body(containsString("name=\"completed\" value=\"WP1\""))
                .body(containsString("name=\"completed\" value=\"WP3\""))
                .body(not(containsString("name=\"amount\"")));
        nexem.given()
                .formParam("completed", "WP3")
                .formParam("explanation", "")
                .formParam("version", "0")
                .formParam("_csrf", nexem.formToken(lumpSum))
                .redirects()
                .follow(false)
                .when()
                .post(lumpSum)
                .then()
                .statusCode(303);
        nexem.given()
                .when()
                .get(lumpSum)
                .then()
                .statusCode(200)
                .body(containsString("value=\"WP3\" id=\"completed-WP3\" checked"))
                .body(containsString("20,000.00"));
    }
}
