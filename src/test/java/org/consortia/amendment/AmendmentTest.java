package org.consortia.amendment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consortia.testsupport.DemoPartnersProject;
import org.consortia.testsupport.Fixtures;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A contractual date moves only by an amendment: the coordinator requests it with a reason, the project's acceptance
 * authority decides, the funder reads the trail. The study is due at the end of month 19 (31 July 2026).
 */
@QuarkusTest
class AmendmentTest {

    private static final String STUDY = DemoPartnersProject.IN_REVIEW;

    private DemoPartnersProject project;

    @BeforeEach
    void aProjectUnderWay() {
        project = DemoPartnersProject.create();
    }

    @Test
    void theFundersReviewerApprovesAndTheDateMovesInTheTrailTheFunderReads() {
        dueDate("2026-07-31"); // the reviewer has signed in: a person the notices reach
        request("unipso-coordinator", Map.of("deliverable", STUDY, "dueMonth", 21, "reason", "The survey ran late"))
                .statusCode(201)
                .body("code", equalTo("A1"))
                .body("item", equalTo(STUDY))
                .body("previousDueDate", equalTo("2026-07-31"))
                .body("proposedDueDate", equalTo("2026-09-30"))
                .body("status", equalTo("REQUESTED"));
        dueDate("2026-07-31");
        given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .get("/api/me/notifications")
                .then()
                .statusCode(200)
                .body("findAll { it.project == '" + project.acronym() + "' }.kind", hasItem("AMENDMENT_REQUESTED"))
                .body(
                        "findAll { it.project == '" + project.acronym() + "' }.detail",
                        hasItem(containsString("The survey ran late")));

        decide("unipso-coordinator", 1, "APPROVED").statusCode(403);
        decide("nexem-partner", 1, "APPROVED").statusCode(403);
        decide("ec-reviewer", 1, "APPROVED")
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("decidedAt", equalTo("2026-06-15T09:00:00Z"));
        dueDate("2026-09-30");
        decide("ec-reviewer", 1, "REFUSED").statusCode(409).body("detail", containsString("A1 was already APPROVED"));

        given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .queryParam("size", 500)
                .get("/api/projects/" + project.acronym() + "/activity")
                .then()
                .statusCode(200)
                .body("items.action", hasItems("AMENDMENT_REQUESTED", "AMENDMENT_APPROVED"));
    }

