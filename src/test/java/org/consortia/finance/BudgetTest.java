package org.consortia.finance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consortia.testsupport.DemoPartnersProject;
import org.consortia.testsupport.Fixtures;
import org.consortia.testsupport.PageSession;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The grant's budget through the API, on a project of its own (UNIPSO coordinates, NEXEM and ELISFA are beneficiaries,
 * WP1): written whole by the coordinator while in preparation, read by each partner as far as it may.
 */
@QuarkusTest
class BudgetTest {

    private DemoPartnersProject project;

    @BeforeEach
    void aProjectInPreparation() {
        project = DemoPartnersProject.create();
        status("DRAFT");
    }

    /** UNIPSO 10,000 of personnel, NEXEM 20,000 of personnel and 5,000 subcontracted; 7 % indirect, subcontracting out of its base; 80 %: 29,680 requested. */
    private static Map<String, Object> budget() {
        Map<String, Object> body = new HashMap<>();
        body.put("fundingModel", "ACTUAL_COSTS");
        body.put("fundingRate", 80);
        body.put("indirectRate", 7);
        body.put("maxGrant", "29680.00");
        body.put(
                "beneficiaries",
                List.of(
                        Map.of("organisation", "UNIPSO", "costs", Map.of("A.1", 10000), "effort", Map.of("WP1", 6)),
                        Map.of(
                                "organisation",
                                "NEXEM",
                                "costs",
                                Map.of("A.1", "20000.00", "B", 5000),
                                "effort",
                                Map.of("WP1", 12.5))));
        return body;
    }

    @Test
    void theCoordinatorWritesItAndEachPartnerReadsItsOwnDetail() {
        put("unipso-coordinator", budget())
                .statusCode(200)
                .body("defined", equalTo(true))
                .body("currency", equalTo("EUR"))
                .body("totals.figures.indirect", equalTo(2100.00f))
                .body("totals.figures.requested", equalTo(29680.00f))
                .body("totals.personMonths", equalTo(18.5f))
                .body("beneficiaries.find { it.organisation == 'NEXEM' }.figures.eligible", equalTo(26400.00f));

        get("nexem-partner")
                .statusCode(200)
                .body("beneficiaries.find { it.organisation == 'NEXEM' }.detailed", equalTo(true))
                .body("beneficiaries.find { it.organisation == 'NEXEM' }.costs.B", equalTo(5000.00f))
                .body("beneficiaries.find { it.organisation == 'UNIPSO' }.detailed", equalTo(false))
                .body("beneficiaries.find { it.organisation == 'UNIPSO' }.figures", nullValue())
                .body("beneficiaries.find { it.organisation == 'UNIPSO' }.effort.WP1", equalTo(6.00f))
                .body("totals.figures.requested", equalTo(29680.00f));
        get("ec-reviewer").statusCode(404);
        get("metz-coordinator").statusCode(404);
        put("nexem-partner", budget()).statusCode(403);
    }

    @Test
    void badFiguresAreRefusedByNameAndNothingIsWritten() {
        Map<String, Object> body = budget();
        body.put("maxGrant", "30000.00");
        put("unipso-coordinator", body)
                .statusCode(400)
                .body("errors[0].field", equalTo("maxGrant"))
                .body("detail", containsString("add up to 29680.00 EUR"));
        get("unipso-coordinator").statusCode(200).body("defined", equalTo(false));

        body = budget();
        body.put("beneficiaries", List.of(Map.of("organisation", "UNIPSO", "costs", Map.of("A.1", -1))));
        put("unipso-coordinator", body).statusCode(400);
        body.put("beneficiaries", List.of(Map.of("organisation", "UNIPSO", "costs", Map.of("A.1", "1.005"))));
        put("unipso-coordinator", body).statusCode(400);
        body.put("beneficiaries", List.of(Map.of("organisation", "EPSU", "costs", Map.of("A.1", 1))));
        body.remove("maxGrant");
        put("unipso-coordinator", body).statusCode(400).body("errors[0].field", equalTo("beneficiaries"));
        body.put("beneficiaries", List.of(Map.of("organisation", "UNIPSO", "effort", Map.of("WP7", 1))));
        put("unipso-coordinator", body).statusCode(400).body("errors[0].field", equalTo("beneficiaries[0].effort"));
        body.put("currency", "EURO");
        put("unipso-coordinator", body).statusCode(400).body("errors[0].field", equalTo("currency"));
        get("unipso-coordinator").statusCode(200).body("defined", equalTo(false));
    }

