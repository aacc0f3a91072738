package org.consortia.deliverable;

import static io.restassured.RestAssured.given;
import static org.consortia.testsupport.Fixtures.consortium;
import static org.consortia.testsupport.Fixtures.deliverable;
import static org.consortia.testsupport.Fixtures.deliverableBody;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consortia.testsupport.Fixtures.Consortium;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "admin", roles = "platform-admin")
class DeliverableResourceTest {

    private static final String DELIVERABLES = "/api/projects/{acronym}/deliverables";

    @Test
    void deliverableIsDueAtTheEndOfItsMonth() {
        Consortium c = consortium();
        Map<String, Object> body = deliverableBody("D1.1", c.partner(), 6);
        body.put("kind", "STUDY");
        body.put("contributors", List.of(c.other(), c.coordinator()));
        body.put("description", "A study of the consequences of the Covid-19 crisis");

        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(DELIVERABLES, c.acronym())
                .then()
                .statusCode(201)
                .header("Location", endsWith("/deliverables/D1.1"))
                .header("ETag", equalTo("\"0\""))
                .body(
                        "dueMonth",
                        equalTo(6),
                        "dueDate",
                        equalTo("2025-06-30"),
                        "dueDateExplicit",
                        equalTo(false),
                        "status",
                        equalTo("PLANNED"),
                        "type",
                        equalTo("R"),
                        "disseminationLevel",
                        equalTo("PU"),
                        "workPackage",
                        equalTo("WP1"),
                        "lead",
                        equalTo(c.partner()),
                        "contributors",
                        contains(List.of(c.coordinator(), c.other()).stream()
                                .sorted()
                                .toArray()));

        given().when()
                .get(DELIVERABLES + "/D1.1", c.acronym())
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("title", equalTo("Deliverable D1.1"), "overdue", equalTo(true));
    }

    @Test
    void explicitDueDateGivesTheMonthAndWins() {
        Consortium c = consortium();
        Map<String, Object> body = deliverableBody("D1.2", c.partner(), 1);
        body.remove("dueMonth");
        body.put("dueDate", "2025-10-06");
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(DELIVERABLES, c.acronym())
                .then()
                .statusCode(201)
                .body("dueMonth", equalTo(10), "dueDate", equalTo("2025-10-06"), "dueDateExplicit", equalTo(true));
    }

    @Test
    void dueMonthAndDueDateMustAgree() {
        Consortium c = consortium();
        Map<String, Object> body = deliverableBody("D1.2", c.partner(), 9);
        body.put("dueDate", "2025-10-06");
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(DELIVERABLES, c.acronym())
                .then()
                .statusCode(400)
                .body("errors.field", contains("dueMonth"));
        body.put("dueMonth", 10);
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(DELIVERABLES, c.acronym())
                .then()
                .statusCode(201)
                .body("dueDate", equalTo("2025-10-06"));
    }

    @Test
    void eventDeliverablesCarryTheirEvent() {
        Consortium c = consortium();
        Map<String, Object> body = deliverableBody("D1.3", c.coordinator(), 14);
        body.put("kind", "TRAINING");
        body.put(
                "event",
                Map.of(
                        "plannedDate",
                        "2026-02-10",
                        "actualDate",
                        "2026-02-11",
                        "country",
                        "GR",
                        "city",
                        "Athens",
                        "hosts",
                        List.of(c.other()),
                        "expectedParticipants",
                        30,
                        "actualParticipants",
                        28));
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(DELIVERABLES, c.acronym())
                .then()
                .statusCode(201)
                .body(
                        "event.country",
                        equalTo("GR"),
                        "event.hosts",
                        contains(c.other()),
                        "event.actualParticipants",
                        equalTo(28));
    }