    @Test
    void aRefusalLeavesTheDateAndOneRequestPerItemIsOpenAtATime() {
        request("unipso-coordinator", Map.of("deliverable", STUDY, "dueDate", "2026-08-15", "reason", "Holidays"))
                .statusCode(201)
                .body("proposedDueDate", equalTo("2026-08-15"));
        request("unipso-coordinator", Map.of("deliverable", STUDY, "dueMonth", 22, "reason", "Or later"))
                .statusCode(409)
                .body("errors[0].field", equalTo("deliverable"))
                .body("detail", containsString("A1 of " + STUDY + " awaits a decision"));
        given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .contentType(ContentType.JSON)
                .body(Map.of("decision", "REFUSED", "comment", "The grant agreement holds"))
                .post(amendments() + "/1/decision")
                .then()
                .statusCode(200)
                .body("status", equalTo("REFUSED"))
                .body("decisionComment", equalTo("The grant agreement holds"));
        dueDate("2026-07-31");
        request("unipso-coordinator", Map.of("deliverable", STUDY, "dueMonth", 22, "reason", "Asked again"))
                .statusCode(201)
                .body("code", equalTo("A2"));
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .queryParam("status", "REQUESTED")
                .get(amendments())
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].code", equalTo("A2"));
    }

    @Test
    void onlyTheCoordinatorRequestsAndBadRequestsAreRefusedByName() {
        request("nexem-partner", Map.of("deliverable", STUDY, "dueMonth", 21, "reason", "Late"))
                .statusCode(403);
        request("ec-reviewer", Map.of("deliverable", STUDY, "dueMonth", 21, "reason", "Late"))
                .statusCode(403);
        request("metz-coordinator", Map.of("deliverable", STUDY, "dueMonth", 21, "reason", "Late"))
                .statusCode(404);
        request("unipso-coordinator", Map.of("dueMonth", 21, "reason", "Which one?"))
                .statusCode(400)
                .body("errors[0].field", equalTo("deliverable"));
        request("unipso-coordinator", Map.of("deliverable", "D9.9", "dueMonth", 21, "reason", "Unknown"))
                .statusCode(400)
                .body("errors[0].field", equalTo("deliverable"))
                .body("detail", containsString("D9.9"));
        request("unipso-coordinator", Map.of("deliverable", STUDY, "dueMonth", 19, "reason", "Same"))
                .statusCode(400)
                .body("detail", containsString("already due on 2026-07-31"));
        request("unipso-coordinator", Map.of("deliverable", STUDY, "dueMonth", 40, "reason", "After the end"))
                .statusCode(400)
                .body("errors[0].field", equalTo("dueMonth"));
        request("unipso-coordinator", Map.of("deliverable", STUDY, "dueMonth", 21))
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .queryParam("status", "MAYBE")
                .get(amendments())
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .get(amendments() + "/7")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .get(amendments())
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void inPreparationTheDateChangesInThePlanAndWithoutAuthorityARequestIsApproved() {
        Map<String, Object> head = Fixtures.projectBody(project.acronym());
        head.put("acceptanceAuthority", "NONE");
        put("admin", "/api/projects/" + project.acronym(), head).statusCode(200);
        request("unipso-coordinator", Map.of("deliverable", STUDY, "dueMonth", 21, "reason", "Our own pace"))
                .statusCode(201)
                .body("status", equalTo("APPROVED"))
                .body("decisionComment", nullValue());
        dueDate("2026-09-30");

        head.put("status", "DRAFT");
        put("admin", "/api/projects/" + project.acronym(), head).statusCode(200);
        request("unipso-coordinator", Map.of("deliverable", STUDY, "dueMonth", 22, "reason", "Not yet signed"))
                .statusCode(409)
                .body("detail", containsString("in preparation"));
        Map<String, Object> later = unchanged(project.api(STUDY));
        later.put("dueMonth", 22);
        later.remove("dueDate");
        put("unipso-coordinator", project.api(STUDY), later).statusCode(200).body("dueDate", equalTo("2026-10-31"));
    }

    @Test
    void theLeadOfItsWorkPackageMovesTheForecastNotTheContractualDate() {
        Map<String, Object> forecast = unchanged(project.api(STUDY));
        forecast.put("forecastDate", "2026-09-15");
        put("elisfa-partner", project.api(STUDY), forecast).statusCode(403);
        put("nexem-partner", project.api(STUDY), forecast)
                .statusCode(200)
                .body("dueDate", equalTo("2026-07-31"))
                .body("forecastDate", equalTo("2026-09-15"));

        Map<String, Object> redated = unchanged(project.api(STUDY));
        redated.put("dueMonth", 21);
        redated.remove("dueDate");
        put("nexem-partner", project.api(STUDY), redated)
                .statusCode(403)
                .body("detail", containsString("the forecast date"));
        put("unipso-coordinator", project.api(STUDY), redated)
                .statusCode(409)
                .body("errors[0].field", equalTo("dueMonth"))
                .body("detail", containsString("changes only by an amendment"));
    }

    @Test
    void theWorkPackageLeadMovesTheForecastOfAnotherPartnersDeliverableItsLeadDoesNot() {
        Map<String, Object> elisfas = Fixtures.deliverableBody("D1.4", "ELISFA", 10);
        elisfas.put("workPackage", "WP1");
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .contentType(ContentType.JSON)
                .body(elisfas)
                .post("/api/projects/" + project.acronym() + "/deliverables")
                .then()
                .statusCode(201);
        Map<String, Object> forecast = unchanged(project.api("D1.4"));
        forecast.put("forecastDate", "2025-12-01");
        put("elisfa-partner", project.api("D1.4"), forecast).statusCode(403);
        put("nexem-partner", project.api("D1.4"), forecast)
                .statusCode(200)
                .body("forecastDate", equalTo("2025-12-01"))
                .body("overdue", equalTo(true));
    }

    @Test
    void theCoordinatorNeitherChoosesWhoDecidesNorTakesTheProjectBackIntoPreparation() {
        Map<String, Object> head = Fixtures.projectBody(project.acronym());
        head.put("acceptanceAuthority", "COORDINATOR");
        put("unipso-coordinator", "/api/projects/" + project.acronym(), head).statusCode(403);
        head.remove("acceptanceAuthority");
        head.put("status", "DRAFT");
        put("unipso-coordinator", "/api/projects/" + project.acronym(), head)
                .statusCode(409)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPlanImportMovesForecastsNotContractualDates() {
        Map<String, Object> plan = exportedPlan();
        List<Map<String, Object>> deliverables = (List<Map<String, Object>>) plan.get("deliverables");
        Map<String, Object> study = deliverables.stream()
                .filter(d -> STUDY.equals(d.get("code")))
                .findFirst()
                .orElseThrow();
        study.put("forecastDate", "2026-08-20");
        importPlan(plan).statusCode(200);
        given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .get(project.api(STUDY))
                .then()
                .body("dueDate", equalTo("2026-07-31"))
                .body("forecastDate", equalTo("2026-08-20"));

        study.put("dueMonth", 21);
        importPlan(plan).statusCode(409).body("detail", containsString("changes only by an amendment"));
        dueDate("2026-07-31");
    }

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

    private static ValidatableResponse importPlan(Map<String, Object> plan) {
        return given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .contentType(ContentType.JSON)
                .body(plan)
                .post("/api/projects/import")
                .then();
    }

    private static ValidatableResponse put(String who, String path, Map<String, Object> body) {
        return given().auth()
                .oauth2(Tokens.of(who))
                .contentType(ContentType.JSON)
                .body(body)
                .put(path)
                .then();
    }

    private ValidatableResponse request(String who, Map<String, Object> body) {
        return given().auth()
                .oauth2(Tokens.of(who))
                .contentType(ContentType.JSON)
                .body(body)
                .post(amendments())
                .then();
    }

    private ValidatableResponse decide(String who, int number, String decision) {
        return given().auth()
                .oauth2(Tokens.of(who))
                .contentType(ContentType.JSON)
                .body(Map.of("decision", decision))
                .post(amendments() + "/" + number + "/decision")
                .then();
    }

    private void dueDate(String expected) {
        given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .get(project.api(STUDY))
                .then()
                .statusCode(200)
                .body("dueDate", equalTo(expected));
    }

    private String amendments() {
        return "/api/projects/" + project.acronym() + "/amendments";
    }

    /** The item as it stands, to send back with one change. */
    private static Map<String, Object> unchanged(String path) {
        Map<String, Object> body = new HashMap<>(given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap(""));
        body.remove("version");
        return body;
    }
}
