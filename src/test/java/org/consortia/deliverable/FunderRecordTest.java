package org.consortia.deliverable;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consortia.testsupport.DemoConsortium;
import org.consortia.testsupport.DemoPartnersProject;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What was sent to the funder is never erased: not by a removal, not by a plan import that leaves it out. */
@QuarkusTest
class FunderRecordTest {

    private DemoPartnersProject project;

    @BeforeEach
    void aDeliverableSubmittedToTheFunder() {
        project = DemoPartnersProject.create();
        project.submitTheStudy();
    }

    @Test
    void theCoordinatorCannotRemoveIt() {
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .delete(project.api(DemoPartnersProject.IN_REVIEW))
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("reached the funder"));
        given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .get(project.api(DemoPartnersProject.IN_REVIEW) + "/files")
                .then()
                .statusCode(200)
                .body("items.fileName", hasItem("study.pdf"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPlanImportThatLeavesItOutIsRefusedAndChangesNothing() {
        Map<String, Object> without = exportedPlan();
        List<Map<String, Object>> deliverables = (List<Map<String, Object>>) without.get("deliverables");
        without.put(
                "deliverables",
                deliverables.stream()
                        .filter(d -> !DemoPartnersProject.IN_REVIEW.equals(d.get("code")))
                        .toList());
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .contentType(ContentType.JSON)
                .body(without)
                .post("/api/projects/import")
                .then()
                .statusCode(409)
                .body("detail", containsString(DemoPartnersProject.IN_REVIEW + " reached the funder"));
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .get("/api/projects/" + project.acronym() + "/deliverables")
                .then()
                .statusCode(200)
                .body("items.code", hasItem(DemoPartnersProject.IN_REVIEW));
    }

    @Test
    void neitherItNorAnOverdueDeliverableIsReDatedButByAnAmendment() {
        for (String who : List.of("unipso-coordinator", "admin")) {
            Map<String, Object> later = DemoConsortium.unchanged(project.api(DemoPartnersProject.IN_REVIEW));
            later.put("dueMonth", 24);
            given().auth()
                    .oauth2(Tokens.of(who))
                    .contentType(ContentType.JSON)
                    .body(later)
                    .put(project.api(DemoPartnersProject.IN_REVIEW))
                    .then()
                    .statusCode(409)
                    .body("errors[0].field", equalTo("dueMonth"))
                    .body("detail", containsString("changes only by an amendment"));
        }

        Map<String, Object> onTime = DemoConsortium.unchanged("/api/projects/FORESEE/deliverables/D5.4");
        onTime.put("dueMonth", 24);
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .contentType(ContentType.JSON)
                .body(onTime)
                .put("/api/projects/FORESEE/deliverables/D5.4")
                .then()
                .statusCode(409)
                .body("detail", containsString("D5.4 is contractually due on 2022-11-30"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void onlyTheFundersSideChangesWhoReviewsAndEachChangeIsAudited() {
        Map<String, Object> replaced = exportedPlan();
        replaced.put("reviewers", List.of("friendly-officer"));
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .contentType(ContentType.JSON)
                .body(replaced)
                .post("/api/projects/import")
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("reviewers"))
                .body("detail", containsString("list its reviewers as they are: ec-reviewer"));
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .contentType(ContentType.JSON)
                .body(Map.of("username", "friendly-officer"))
                .post("/api/projects/" + project.acronym() + "/reviewers")
                .then()
                .statusCode(403);

        given().auth()
                .oauth2(Tokens.of("admin"))
                .contentType(ContentType.JSON)
                .body(replaced)
                .post("/api/projects/import")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.of("admin"))
                .queryParam("size", 500)
                .get("/api/projects/" + project.acronym() + "/activity")
                .then()
                .statusCode(200)
                .body("items.action", hasItem("REVIEWER_ASSIGNED"))
                .body("items.action", hasItem("REVIEWER_UNASSIGNED"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void whatMustLeaveThePlanIsArchivedAndStaysOnTheRecord() {
        String study = project.api(DemoPartnersProject.IN_REVIEW);
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Not ours"))
                .post(study + "/archive")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", " "))
                .post(study + "/archive")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Merged into the final report by amendment 2"))
                .post(study + "/archive")
                .then()
                .statusCode(200)
                .body("archived.reason", equalTo("Merged into the final report by amendment 2"))
                .body("archived.at", equalTo("2026-06-15T09:00:00Z"));
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Again"))
                .post(study + "/archive")
                .then()
                .statusCode(409);

        given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .get("/api/projects/" + project.acronym() + "/deliverables")
                .then()
                .statusCode(200)
                .body("items.code", not(hasItem(DemoPartnersProject.IN_REVIEW)));
        given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .queryParam("archived", "true")
                .get("/api/projects/" + project.acronym() + "/deliverables")
                .then()
                .statusCode(200)
                .body("items.code", contains(DemoPartnersProject.IN_REVIEW));
        given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .get(study + "/files")
                .then()
                .statusCode(200)
                .body("items.fileName", hasItem("study.pdf"));
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .delete(study)
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .contentType(ContentType.JSON)
                .body(Map.of("to", "ACCEPTED"))
                .post(study + "/transitions")
                .then()
                .statusCode(409)
                .body("detail", containsString("left the plan"));

        Map<String, Object> without = exportedPlan();
        assertThat(
                ((List<Map<String, Object>>) without.get("deliverables"))
                        .stream().map(d -> d.get("code")).toList(),
                not(hasItem(DemoPartnersProject.IN_REVIEW)));
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .contentType(ContentType.JSON)
                .body(without)
                .post("/api/projects/import")
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .delete(study + "/archive")
                .then()
                .statusCode(200)
                .body("archived", nullValue());
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .get("/api/projects/" + project.acronym() + "/deliverables")
                .then()
                .body("items.code", hasItem(DemoPartnersProject.IN_REVIEW));
    }

    /** The project's plan document as its coordinator exports it, to change and import again. */
    private Map<String, Object> exportedPlan() {
        return new HashMap<>(given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .get("/api/projects/" + project.acronym() + "/export")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap(""));
    }
}