    @Test
    void aChangeOfTheEventAloneAnswersTheStoredETag() {
        Consortium c = consortium();
        Map<String, Object> body = deliverableBody("D1.4", c.coordinator(), 14);
        body.put("kind", "TRAINING");
        body.put("event", Map.of("plannedDate", "2026-02-10"));
        given().contentType(ContentType.JSON)
                .body(body)
                .post(DELIVERABLES, c.acronym())
                .then()
                .statusCode(201);
        body.put("event", Map.of("plannedDate", "2026-02-12"));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(body)
                .put(DELIVERABLES + "/D1.4", c.acronym())
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""));
        body.put("event", Map.of("plannedDate", "2026-02-13"));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(body)
                .put(DELIVERABLES + "/D1.4", c.acronym())
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"2\""));
    }

    @Test
    void onlyEventKindsHaveEventDetails() {
        Consortium c = consortium();
        Map<String, Object> body = deliverableBody("D1.4", c.coordinator(), 3);
        body.put("kind", "STUDY");
        body.put("event", Map.of("country", "BE"));
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(DELIVERABLES, c.acronym())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("event"));
    }

    @Test
    void invalidReferencesAndMonthsAreRefusedNamingTheField() {
        Consortium c = consortium();
        String outsider = org.consortia.testsupport.Fixtures.organisation();
        assertRefused(c, with(deliverableBody("D9.1", outsider, 3), Map.of()), 400, "lead");
        assertRefused(c, with(deliverableBody("D9.2", c.partner(), 25), Map.of()), 400, "dueMonth");
        assertRefused(
                c, with(deliverableBody("D9.3", c.partner(), 3), Map.of("workPackage", "WP7")), 400, "workPackage");
        assertRefused(
                c,
                with(deliverableBody("D9.4", c.partner(), 3), Map.of("contributors", List.of(outsider))),
                400,
                "contributors");
        assertRefused(
                c, with(deliverableBody("D9.5", c.partner(), 3), Map.of("dueDate", "2027-01-15")), 400, "dueDate");
        assertRefused(c, with(deliverableBody("D9.6", c.partner(), 3), Map.of("kind", "PARTY")), 400, "kind");
        assertRefused(c, with(deliverableBody("d9.7", c.partner(), 3), Map.of()), 400, "code");
        Map<String, Object> event = with(deliverableBody("D9.8", c.partner(), 3), Map.of("kind", "CONFERENCE"));
        event.put("event", Map.of("country", "ZZ"));
        assertRefused(c, event, 400, "event.country");
        Map<String, Object> host = with(deliverableBody("D9.9", c.partner(), 3), Map.of("kind", "CONFERENCE"));
        host.put("event", Map.of("hosts", List.of(outsider)));
        assertRefused(c, host, 400, "event.hosts");

        given().when().get(DELIVERABLES, c.acronym()).then().body("total", equalTo(0));
    }

    @Test
    void duplicateCodeIsAConflict() {
        Consortium c = consortium();
        deliverable(c.acronym(), deliverableBody("D1.1", c.partner(), 3));
        assertRefused(c, deliverableBody("D1.1", c.partner(), 4), 409, "code");
    }

    @Test
    void dependenciesMayNotFormACycle() {
        Consortium c = consortium();
        deliverable(c.acronym(), deliverableBody("D1.1", c.partner(), 3));
        deliverable(c.acronym(), with(deliverableBody("D1.2", c.partner(), 6), Map.of("dependsOn", List.of("D1.1"))));
        deliverable(c.acronym(), with(deliverableBody("D1.3", c.partner(), 9), Map.of("dependsOn", List.of("D1.2"))));

        Map<String, Object> closing =
                with(deliverableBody("D1.1", c.partner(), 3), Map.of("dependsOn", List.of("D1.3")));
        given().contentType(ContentType.JSON)
                .body(closing)
                .when()
                .put(DELIVERABLES + "/D1.1", c.acronym())
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", contains("dependsOn"), "detail", containsString("D1.1 → D1.3 → D1.2 → D1.1"));
        Map<String, Object> self = with(deliverableBody("D1.1", c.partner(), 3), Map.of("dependsOn", List.of("D1.1")));
        given().contentType(ContentType.JSON)
                .body(self)
                .when()
                .put(DELIVERABLES + "/D1.1", c.acronym())
                .then()
                .statusCode(409);
        given().when().get(DELIVERABLES + "/D1.1", c.acronym()).then().body("dependsOn", empty());
    }

    @Test
    void dependencyOnAnotherProjectsDeliverableIsUnknownHere() {
        Consortium c = consortium();
        Consortium other = consortium();
        deliverable(other.acronym(), deliverableBody("D7.1", other.partner(), 3));
        assertRefused(
                c,
                with(deliverableBody("D1.1", c.partner(), 3), Map.of("dependsOn", List.of("D7.1"))),
                400,
                "dependsOn");
    }

    @Test
    void updateNeedsTheCurrentETag() {
        Consortium c = consortium();
        deliverable(c.acronym(), deliverableBody("D1.1", c.partner(), 3));
        Map<String, Object> changed = with(
                deliverableBody("D1.1", c.partner(), 3), Map.of("status", "IN_PROGRESS", "forecastDate", "2025-05-20"));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(changed)
                .when()
                .put(DELIVERABLES + "/D1.1", c.acronym())
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body(
                        "dueDate",
                        equalTo("2025-03-31"),
                        "forecastDate",
                        equalTo("2025-05-20"),
                        "status",
                        equalTo("IN_PROGRESS"));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(changed)
                .when()
                .put(DELIVERABLES + "/D1.1", c.acronym())
                .then()
                .statusCode(412);
    }

    @Test
    void deliverableOthersDependOnCannotBeDeleted() {
        Consortium c = consortium();
        deliverable(c.acronym(), deliverableBody("D1.1", c.partner(), 3));
        deliverable(c.acronym(), with(deliverableBody("D1.2", c.partner(), 6), Map.of("dependsOn", List.of("D1.1"))));
        given().when()
                .delete(DELIVERABLES + "/D1.1", c.acronym())
                .then()
                .statusCode(409)
                .body("detail", containsString("D1.2"));
        given().when().delete(DELIVERABLES + "/D1.2", c.acronym()).then().statusCode(204);
        given().when().delete(DELIVERABLES + "/D1.1", c.acronym()).then().statusCode(204);
        given().when().get(DELIVERABLES + "/D1.1", c.acronym()).then().statusCode(404);
    }

    @Test
    void listIsSortedByDueDateThenCodeAndFiltered() {
        Consortium c = consortium();
        given().contentType(ContentType.JSON)
                .body(Map.of("number", "WP2", "title", "Events", "lead", c.other(), "startMonth", 1, "endMonth", 24))
                .post("/api/projects/{acronym}/work-packages", c.acronym())
                .then()
                .statusCode(201);
        deliverable(c.acronym(), with(deliverableBody("D1.2", c.partner(), 12), Map.of("status", "ACCEPTED")));
        deliverable(c.acronym(), with(deliverableBody("D1.1", c.partner(), 12), Map.of("status", "IN_PROGRESS")));
        deliverable(
                c.acronym(),
                with(
                        deliverableBody("D2.1", c.other(), 3),
                        Map.of("workPackage", "WP2", "kind", "NATIONAL_EVENT", "status", "SUBMITTED")));
        deliverable(
                c.acronym(),
                with(deliverableBody("D2.2", c.other(), 20), Map.of("workPackage", "WP2", "kind", "CONFERENCE")));

        given().when()
                .get(DELIVERABLES, c.acronym())
                .then()
                .statusCode(200)
                .body("total", equalTo(4), "items.code", contains("D2.1", "D1.1", "D1.2", "D2.2"));
        given().queryParam("size", 2)
                .queryParam("page", 1)
                .when()
                .get(DELIVERABLES, c.acronym())
                .then()
                .body("items.code", contains("D1.2", "D2.2"), "total", equalTo(4));
        given().queryParam("workPackage", "WP2")
                .when()
                .get(DELIVERABLES, c.acronym())
                .then()
                .body("items.code", contains("D2.1", "D2.2"));
        given().queryParam("lead", c.partner())
                .when()
                .get(DELIVERABLES, c.acronym())
                .then()
                .body("items.code", contains("D1.1", "D1.2"));
        given().queryParam("status", "ACCEPTED")
                .queryParam("status", "SUBMITTED")
                .when()
                .get(DELIVERABLES, c.acronym())
                .then()
                .body("items.code", contains("D2.1", "D1.2"));
        given().queryParam("kind", "NATIONAL_EVENT,CONFERENCE")
                .when()
                .get(DELIVERABLES, c.acronym())
                .then()
                .body("items.code", contains("D2.1", "D2.2"));
        given().queryParam("dueAfter", "2025-03-31")
                .queryParam("dueBefore", "2026-08-31")
                .when()
                .get(DELIVERABLES, c.acronym())
                .then()
                .body("items.code", contains("D1.1", "D1.2"));
        // Today is 2026-06-15: D1.1 (Dec 2025, in progress) is late; D2.1 was submitted, D1.2 accepted.
        given().queryParam("overdue", "true")
                .when()
                .get(DELIVERABLES, c.acronym())
                .then()
                .body("items.code", contains("D1.1"), "items[0].overdue", equalTo(true));
    }

    @Test
    void badFilterValuesAreBadRequests() {
        Consortium c = consortium();
        given().queryParam("status", "LATE")
                .when()
                .get(DELIVERABLES, c.acronym())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("status"));
        given().queryParam("dueBefore", "soon")
                .when()
                .get(DELIVERABLES, c.acronym())
                .then()
                .statusCode(400)
                .body("errors.field", contains("dueBefore"));
        given().queryParam("overdue", "maybe")
                .when()
                .get(DELIVERABLES, c.acronym())
                .then()
                .statusCode(400)
                .body("errors.field", contains("overdue"));
        given().queryParam("workPackage", "wp2")
                .when()
                .get(DELIVERABLES, c.acronym())
                .then()
                .statusCode(400)
                .body("errors.field", contains("workPackage"));
    }

    @Test
    void unknownProjectOrDeliverableIsNotFound() {
        Consortium c = consortium();
        given().when().get(DELIVERABLES, "NO-SUCH-PROJECT").then().statusCode(404);
        given().when()
                .get(DELIVERABLES + "/D9.9", c.acronym())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(deliverableBody("D9.9", c.partner(), 3))
                .when()
                .put(DELIVERABLES + "/D9.9", c.acronym())
                .then()
                .statusCode(404);
    }

    private static Map<String, Object> with(Map<String, Object> body, Map<String, Object> changes) {
        Map<String, Object> result = new HashMap<>(body);
        result.putAll(changes);
        return result;
    }

    private static void assertRefused(Consortium c, Map<String, Object> body, int status, String field) {
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(DELIVERABLES, c.acronym())
                .then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("errors.field", contains(field));
    }
}
