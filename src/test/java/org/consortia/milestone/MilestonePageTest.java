package org.consortia.milestone;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.consortia.testsupport.DemoPartnersProject;
import org.consortia.testsupport.PageSession;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A milestone's page: everyone who sees the project reads it; the lead of its work package (NEXEM leads WP1) records
 * its progress there, another partner may not.
 */
@QuarkusTest
class MilestonePageTest {

    private DemoPartnersProject project;
    private String page;

    @BeforeEach
    void aMilestoneOfWorkPackage1() {
        project = DemoPartnersProject.create();
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .contentType(ContentType.JSON)
                .body(Map.of("code", "MS1", "title", "Trainers trained", "workPackage", "WP1", "dueMonth", 12))
                .post("/api/projects/" + project.acronym() + "/milestones")
                .then()
                .statusCode(201);
        page = "/projects/" + project.acronym() + "/milestones/MS1";
    }

    @Test
    void theLeadOfItsWorkPackageRecordsItsProgress() {
        PageSession nexem = PageSession.of("nexem-partner");
        nexem.given().when().get(page).then().statusCode(200).body(containsString("name=\"achievedDate\""));
        nexem.given()
                .formParam("forecastDate", "2026-01-20")
                .formParam("achievedDate", "2026-01-22")
                .formParam("version", "0")
                .formParam("_csrf", nexem.formToken(page))
                .redirects()
                .follow(false)
                .when()
                .post(page)
                .then()
                .statusCode(303);
        given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .get("/api/projects/" + project.acronym() + "/milestones/MS1")
                .then()
                .body("dueDate", equalTo("2025-12-31"))
                .body("forecastDate", equalTo("2026-01-20"))
                .body("achievedDate", equalTo("2026-01-22"));
    }

    @Test
    void aDateThatIsNoneComesBackOnTheForm() {
        PageSession nexem = PageSession.of("nexem-partner");
        nexem.given()
                .formParam("forecastDate", "2026-13-40")
                .formParam("achievedDate", "")
                .formParam("version", "0")
                .formParam("_csrf", nexem.formToken(page))
                .when()
                .post(page)
                .then()
                .statusCode(400)
                .body(containsString("field-progress-forecastDate"));
    }

    @Test
    void othersReadItAndMayNotRecordIt() {
        PageSession elisfa = PageSession.of("elisfa-partner");
        elisfa.given().when().get(page).then().statusCode(200).body(not(containsString("name=\"achievedDate\"")));
        elisfa.given()
                .formParam("achievedDate", "2026-01-22")
                .formParam("version", "0")
                .formParam("_csrf", elisfa.formToken(project.page(DemoPartnersProject.TRAINING)))
                .when()
                .post(page)
                .then()
                .statusCode(403);
        PageSession.of("ec-reviewer")
                .given()
                .when()
                .get(page)
                .then()
                .statusCode(200)
                .body(containsString("Trainers trained"))
                .body(not(containsString("name=\"achievedDate\"")));
        PageSession.of("guest").given().when().get(page).then().statusCode(404);
    }
}
