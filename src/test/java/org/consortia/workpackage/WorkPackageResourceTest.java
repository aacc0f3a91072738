package org.consortia.workpackage;

import static io.restassured.RestAssured.given;
import static org.consortia.testsupport.Fixtures.deliverable;
import static org.consortia.testsupport.Fixtures.deliverableBody;
import static org.consortia.testsupport.Fixtures.organisation;
import static org.consortia.testsupport.Fixtures.workPackage;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

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
class WorkPackageResourceTest {

    private static Map<String, Object> workPackageBody(String number, String lead, int startMonth, int endMonth) {
        Map<String, Object> body = new HashMap<>();
        body.put("number", number);
        body.put("title", "Work package " + number);
        body.put("lead", lead);
        body.put("startMonth", startMonth);
        body.put("endMonth", endMonth);
        return body;
    }

    @Test
    void addedWorkPackageCanBeReadBackByItsCode() {
        Consortium c = Fixtures.consortium();
        Map<String, Object> body = workPackageBody("WP2", c.partner(), 3, 18);
        body.put("objectives", "Map the sector");

        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/projects/{acronym}/work-packages", c.acronym())
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/projects/" + c.acronym() + "/work-packages/WP2"))
                .header("ETag", equalTo("\"0\""))
                .body(
                        "number",
                        equalTo("WP2"),
                        "lead",
                        equalTo(c.partner()),
                        "startMonth",
                        equalTo(3),
                        "endMonth",
                        equalTo(18));

        given().when()
                .get("/api/projects/{acronym}/work-packages/WP2", c.acronym())
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body(
                        "number",
                        equalTo("WP2"),
                        "title",
                        equalTo("Work package WP2"),
                        "lead",
                        equalTo(c.partner()),
                        "objectives",
                        equalTo("Map the sector"),
                        "startMonth",
                        equalTo(3),
                        "endMonth",
                        equalTo(18));
    }

    @Test
    void listIsSortedByNumber() {
        Consortium c = Fixtures.consortium();
        workPackage(c.acronym(), "WP10", c.other());
        workPackage(c.acronym(), "WP2", c.partner());

        given().when()
                .get("/api/projects/{acronym}/work-packages", c.acronym())
                .then()
                .statusCode(200)
                .body(
                        "total",
                        equalTo(3),
                        "items.number",
                        contains("WP1", "WP2", "WP10"),
                        "items.lead",
                        contains(c.coordinator(), c.partner(), c.other()));
    }

    @Test
    void leadMustBeAPartner() {
        Consortium c = Fixtures.consortium();
        given().contentType(ContentType.JSON)
                .body(workPackageBody("WP2", organisation(), 1, 12))
                .when()
                .post("/api/projects/{acronym}/work-packages", c.acronym())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("lead"));
        given().when()
                .get("/api/projects/{acronym}/work-packages/WP2", c.acronym())
                .then()
                .statusCode(404);
    }

    @Test
    void monthsOutsideTheProjectAreRefused() {
        Consortium c = Fixtures.consortium();
        given().contentType(ContentType.JSON)
                .body(workPackageBody("WP2", c.partner(), 1, 25))
                .when()
                .post("/api/projects/{acronym}/work-packages", c.acronym())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("endMonth"));
        given().contentType(ContentType.JSON)
                .body(workPackageBody("WP2", c.partner(), 0, 12))
                .when()
                .post("/api/projects/{acronym}/work-packages", c.acronym())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("startMonth"));
        given().when()
                .get("/api/projects/{acronym}/work-packages/WP2", c.acronym())
                .then()
                .statusCode(404);
    }

    @Test
    void endMonthBeforeStartMonthIsRefused() {
        Consortium c = Fixtures.consortium();
        given().contentType(ContentType.JSON)
                .body(workPackageBody("WP2", c.partner(), 10, 9))
                .when()
                .post("/api/projects/{acronym}/work-packages", c.acronym())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("endMonth"));
    }

    @Test
    void numberMustBeWpFollowedByItsNumber() {
        Consortium c = Fixtures.consortium();
        given().contentType(ContentType.JSON)
                .body(workPackageBody("X1", c.partner(), 1, 12))
                .when()
                .post("/api/projects/{acronym}/work-packages", c.acronym())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("number"));
    }

    @Test
    void duplicateNumberIsAConflict() {
        Consortium c = Fixtures.consortium();
        given().contentType(ContentType.JSON)
                .body(workPackageBody("WP1", c.partner(), 1, 6))
                .when()
                .post("/api/projects/{acronym}/work-packages", c.acronym())
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", contains("number"));
        given().when()
                .get("/api/projects/{acronym}/work-packages/WP1", c.acronym())
                .then()
                .body("lead", equalTo(c.coordinator()), "endMonth", equalTo(24));
    }

    @Test
    void updateWithCurrentETagSucceedsAndStaleETagIsRefused() {
        Consortium c = Fixtures.consortium();
        Map<String, Object> changed = workPackageBody("WP1", c.partner(), 2, 20);

        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(changed)
                .when()
                .put("/api/projects/{acronym}/work-packages/WP1", c.acronym())
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("lead", equalTo(c.partner()), "startMonth", equalTo(2), "endMonth", equalTo(20));

        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(workPackageBody("WP1", c.other(), 1, 24))
                .when()
                .put("/api/projects/{acronym}/work-packages/WP1", c.acronym())
                .then()
                .statusCode(412)
                .contentType("application/problem+json");

        given().when()
                .get("/api/projects/{acronym}/work-packages/WP1", c.acronym())
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("lead", equalTo(c.partner()), "endMonth", equalTo(20));
    }

    @Test
    void numberCannotBeChangedByAnUpdate() {
        Consortium c = Fixtures.consortium();
        given().contentType(ContentType.JSON)
                .body(workPackageBody("WP3", c.partner(), 1, 24))
                .when()
                .put("/api/projects/{acronym}/work-packages/WP1", c.acronym())
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("number"));
    }

    @Test
    void emptyWorkPackageCanBeDeleted() {
        Consortium c = Fixtures.consortium();
        workPackage(c.acronym(), "WP2", c.partner());
        given().when()
                .delete("/api/projects/{acronym}/work-packages/WP2", c.acronym())
                .then()
                .statusCode(204);
        given().when()
                .get("/api/projects/{acronym}/work-packages/WP2", c.acronym())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().when()
                .get("/api/projects/{acronym}/work-packages", c.acronym())
                .then()
                .body("items.number", contains("WP1"));
    }

    @Test
    void workPackageHoldingADeliverableCannotBeDeleted() {
        Consortium c = Fixtures.consortium();
        deliverable(c.acronym(), deliverableBody("D1.1", c.coordinator(), 6));
        given().when()
                .delete("/api/projects/{acronym}/work-packages/WP1", c.acronym())
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", contains("number"));
        given().when()
                .get("/api/projects/{acronym}/work-packages/WP1", c.acronym())
                .then()
                .statusCode(200);
    }

    @Test
    void unknownWorkPackageIsNotFound() {
        Consortium c = Fixtures.consortium();
        given().when()
                .get("/api/projects/{acronym}/work-packages/WP9", c.acronym())
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body(
                        "status",
                        equalTo(404),
                        "instance",
                        equalTo("/api/projects/" + c.acronym() + "/work-packages/WP9"));
        given().when()
                .get("/api/projects/{acronym}/work-packages/foo", c.acronym())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().when()
                .delete("/api/projects/{acronym}/work-packages/WP9", c.acronym())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
