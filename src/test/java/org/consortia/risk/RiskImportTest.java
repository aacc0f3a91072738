package org.consortia.risk;

import static io.restassured.RestAssured.given;
import static org.consortia.testsupport.Fixtures.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consortia.testsupport.PlanBuilder;
import org.junit.jupiter.api.Test;

/**
 * The {@code risks} list of a plan document: numbered in document order, the register replaced by it,
 * left alone when the document has no such list, written by the export.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "platform-admin")
class RiskImportTest {

    private static final String IMPORT = "/api/projects/import";

    private final String acronym = unique("RI");
    private final String coordinator = unique("RC");
    private final String partner = unique("RP");
    private final String other = unique("RO");

    @Test
    void theDocumentsRisksAreNumberedInTheirOrder() {
        String yaml = """
                project:
                  {acronym: %1$s, title: Risky project, funder: DG EMPL, startDate: 2025-01-01, endDate: 2026-12-31}
                organisations:
                  - {code: %2$s, legalName: Coordinator, country: BE, type: EMPLOYERS_ORGANISATION}
                  - {code: %3$s, legalName: Partner, country: PT, type: UNIVERSITY}
                partners:
                  - {organisation: %2$s, role: COORDINATOR}
                  - {organisation: %3$s, role: BENEFICIARY}
                risks:
                  - description: Trainings cannot be held in person
                    likelihood: high
                    impact: medium
                    mitigation: Online modules ready
                    owner: %3$s
                    status: CLOSED
                    identifiedOn: 2025-02-15
                    closedOn: 2025-11-30
                  - {description: Staff turnover, likelihood: MEDIUM, impact: MEDIUM, identifiedOn: 2025-04-13}
                """.formatted(acronym, coordinator, partner);

        given().contentType("application/yaml")
                .body(yaml.getBytes(StandardCharsets.UTF_8))
                .when()
                .post(IMPORT)
                .then()
                .statusCode(201)
                .body("risks", equalTo(2));

        given().get(risks())
                .then()
                .statusCode(200)
                .body(
                        "items.code",
                        contains("R1", "R2"),
                        "items[0].likelihood",
                        equalTo("HIGH"),
                        "items[0].owner",
                        equalTo(partner),
                        "items[0].status",
                        equalTo("CLOSED"),
                        "items[0].closedOn",
                        equalTo("2025-11-30"),
                        "items[0].mitigation",
                        equalTo("Online modules ready"),
                        "items[1].status",
                        equalTo("OPEN"),
                        "items[1].owner",
                        nullValue());
    }

    @Test
    void aNewListReplacesTheRegisterAndNoListLeavesItAlone() {
        Map<String, Object> plan = plan(risk("First"), risk("Second"), risk("Third"));
        given().contentType(ContentType.JSON)
                .body(plan)
                .post(IMPORT)
                .then()
                .statusCode(201)
                .body("risks", equalTo(3));

        plan.put("risks", List.of(risk("First, reworded"), risk("Second")));
        given().contentType(ContentType.JSON)
                .body(plan)
                .post(IMPORT)
                .then()
                .statusCode(200)
                .body("risks", equalTo(2));
        given().get(risks()).then().body("items.description", contains("First, reworded", "Second"));
        given().get("/api/projects/{a}/activity", acronym)
                .then()
                .body(
                        "items[0].action",
                        equalTo("PLAN_IMPORTED"),
                        "items[1].action",
                        equalTo("RISK_REMOVED"),
                        "items[1].subject",
                        equalTo("R3"));

        plan.remove("risks");
        given().contentType(ContentType.JSON)
                .body(plan)
                .post(IMPORT)
                .then()
                .statusCode(200)
                .body("risks", equalTo(2));
        given().get(risks()).then().body("total", equalTo(2));

        plan.put("risks", List.of());
        given().contentType(ContentType.JSON)
                .body(plan)
                .post(IMPORT)
                .then()
                .statusCode(200)
                .body("risks", equalTo(0));
        given().get(risks()).then().body("total", equalTo(0));
    }

    @Test
    void aWrongRiskIsPointedAtInsideTheDocumentAndNothingIsStored() {
        Map<String, Object> closedEarly = risk("Closed before it was seen");
        closedEarly.put("status", "CLOSED");
        closedEarly.put("closedOn", "2025-01-31");
        given().contentType(ContentType.JSON)
                .body(plan(risk("Fine"), closedEarly))
                .post(IMPORT)
                .then()
                .statusCode(400)
                .body("errors.field", contains("risks[1].closedOn"));
        Map<String, Object> stranger = risk("Owned by a stranger");
        stranger.put("owner", "NOBODY");
        given().contentType(ContentType.JSON)
                .body(plan(stranger))
                .post(IMPORT)
                .then()
                .statusCode(400)
                .body("errors.field", contains("risks[0].owner"));
        Map<String, Object> blank = risk(" ");
        blank.put("number", 1);
        given().contentType(ContentType.JSON)
                .body(plan(blank))
                .post(IMPORT)
                .then()
                .statusCode(400)
                .body("errors.field", contains("risks[0].number"));
        blank.remove("number");
        given().contentType(ContentType.JSON)
                .body(plan(blank))
                .post(IMPORT)
                .then()
                .statusCode(400)
                .body("errors.field", contains("risks[0].description"));

        given().get("/api/projects/{a}", acronym).then().statusCode(404);
    }

    @Test
    void aKeptRegisterMustStillFitTheDocumentsDates() {
        Map<String, Object> plan = plan(risk("Seen in February"));
        given().contentType(ContentType.JSON).body(plan).post(IMPORT).then().statusCode(201);
        plan.remove("risks");
        @SuppressWarnings("unchecked")
        Map<String, Object> project = (Map<String, Object>) plan.get("project");
        project.put("startDate", "2025-03-01"); // still 24 months: the work package and the periods fit
        project.put("endDate", "2027-02-28");
        given().contentType(ContentType.JSON)
                .body(plan)
                .post(IMPORT)
                .then()
                .statusCode(409)
                .body(
                        "errors.field",
                        contains("risks.startDate"),
                        "detail",
                        containsString("R1 was identified on 2025-02-10"));
        given().get("/api/projects/{a}", acronym).then().body("startDate", equalTo("2025-01-01"));
    }

    @Test
    void theExportWritesTheRegisterAndImportsBackUnchanged() {
        Map<String, Object> closed = risk("Closed");
        closed.put("status", "CLOSED");
        closed.put("closedOn", "2025-12-01");
        closed.put("owner", other);
        given().contentType(ContentType.JSON)
                .body(plan(risk("Open"), closed))
                .post(IMPORT)
                .then()
                .statusCode(201);

        String json = given().accept(ContentType.JSON)
                .get("/api/projects/{a}/export", acronym)
                .then()
                .statusCode(200)
                .body(
                        "risks.description",
                        contains("Open", "Closed"),
                        "risks[1].owner",
                        equalTo(other),
                        "risks[0]",
                        not(hasKey("number")))
                .extract()
                .asString();
        given().contentType(ContentType.JSON).body(json).post(IMPORT).then().statusCode(200);
        assertEquals(
                json,
                given().accept(ContentType.JSON)
                        .get("/api/projects/{a}/export", acronym)
                        .asString());
        given().get(risks() + "/2").then().body("version", equalTo(0));

        String yaml = given().accept("application/yaml")
                .get("/api/projects/{a}/export", acronym)
                .asString();
        given().contentType("application/yaml")
                .body(yaml.getBytes(StandardCharsets.UTF_8))
                .post(IMPORT)
                .then()
                .statusCode(200)
                .body("risks", equalTo(2));
        given().get(risks() + "/2").then().body("version", equalTo(0), "closedOn", equalTo("2025-12-01"));
    }

    private Map<String, Object> plan(Map<?, ?>... risks) {
        Map<String, Object> plan = new HashMap<>(
                PlanBuilder.consortium(acronym, coordinator, partner, other).build());
        plan.put("risks", new ArrayList<>(List.of(risks)));
        return plan;
    }

    private Map<String, Object> risk(String description) {
        Map<String, Object> risk = new HashMap<>();
        risk.put("description", description);
        risk.put("likelihood", "LOW");
        risk.put("impact", "HIGH");
        risk.put("owner", partner);
        risk.put("identifiedOn", "2025-02-10");
        return risk;
    }

    private String risks() {
        return "/api/projects/" + acronym + "/risks";
    }
}
