package org.consortia.deliverable.workflow;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.consortia.testsupport.DemoCopy;
import org.consortia.testsupport.DemoPartnersProject;
import org.consortia.testsupport.Fixtures;
import org.consortia.testsupport.PageSession;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Who accepts a project's deliverables: its funder's reviewer (FORESEE), its coordinator acting as the funder (NMLS,
 * whose regional funders have no account; Landes, whose funder coordinates), or nobody (a self-funded partnership).
 */
@QuarkusTest
class AcceptanceAuthorityTest {

    @Test
    void nmlssCoordinatorAcceptsItsSubmittedDeliverablesForTheFunder() {
        String nmls = DemoCopy.of("demo/nouveaux-metiers-lien-social.yaml");
        given().auth()
                .oauth2(Tokens.of("metz-coordinator"))
                .get("/api/projects/" + nmls)
                .then()
                .statusCode(200)
                .body("acceptanceAuthority", equalTo("COORDINATOR"));
        PageSession.of("metz-coordinator")
                .given()
                .get("/projects/" + nmls + "/deliverables/D1.2")
                .then()
                .statusCode(200)
                .body(containsString("value=\"ACCEPTED\""));

        move("metz-coordinator", nmls, "D1.2", Map.of("to", "ACCEPTED"))
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"), "workflow.acceptedAt", org.hamcrest.Matchers.notNullValue());
        move("metz-coordinator", nmls, "D2.2", Map.of("to", "REVISION_REQUESTED", "comment", "Add the figures"))
                .statusCode(200)
                .body("status", equalTo("REVISION_REQUESTED"));
    }

    @Test
    void whereTheFundersReviewerAcceptsTheCoordinatorDoesNot() {
        DemoPartnersProject project = DemoPartnersProject.create();
        project.submitTheStudy();
        move("unipso-coordinator", project.acronym(), DemoPartnersProject.IN_REVIEW, Map.of("to", "ACCEPTED"))
                .statusCode(403);
        move("ec-reviewer", project.acronym(), DemoPartnersProject.IN_REVIEW, Map.of("to", "ACCEPTED"))
                .statusCode(200);
    }

    @Test
    void whereNobodyAcceptsASubmittedDeliverableIsDelivered() {
        DemoPartnersProject project = DemoPartnersProject.create();
        Map<String, Object> head = Fixtures.projectBody(project.acronym());
        head.put("acceptanceAuthority", "NONE");
        given().auth()
                .oauth2(Tokens.of("admin"))
                .contentType(ContentType.JSON)
                .body(head)
                .put("/api/projects/" + project.acronym())
                .then()
                .statusCode(200)
                .body("acceptanceAuthority", equalTo("NONE"));
        project.submitTheStudy();
        move("unipso-coordinator", project.acronym(), DemoPartnersProject.IN_REVIEW, Map.of("to", "ACCEPTED"))
                .statusCode(409)
                .body("detail", containsString("delivered once submitted"));
    }

    private static ValidatableResponse move(String who, String acronym, String code, Map<String, Object> move) {
        return given().auth()
                .oauth2(Tokens.of(who))
                .contentType(ContentType.JSON)
                .body(move)
                .post("/api/projects/" + acronym + "/deliverables/" + code + "/transitions")
                .then();
    }
}
