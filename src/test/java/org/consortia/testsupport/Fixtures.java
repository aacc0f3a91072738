package org.consortia.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds test data through the public API. Every call uses fresh codes, so test classes share one
 * database without seeing each other's data.
 */
public final class Fixtures {

    /** A project of 24 months: M1 = January 2025, M24 = December 2026. */
    public static final String START = "2025-01-01";

    public static final String END = "2026-12-31";

    private Fixtures() {}

    /** A fresh code: the prefix and six random capitals or digits. */
    public static String unique(String prefix) {
        return prefix
                + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
    }

    public static Map<String, Object> organisationBody(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("legalName", "Organisation " + code);
        body.put("country", "BE");
        body.put("type", "EMPLOYERS_ORGANISATION");
        return body;
    }

    public static String organisation() {
        String code = unique("ORG");
        given().contentType(ContentType.JSON)
                .body(organisationBody(code))
                .when()
                .post("/api/organisations")
                .then()
                .statusCode(201);
        return code;
    }

    public static Map<String, Object> projectBody(String acronym) {
        Map<String, Object> body = new HashMap<>();
        body.put("acronym", acronym);
        body.put("title", "Project " + acronym);
        body.put("funder", "European Commission – DG EMPL");
        body.put("startDate", START);
        body.put("endDate", END);
        body.put("status", "ACTIVE");
        return body;
    }

    public static String project() {
        String acronym = unique("P");
        given().contentType(ContentType.JSON)
                .body(projectBody(acronym))
                .when()
                .post("/api/projects")
                .then()
                .statusCode(201);
        return acronym;
    }

    public static String partner(String acronym, String role) {
        String code = organisation();
        given().contentType(ContentType.JSON)
                .body(Map.of("organisation", code, "role", role))
                .when()
                .post("/api/projects/{acronym}/partners", acronym)
                .then()
                .statusCode(201);
        return code;
    }

    public static void workPackage(String acronym, String number, String lead) {
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "number",
                        number,
                        "title",
                        "Work package " + number,
                        "lead",
                        lead,
                        "startMonth",
                        1,
                        "endMonth",
                        24))
                .when()
                .post("/api/projects/{acronym}/work-packages", acronym)
                .then()
                .statusCode(201);
    }

    public static Map<String, Object> deliverableBody(String code, String lead, int dueMonth) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("title", "Deliverable " + code);
        body.put("workPackage", "WP1");
        body.put("lead", lead);
        body.put("kind", "REPORT");
        body.put("dueMonth", dueMonth);
        return body;
    }

    public static void deliverable(String acronym, Map<String, Object> body) {
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/projects/{acronym}/deliverables", acronym)
                .then()
                .statusCode(201);
    }

    /** A project with a coordinator, two more partners and WP1 led by the coordinator. */
    public record Consortium(String acronym, String coordinator, String partner, String other) {

        public List<String> partners() {
            return List.of(coordinator, partner, other);
        }
    }

    public static Consortium consortium() {
        String acronym = project();
        String coordinator = partner(acronym, "COORDINATOR");
        String partner = partner(acronym, "BENEFICIARY");
        String other = partner(acronym, "BENEFICIARY");
        workPackage(acronym, "WP1", coordinator);
        return new Consortium(acronym, coordinator, partner, other);
    }
}
