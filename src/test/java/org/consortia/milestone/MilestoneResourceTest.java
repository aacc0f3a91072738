package org.consortia.milestone;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.consortia.testsupport.Fixtures;
import org.consortia.testsupport.Fixtures.Consortium;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "admin", roles = "platform-admin")
class MilestoneResourceTest {

    private static Map<String, Object> milestoneBody(String code, Integer dueMonth) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("title", "Milestone " + code);
        body.put("workPackage", "WP1");
        body.put("dueMonth", dueMonth);
        return body;
    }

    private static void milestone(String acronym, Map<String, Object> body) {
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/projects/{acronym}/milestones", acronym)
                .then()
                .statusCode(201);
    }

    @Test
    void milestoneIsDueAtTheEndOfItsMonth() {
        Consortium c = Fixtures.consortium();
        given().contentType(ContentType.JSON)
                .body(milestoneBody("MS1", 6))
                .when()
                .post("/api/projects/{acronym}/milestones", c.acronym())
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/projects/" + c.acronym() + "/milestones/MS1"))
                .header("ETag", equalTo("\"0\""))
                .body(
                        "code",
                        equalTo("MS1"),
                        "workPackage",
                        equalTo("WP1"),
                        "dueMonth",
                        equalTo(6),
                        "dueDate",
                        equalTo("2025-06-30"),
                        "dueDateExplicit",
                        equalTo(false));

        given().when()
                .get("/api/projects/{acronym}/milestones/MS1", c.acronym())
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body(
                        "title",
                        equalTo("Milestone MS1"),
                        "dueDate",
                        equalTo("2025-06-30"),
                        "dueDateExplicit",
                        equalTo(false),
                        "achievedDate",
                        nullValue());
    }

    @Test
    void explicitDueDateAloneGivesTheDueMonth() {
        Consortium c = Fixtures.consortium();
        Map<String, Object> body = milestoneBody("MS2", null);
        body.remove("workPackage");
        body.put("dueDate", "2025-09-15");

        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/projects/{acronym}/milestones", c.acronym())
                .then()
                .statusCode(201)
                .body(
                        "dueMonth",
                        equalTo(9),
                        "dueDate",
                        equalTo("2025-09-15"),
                        "dueDateExplicit",
                        equalTo(true),
                        "workPackage",
                        nullValue());
    }

    @Test
    void milestonePastItsDueDateIsOverdueUntilAchieved() {
        Consortium c = Fixtures.consortium();
        // Month 17 ends on 2026-05-31, before FixedClock.TODAY (2026-06-15); month 18 ends on 2026-06-30, after it.
        milestone(c.acronym(), milestoneBody("MS17", 17));
        milestone(c.acronym(), milestoneBody("MS18", 18));

        given().when()
                .get("/api/projects/{acronym}/milestones/MS17", c.acronym())
                .then()
                .statusCode(200)
                .body("dueDate", equalTo("2026-05-31"), "overdue", equalTo(true));
        given().when()
                .get("/api/projects/{acronym}/milestones/MS18", c.acronym())
                .then()
                .statusCode(200)
                .body("dueDate", equalTo("2026-06-30"), "overdue", equalTo(false));

        Map<String, Object> achieved = milestoneBody("MS17", 17);
        achieved.put("achievedDate", "2026-06-10");
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(achieved)
                .when()
                .put("/api/projects/{acronym}/milestones/MS17", c.acronym())
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("achievedDate", equalTo("2026-06-10"), "overdue", equalTo(false));
        given().when()
                .get("/api/projects/{acronym}/milestones/MS17", c.acronym())
                .then()
                .statusCode(200)
                .body("overdue", equalTo(false));

        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(milestoneBody("MS17", 17))
                .when()
                .put("/api/projects/{acronym}/milestones/MS17", c.acronym())
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
    }

    @Test
    void unknownWorkPackageIsRefusedNamingTheField() {
        Consortium c = Fixtures.consortium();
        Map<String, Object> body = milestoneBody("MS1", 6);
        body.put("workPackage", "WP7");
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/projects/{acronym}/milestones", c.acronym())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("workPackage"));
        given().when()
                .get("/api/projects/{acronym}/milestones/MS1", c.acronym())
                .then()
                .statusCode(404);
    }

    @Test
    void dueMonthOutsideTheProjectIsRefused() {
        Consortium c = Fixtures.consortium();
        given().contentType(ContentType.JSON)
                .body(milestoneBody("MS1", 30))
                .when()
                .post("/api/projects/{acronym}/milestones", c.acronym())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("dueMonth"));
        given().when()
                .get("/api/projects/{acronym}/milestones/MS1", c.acronym())
                .then()
                .statusCode(404);
    }

    @Test
    void dueMonthOrDueDateIsRequired() {
        Consortium c = Fixtures.consortium();
        given().contentType(ContentType.JSON)
                .body(milestoneBody("MS1", null))
                .when()
                .post("/api/projects/{acronym}/milestones", c.acronym())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("dueMonth"));
    }

    @Test
    void dueDateOutsideTheProjectIsRefused() {
        Consortium c = Fixtures.consortium();
        Map<String, Object> body = milestoneBody("MS1", null);
        body.put("dueDate", "2027-01-15");
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/projects/{acronym}/milestones", c.acronym())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("dueDate"));
    }

    @Test
    void duplicateCodeIsAConflict() {
        Consortium c = Fixtures.consortium();
        milestone(c.acronym(), milestoneBody("MS1", 6));
        given().contentType(ContentType.JSON)
                .body(milestoneBody("MS1", 12))
                .when()
                .post("/api/projects/{acronym}/milestones", c.acronym())
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", contains("code"));
        given().when()
                .get("/api/projects/{acronym}/milestones/MS1", c.acronym())
                .then()
                .body("dueMonth", equalTo(6));
    }

    @Test
    void listIsSortedByDueDateThenCode() {
        Consortium c = Fixtures.consortium();
        milestone(c.acronym(), milestoneBody("MS1", 12));
        milestone(c.acronym(), milestoneBody("MS2", 3));
        Map<String, Object> explicit = milestoneBody("MS3", null);
        explicit.put("dueDate", "2025-06-15");
        milestone(c.acronym(), explicit);
        milestone(c.acronym(), milestoneBody("MS0", 12));

        given().when()
                .get("/api/projects/{acronym}/milestones", c.acronym())
                .then()
                .statusCode(200)
                .body(
                        "total",
                        equalTo(4),
                        "items.code",
                        contains("MS2", "MS3", "MS0", "MS1"),
                        "items.dueDate",
                        contains("2025-03-31", "2025-06-15", "2025-12-31", "2025-12-31"));
    }

    @Test
    void deletedMilestoneIsGone() {
        Consortium c = Fixtures.consortium();
        milestone(c.acronym(), milestoneBody("MS1", 6));
        given().when()
                .delete("/api/projects/{acronym}/milestones/MS1", c.acronym())
                .then()
                .statusCode(204);
        given().when()
                .get("/api/projects/{acronym}/milestones/MS1", c.acronym())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().when()
                .delete("/api/projects/{acronym}/milestones/MS1", c.acronym())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
