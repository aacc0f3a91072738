package org.consortia.meeting;

import static io.restassured.RestAssured.given;
import static org.consortia.testsupport.Fixtures.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consortia.testsupport.DemoCopy;
import org.consortia.testsupport.PlanBuilder;
import org.junit.jupiter.api.Test;

/**
 * The {@code meetings} list of a plan document: each meeting created or updated by its code, those not listed
 * removed, left alone when the document has no such list, written by the export and left out of the funder's.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "platform-admin")
class MeetingImportTest {

    private static final String IMPORT = "/api/projects/import";

    private final String acronym = unique("MI");
    private final String coordinator = unique("MC");
    private final String partner = unique("MP");
    private final String other = unique("MO");

    @Test
    void theDocumentsMeetingsReplaceTheProjectsAndNoListLeavesThemAlone() {
        Map<String, Object> plan = plan(meeting("SC1", "2025-03-10"), meeting("PM1", "2025-06-02"));
        given().contentType(ContentType.JSON)
                .body(plan)
                .post(IMPORT)
                .then()
                .statusCode(201)
                .body("meetings", equalTo(2));
        given().get(meetings())
                .then()
                .statusCode(200)
                .body(
                        "items.code", contains("SC1", "PM1"),
                        "items[0].lead", equalTo(coordinator),
                        "items[0].event.hosts", contains(partner));

        plan.put("meetings", List.of(meeting("PM1", "2025-06-03")));
        given().contentType(ContentType.JSON)
                .body(plan)
                .post(IMPORT)
                .then()
                .statusCode(200)
                .body("meetings", equalTo(1));
        given().get(meetings())
                .then()
                .body("items.code", contains("PM1"), "items[0].event.plannedDate", equalTo("2025-06-03"));

        plan.remove("meetings");
        given().contentType(ContentType.JSON)
                .body(plan)
                .post(IMPORT)
                .then()
                .statusCode(200)
                .body("meetings", equalTo(1));

        plan.put("meetings", List.of());
        given().contentType(ContentType.JSON)
                .body(plan)
                .post(IMPORT)
                .then()
                .statusCode(200)
                .body("meetings", equalTo(0));
        given().get(meetings()).then().body("total", equalTo(0));
    }

    @Test
    void aWrongMeetingIsPointedAtInsideTheDocumentAndNothingIsStored() {
        Map<String, Object> undated = meeting("PM1", null);
        given().contentType(ContentType.JSON)
                .body(plan(meeting("SC1", "2025-03-10"), undated))
                .post(IMPORT)
                .then()
                .statusCode(400)
                .body("errors.field", contains("meetings[1].event.plannedDate"));
        given().contentType(ContentType.JSON)
                .body(plan(meeting("SC1", "2025-03-10"), meeting("SC1", "2025-04-10")))
                .post(IMPORT)
                .then()
                .statusCode(400)
                .body("errors.field", contains("meetings[1]"));
        Map<String, Object> elsewhere = meeting("PM1", "2025-06-02");
        elsewhere.put("workPackage", "WP7");
        given().contentType(ContentType.JSON)
                .body(plan(elsewhere))
                .post(IMPORT)
                .then()
                .statusCode(400)
                .body("errors.field", contains("meetings[0].workPackage"));
        given().get("/api/projects/{a}", acronym).then().statusCode(404);
    }

    @Test
    void theExportWritesTheMeetingsAndImportsBackUnchanged() {
        given().contentType(ContentType.JSON)
                .body(plan(meeting("SC1", "2025-03-10"), meeting("PM1", "2025-06-02")))
                .post(IMPORT)
                .then()
                .statusCode(201);
        String json = given().accept(ContentType.JSON)
                .get("/api/projects/{a}/export", acronym)
                .then()
                .statusCode(200)
                .body("meetings.code", contains("SC1", "PM1"), "meetings[0].kind", equalTo("STEERING_COMMITTEE"))
                .extract()
                .asString();
        given().contentType(ContentType.JSON).body(json).post(IMPORT).then().statusCode(200);
        assertEquals(
                json,
                given().accept(ContentType.JSON)
                        .get("/api/projects/{a}/export", acronym)
                        .asString());
        given().get(meetings() + "/PM1").then().body("version", equalTo(0));

        String yaml = given().accept("application/yaml")
                .get("/api/projects/{a}/export", acronym)
                .asString();
        given().contentType("application/yaml")
                .body(yaml.getBytes(StandardCharsets.UTF_8))
                .post(IMPORT)
                .then()
                .statusCode(200)
                .body("meetings", equalTo(2));
    }

    @Test
    void foreseeHasItsMeetings() {
        String foresee = "/api/projects/" + DemoCopy.of("demo/foresee.yaml");
        given().get(foresee + "/meetings")
                .then()
                .body(
                        "items.code", contains("SC1", "PRM1", "PM1", "PRM2", "PM2", "SC2"),
                        "items.find { it.code == 'PM1' }.event.actualDate", equalTo("2022-01-17"),
                        "items.find { it.code == 'PM2' }.event.actualDate", equalTo("2022-06-02"));
    }

    private Map<String, Object> plan(Map<?, ?>... meetings) {
        Map<String, Object> plan = new HashMap<>(
                PlanBuilder.consortium(acronym, coordinator, partner, other).build());
        plan.put("meetings", new ArrayList<>(List.of(meetings)));
        return plan;
    }

    private Map<String, Object> meeting(String code, String date) {
        Map<String, Object> event = new HashMap<>();
        if (date != null) {
            event.put("plannedDate", date);
        }
        event.put("hosts", List.of(partner));
        Map<String, Object> meeting = new HashMap<>();
        meeting.put("code", code);
        meeting.put("title", "Meeting " + code);
        meeting.put("workPackage", "WP1");
        meeting.put("kind", code.startsWith("SC") ? "STEERING_COMMITTEE" : "PARTNER_MEETING");
        meeting.put("event", event);
        return meeting;
    }

    private String meetings() {
        return "/api/projects/" + acronym + "/meetings";
    }
}
