package org.consortia.reportingperiod;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.Map;
import org.consortia.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "admin", roles = "platform-admin")
class ReportingPeriodResourceTest {

    private static void period(String acronym, int startMonth, int endMonth) {
        given().contentType(ContentType.JSON)
                .body(Map.of("startMonth", startMonth, "endMonth", endMonth))
                .when()
                .post("/api/projects/{acronym}/reporting-periods", acronym)
                .then()
                .statusCode(201);
    }

    @Test
    void firstPeriodIsNumberOneAndSpansItsMonths() {
        String acronym = Fixtures.project();
        given().contentType(ContentType.JSON)
                .body(Map.of("startMonth", 1, "endMonth", 12))
                .when()
                .post("/api/projects/{acronym}/reporting-periods", acronym)
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/projects/" + acronym + "/reporting-periods/1"))
                .body(
                        "number",
                        equalTo(1),
                        "startMonth",
                        equalTo(1),
                        "endMonth",
                        equalTo(12),
                        "startDate",
                        equalTo("2025-01-01"),
                        "endDate",
                        equalTo("2025-12-31"));
    }

    @Test
    void nextPeriodMustStartTheMonthAfterTheLastOneEnds() {
        String acronym = Fixtures.project();
        period(acronym, 1, 12);
        given().contentType(ContentType.JSON)
                .body(Map.of("startMonth", 14, "endMonth", 24))
                .when()
                .post("/api/projects/{acronym}/reporting-periods", acronym)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("startMonth"));
        given().contentType(ContentType.JSON)
                .body(Map.of("startMonth", 12, "endMonth", 24))
                .when()
                .post("/api/projects/{acronym}/reporting-periods", acronym)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("startMonth"));
        given().when()
                .get("/api/projects/{acronym}/reporting-periods", acronym)
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void firstPeriodMustStartInMonthOne() {
        String acronym = Fixtures.project();
        given().contentType(ContentType.JSON)
                .body(Map.of("startMonth", 2, "endMonth", 12))
                .when()
                .post("/api/projects/{acronym}/reporting-periods", acronym)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("startMonth"));
    }

    @Test
    void periodEndingAfterTheProjectIsRefused() {
        String acronym = Fixtures.project();
        period(acronym, 1, 12);
        given().contentType(ContentType.JSON)
                .body(Map.of("startMonth", 13, "endMonth", 25))
                .when()
                .post("/api/projects/{acronym}/reporting-periods", acronym)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("endMonth"));
        given().when()
                .get("/api/projects/{acronym}/reporting-periods/2", acronym)
                .then()
                .statusCode(404);
    }

    @Test
    void wrongExplicitNumberIsAConflict() {
        String acronym = Fixtures.project();
        period(acronym, 1, 12);
        given().contentType(ContentType.JSON)
                .body(Map.of("number", 3, "startMonth", 13, "endMonth", 24))
                .when()
                .post("/api/projects/{acronym}/reporting-periods", acronym)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", contains("number"));
        given().contentType(ContentType.JSON)
                .body(Map.of("number", 2, "startMonth", 13, "endMonth", 24))
                .when()
                .post("/api/projects/{acronym}/reporting-periods", acronym)
                .then()
                .statusCode(201)
                .body("number", equalTo(2));
    }

    @Test
    void periodsAreListedInOrderAndReadBackByNumber() {
        String acronym = Fixtures.project();
        period(acronym, 1, 12);
        period(acronym, 13, 24);

        given().when()
                .get("/api/projects/{acronym}/reporting-periods", acronym)
                .then()
                .statusCode(200)
                .body(
                        "total",
                        equalTo(2),
                        "items.number",
                        contains(1, 2),
                        "items.startMonth",
                        contains(1, 13),
                        "items.endMonth",
                        contains(12, 24));

        given().when()
                .get("/api/projects/{acronym}/reporting-periods/2", acronym)
                .then()
                .statusCode(200)
                .body(
                        "number",
                        equalTo(2),
                        "startMonth",
                        equalTo(13),
                        "endMonth",
                        equalTo(24),
                        "startDate",
                        equalTo("2026-01-01"),
                        "endDate",
                        equalTo("2026-12-31"));
    }

    @Test
    void unknownPeriodIsNotFound() {
        String acronym = Fixtures.project();
        period(acronym, 1, 12);
        given().when()
                .get("/api/projects/{acronym}/reporting-periods/2", acronym)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404), "instance", equalTo("/api/projects/" + acronym + "/reporting-periods/2"));
        given().when()
                .get("/api/projects/NOPE-NOT-HERE/reporting-periods/1")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
