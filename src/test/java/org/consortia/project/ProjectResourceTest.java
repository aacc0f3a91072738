package org.consortia.project;

import static io.restassured.RestAssured.given;
import static org.consortia.testsupport.Fixtures.deliverable;
import static org.consortia.testsupport.Fixtures.deliverableBody;
import static org.consortia.testsupport.Fixtures.partner;
import static org.consortia.testsupport.Fixtures.projectBody;
import static org.consortia.testsupport.Fixtures.unique;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.consortia.testsupport.Fixtures;
import org.consortia.testsupport.Fixtures.Consortium;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "admin", roles = "platform-admin")
class ProjectResourceTest {

    @Test
    void createdProjectCanBeReadBack() {
        String acronym = unique("NEW");
        Map<String, Object> body = projectBody(acronym);
        body.put("programme", "ESF+");
        body.put("grantReference", "101234567");

        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/projects")
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/projects/" + acronym))
                .header("ETag", equalTo("\"0\""))
                .body(
                        "acronym",
                        equalTo(acronym),
                        "startDate",
                        equalTo("2025-01-01"),
                        "endDate",
                        equalTo("2026-12-31"),
                        "durationMonths",
                        equalTo(24),
                        "status",
                        equalTo("ACTIVE"),
                        "version",
                        equalTo(0));

        given().when()
                .get("/api/projects/{acronym}", acronym)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body(
                        "title",
                        equalTo("Project " + acronym),
                        "funder",
                        equalTo("European Commission – DG EMPL"),
                        "programme",
                        equalTo("ESF+"),
                        "grantReference",
                        equalTo("101234567"),
                        "durationMonths",
                        equalTo(24));
    }

    @Test
    void projectWithoutStatusStartsAsDraft() {
        String acronym = unique("DRF");
        Map<String, Object> body = projectBody(acronym);
        body.remove("status");
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/projects")
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"));
    }

    @Test
    void listIsPagedAndSortedByAcronym() {
        for (int i = 0; i < 3; i++) {
            Fixtures.project();
        }
        List<String> acronyms = given().queryParam("page", 0)
                .queryParam("size", 2)
                .when()
                .get("/api/projects")
                .then()
                .statusCode(200)
                .body("items", hasSize(2), "page", equalTo(0), "size", equalTo(2), "total", greaterThanOrEqualTo(3))
                .extract()
                .path("items.acronym");
        assertThat(acronyms.get(0), lessThan(acronyms.get(1)));

        given().queryParam("page", 1)
                .queryParam("size", 2)
                .when()
                .get("/api/projects")
                .then()
                .statusCode(200)
                .body("page", equalTo(1), "items[0].acronym", greaterThan(acronyms.get(1)));
    }