    @Test
    void onceUnderWayTheBudgetChangesOnlyByAnAmendment() {
        put("unipso-coordinator", budget()).statusCode(200);
        String etag = get("unipso-coordinator").extract().header("ETag");
        status("ACTIVE");
        put("unipso-coordinator", budget()).statusCode(200);
        Map<String, Object> more = budget();
        more.put("fundingRate", 90);
        more.remove("maxGrant");
        put("unipso-coordinator", more).statusCode(409).body("detail", containsString("changes only by an amendment"));

        status("DRAFT");
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .contentType(ContentType.JSON)
                .header("If-Match", "\"99\"")
                .body(more)
                .put(path())
                .then()
                .statusCode(412);
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(more)
                .put(path())
                .then()
                .statusCode(200)
                .body("fundingRate", equalTo(90.00f));
    }

    @Test
    @SuppressWarnings("unchecked")
    void itIsPartOfThePlanDocument() {
        put("unipso-coordinator", budget()).statusCode(200);
        Map<String, Object> plan = given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .get("/api/projects/" + project.acronym() + "/export")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
        Map<String, Object> budget = (Map<String, Object>) plan.get("budget");
        budget.put("indirectRate", 25);
        budget.remove("maxGrant");
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .contentType(ContentType.JSON)
                .body(plan)
                .post("/api/projects/import")
                .then()
                .statusCode(200);
        get("unipso-coordinator")
                .body("indirectRate", equalTo(25.00f))
                .body("totals.figures.indirect", equalTo(7500.00f));
    }

    @Test
    void aLumpSumGrantSharesItsLumpSumByWorkPackageAndBeneficiary() {
        Map<String, Object> body = new HashMap<>();
        body.put("fundingModel", "LUMP_SUM");
        body.put("fundingRate", 100);
        body.put("maxGrant", "60000.00");
        body.put(
                "beneficiaries",
                List.of(
                        Map.of("organisation", "UNIPSO", "lumpSums", Map.of("WP1", 15000)),
                        Map.of(
                                "organisation",
                                "NEXEM",
                                "lumpSums",
                                Map.of("WP1", "45000.00"),
                                "effort",
                                Map.of("WP1", 9))));
        put("unipso-coordinator", body)
                .statusCode(200)
                .body("totals.lumpSum", equalTo(60000.00f))
                .body("totals.lumpSumsByWorkPackage.WP1", equalTo(60000.00f))
                .body("beneficiaries.find { it.organisation == 'NEXEM' }.lumpSums.WP1", equalTo(45000.00f));
        get("elisfa-partner")
                .statusCode(200)
                .body("beneficiaries.find { it.organisation == 'NEXEM' }.lumpSum", nullValue())
                .body("totals.lumpSum", equalTo(60000.00f));

        body.put("maxGrant", "60000.01");
        put("unipso-coordinator", body).statusCode(400).body("errors[0].field", equalTo("maxGrant"));
        body.put("maxGrant", "60000.00");
        body.put("beneficiaries", List.of(Map.of("organisation", "NEXEM", "lumpSums", Map.of("WP9", 60000))));
        put("unipso-coordinator", body).statusCode(400).body("errors[0].field", equalTo("beneficiaries[0].lumpSums"));
        Map<String, Object> actualCosts = budget();
        actualCosts.put(
                "beneficiaries",
                List.of(Map.of("organisation", "NEXEM", "costs", Map.of("A.1", 1000), "lumpSums", Map.of("WP1", 10))));
        actualCosts.remove("maxGrant");
        put("unipso-coordinator", actualCosts)
                .statusCode(400)
                .body("errors[0].field", equalTo("beneficiaries[0].lumpSums"));
        get("unipso-coordinator").body("totals.lumpSum", equalTo(60000.00f));
        PageSession.of("unipso-coordinator")
                .given()
                .when()
                .get("/projects/" + project.acronym() + "/budget")
                .then()
                .statusCode(200)
                .body(containsString("Lump-sum shares per work package (EUR)"))
                .body(containsString("45,000.00"));
    }

    private void status(String status) {
        Map<String, Object> head = Fixtures.projectBody(project.acronym());
        head.put("status", status);
        given().auth()
                .oauth2(Tokens.of("admin"))
                .contentType(ContentType.JSON)
                .body(head)
                .put("/api/projects/" + project.acronym())
                .then()
                .statusCode(200);
    }

    private String path() {
        return "/api/projects/" + project.acronym() + "/budget";
    }

    private ValidatableResponse get(String who) {
        return given().auth().oauth2(Tokens.of(who)).get(path()).then();
    }

    private ValidatableResponse put(String who, Map<String, Object> body) {
        return given().auth()
                .oauth2(Tokens.of(who))
                .contentType(ContentType.JSON)
                .body(body)
                .put(path())
                .then();
    }
}