    @Test
    void duplicateAcronymIsAConflict() {
        String acronym = Fixtures.project();
        given().contentType(ContentType.JSON)
                .body(projectBody(acronym))
                .when()
                .post("/api/projects")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409), "errors.field", contains("acronym"));
    }

    @Test
    void acronymMustBeUpperCaseLettersDigitsOrHyphens() {
        Map<String, Object> body = projectBody("bad acronym");
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/projects")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("acronym"));
    }

    @Test
    void endDateBeforeStartDateIsRefused() {
        String acronym = unique("BACK");
        Map<String, Object> body = projectBody(acronym);
        body.put("startDate", "2025-06-01");
        body.put("endDate", "2025-05-31");
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/projects")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("endDate"));
        given().when().get("/api/projects/{acronym}", acronym).then().statusCode(404);
    }

    @Test
    void updateWithCurrentETagSucceedsAndStaleETagIsRefused() {
        String acronym = Fixtures.project();
        Map<String, Object> changed = projectBody(acronym);
        changed.put("title", "Renamed project");
        changed.put("status", "CLOSED");

        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(changed)
                .when()
                .put("/api/projects/{acronym}", acronym)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("title", equalTo("Renamed project"), "status", equalTo("CLOSED"), "version", equalTo(1));

        changed.put("title", "Lost update");
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(changed)
                .when()
                .put("/api/projects/{acronym}", acronym)
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("status", equalTo(412));

        given().when()
                .get("/api/projects/{acronym}", acronym)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("title", equalTo("Renamed project"));
    }

    @Test
    void acronymCannotBeChangedByAnUpdate() {
        String acronym = Fixtures.project();
        given().contentType(ContentType.JSON)
                .body(projectBody(unique("OTHER")))
                .when()
                .put("/api/projects/{acronym}", acronym)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("acronym"));
        given().when()
                .get("/api/projects/{acronym}", acronym)
                .then()
                .statusCode(200)
                .body("version", equalTo(0));
    }

    @Test
    void unknownProjectIsNotFound() {
        given().when()
                .get("/api/projects/NOPE-NOT-HERE")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404), "instance", equalTo("/api/projects/NOPE-NOT-HERE"));
        given().contentType(ContentType.JSON)
                .body(projectBody("NOPE-NOT-HERE"))
                .when()
                .put("/api/projects/NOPE-NOT-HERE")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aProjectUnderWayDoesNotMoveTheContractualDatesOfItsPlan() {
        Consortium c = Fixtures.consortium();
        deliverable(c.acronym(), deliverableBody("D1.1", c.partner(), 3));
        Map<String, Object> moved = projectBody(c.acronym());
        moved.put("startDate", "2025-03-01");
        moved.put("endDate", "2027-02-28");
        given().contentType(ContentType.JSON)
                .body(moved)
                .when()
                .put("/api/projects/{acronym}", c.acronym())
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("startDate"))
                .body("detail", containsString("D1.1 is contractually due on 2025-03-31"));
        given().when()
                .get("/api/projects/{acronym}/deliverables/D1.1", c.acronym())
                .then()
                .statusCode(200)
                .body("dueDate", equalTo("2025-03-31"));
    }

    @Test
    void movingTheProjectMovesTheDueDatesOfItsDeliverables() {
        Consortium c = Fixtures.consortium();
        deliverable(c.acronym(), deliverableBody("D1.1", c.partner(), 3));
        given().when()
                .get("/api/projects/{acronym}/deliverables/D1.1", c.acronym())
                .then()
                .statusCode(200)
                .body("dueDate", equalTo("2025-03-31"));

        Map<String, Object> moved = projectBody(c.acronym());
        moved.put("startDate", "2025-03-01");
        moved.put("endDate", "2027-02-28");
        moved.put("status", "DRAFT");
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(moved)
                .when()
                .put("/api/projects/{acronym}", c.acronym())
                .then()
                .statusCode(200)
                .body(
                        "startDate",
                        equalTo("2025-03-01"),
                        "endDate",
                        equalTo("2027-02-28"),
                        "durationMonths",
                        equalTo(24));

        given().when()
                .get("/api/projects/{acronym}/deliverables/D1.1", c.acronym())
                .then()
                .statusCode(200)
                .body("dueMonth", equalTo(3), "dueDate", equalTo("2025-05-31"));
    }

    @Test
    void aFixedDueDateStaysWhenTheProjectMovesAndTakesItsNewMonth() {
        Consortium c = Fixtures.consortium();
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "MS9", "title", "Final event", "dueDate", "2026-12-15"))
                .when()
                .post("/api/projects/{acronym}/milestones", c.acronym())
                .then()
                .statusCode(201)
                .body("dueMonth", equalTo(24));
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "number", "WP1", "title", "Short", "lead", c.coordinator(), "startMonth", 1, "endMonth", 12))
                .when()
                .put("/api/projects/{acronym}/work-packages/WP1", c.acronym())
                .then()
                .statusCode(200);

        Map<String, Object> later = projectBody(c.acronym());
        later.put("startDate", "2025-06-01");
        given().contentType(ContentType.JSON)
                .body(later)
                .when()
                .put("/api/projects/{acronym}", c.acronym())
                .then()
                .statusCode(200)
                .body("durationMonths", equalTo(19));
        given().when()
                .get("/api/projects/{acronym}/milestones/MS9", c.acronym())
                .then()
                .body("dueDate", equalTo("2026-12-15"), "dueMonth", equalTo(19));

        Map<String, Object> tooLate = projectBody(c.acronym());
        tooLate.put("startDate", "2026-12-16");
        tooLate.put("endDate", "2027-12-31");
        given().contentType(ContentType.JSON)
                .body(tooLate)
                .when()
                .put("/api/projects/{acronym}", c.acronym())
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", contains("startDate"));
    }

    @Test
    void movingTheProjectMovesTheDueDatesOfItsMilestones() {
        Consortium c = Fixtures.consortium();
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "MS1", "title", "Kick-off held", "workPackage", "WP1", "dueMonth", 6))
                .when()
                .post("/api/projects/{acronym}/milestones", c.acronym())
                .then()
                .statusCode(201)
                .body("dueDate", equalTo("2025-06-30"));

        Map<String, Object> moved = projectBody(c.acronym());
        moved.put("startDate", "2025-03-01");
        moved.put("endDate", "2027-02-28");
        moved.put("status", "DRAFT");
        given().contentType(ContentType.JSON)
                .body(moved)
                .when()
                .put("/api/projects/{acronym}", c.acronym())
                .then()
                .statusCode(200);

        given().when()
                .get("/api/projects/{acronym}/milestones/MS1", c.acronym())
                .then()
                .statusCode(200)
                .body("dueMonth", equalTo(6), "dueDate", equalTo("2025-08-31"));
    }

    @Test
    void shorteningTheProjectBelowAWorkPackageIsRefusedAndChangesNothing() {
        Consortium c = Fixtures.consortium();
        Map<String, Object> shorter = projectBody(c.acronym());
        shorter.put("endDate", "2026-06-30");

        given().contentType(ContentType.JSON)
                .body(shorter)
                .when()
                .put("/api/projects/{acronym}", c.acronym())
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", contains("endDate"));

        given().when()
                .get("/api/projects/{acronym}", c.acronym())
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body(
                        "startDate",
                        equalTo("2025-01-01"),
                        "endDate",
                        equalTo("2026-12-31"),
                        "durationMonths",
                        equalTo(24));
    }

    @Test
    void shorteningTheProjectBelowADeliverableIsRefusedAndChangesNothing() {
        String acronym = Fixtures.project();
        String coordinator = partner(acronym, "COORDINATOR");
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "number", "WP1", "title", "Management", "lead", coordinator, "startMonth", 1, "endMonth", 12))
                .when()
                .post("/api/projects/{acronym}/work-packages", acronym)
                .then()
                .statusCode(201);
        deliverable(acronym, deliverableBody("D1.9", coordinator, 20));

        Map<String, Object> shorter = projectBody(acronym);
        shorter.put("startDate", "2025-02-01");
        shorter.put("endDate", "2026-06-30");
        given().contentType(ContentType.JSON)
                .body(shorter)
                .when()
                .put("/api/projects/{acronym}", acronym)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", contains("endDate"));

        given().when()
                .get("/api/projects/{acronym}", acronym)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("startDate", equalTo("2025-01-01"), "endDate", equalTo("2026-12-31"));
        given().when()
                .get("/api/projects/{acronym}/deliverables/D1.9", acronym)
                .then()
                .statusCode(200)
                .body("dueMonth", equalTo(20), "dueDate", equalTo("2026-08-31"));
    }
}
