package org.consortia.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consortia.testsupport.DemoPartnersProject;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The details of an event: several days, a mode, several hosts, languages, target groups and a registration deadline,
 * checked on the way in; its hosts and the lead partner record it; it lives and dies with its deliverable.
 */
@QuarkusTest
class EventDetailsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aTwoDayHybridTrainingKeepsItsDaysHostsLanguagesAndAudience() {
        DemoPartnersProject project = DemoPartnersProject.create();
        Map<String, Object> event = new HashMap<>(twoDayTraining());
        event.put("hosts", List.of("UNIPSO", "ELISFA", "UNIPSO"));
        event.put("languages", List.of("PT", "en", "pt"));
        event.put("targetGroups", List.of("  Managers of social-service employers ", "Workers' representatives"));
        withEvent(project, "nexem-partner", event).then().statusCode(200);

        given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .get(project.api(DemoPartnersProject.TRAINING))
                .then()
                .statusCode(200)
                .body(
                        "event.plannedDate", equalTo("2026-07-09"),
                        "event.endDate", equalTo("2026-07-10"),
                        "event.mode", equalTo("HYBRID"),
                        "event.hosts", contains("ELISFA", "UNIPSO"),
                        "event.languages", contains("pt", "en"),
                        "event.targetGroups",
                                contains("Managers of social-service employers", "Workers' representatives"),
                        "event.registrationDeadline", equalTo("2026-07-01"),
                        "event.timeZone", equalTo("Europe/Lisbon"));
    }

    @Test
    void anEventWithoutAModeIsHeldInPersonAndAnEndOnItsFirstDayIsNone() {
        DemoPartnersProject project = DemoPartnersProject.create();
        withEvent(project, "nexem-partner", Map.of("plannedDate", "2026-07-09", "endDate", "2026-07-09"))
                .then()
                .statusCode(200)
                .body("event.mode", equalTo("IN_PERSON"), "event.endDate", nullValue(), "event.hosts", empty());
    }

    @Test
    void impossibleDetailsAreRefusedNamingTheField() {
        DemoPartnersProject project = DemoPartnersProject.create();
        List<Map.Entry<String, Map<String, Object>>> refused = List.of(
                Map.entry("event.endDate", Map.of("plannedDate", "2026-07-09", "endDate", "2026-07-08")),
                Map.entry("event.endDate", Map.of("endDate", "2026-07-10")),
                Map.entry(
                        "event.registrationDeadline",
                        Map.of("plannedDate", "2026-07-09", "registrationDeadline", "2026-07-11")),
                Map.entry("event.languages", Map.of("languages", List.of("xx"))),
                Map.entry("event.languages[1]", Map.of("languages", List.of("en", "english"))),
                Map.entry("event.targetGroups[0]", Map.of("targetGroups", List.of(" "))),
                Map.entry("event.hosts", Map.of("hosts", List.of("NOBODY"))),
                Map.entry("event.mode", Map.of("mode", "PARTY")));
        refused.forEach(refusal -> withEvent(project, "nexem-partner", refusal.getValue())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(refusal.getKey())));
        withEvent(project, "nexem-partner", Map.of("plannedDate", "2026-07-01", "endDate", "2026-08-01"))
                .then()
                .statusCode(400)
                .body(
                        "errors.field",
                        hasItem("event.endDate"),
                        "detail",
                        equalTo("an event lasts at most 31 days from its first day, 2026-07-01"));
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .get(project.api(DemoPartnersProject.TRAINING))
                .then()
                .body("event", nullValue());
    }

    @Test
    void everyHostRecordsTheEventAndAPartnerThatDoesNotHostItMayNot() {
        DemoPartnersProject project = DemoPartnersProject.create();
        Map<String, Object> event = new HashMap<>(twoDayTraining());
        event.put("hosts", List.of("UNIPSO"));
        withEvent(project, "unipso-coordinator", event).then().statusCode(200);

        event.put("actualParticipants", 31);
        withEvent(project, "elisfa-partner", event).then().statusCode(403);

        event.put("hosts", List.of("ELISFA", "UNIPSO"));
        withEvent(project, "unipso-coordinator", event).then().statusCode(200);
        event.put("actualParticipants", 31);
        withEvent(project, "elisfa-partner", event)
                .then()
                .statusCode(200)
                .body("event.actualParticipants", equalTo(31));
    }

    @Test
    void aChangeOfTheEventAloneMovesTheDeliverablesVersion() {
        DemoPartnersProject project = DemoPartnersProject.create();
        String before = withEvent(project, "nexem-partner", twoDayTraining())
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        Map<String, Object> event = new HashMap<>(twoDayTraining());
        event.put("hosts", List.of("ELISFA"));
        String after = withEvent(project, "nexem-partner", event)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        assertEquals(false, before.equals(after), "a new host is a new version");

        Map<String, Object> body = current(project);
        body.put("event", twoDayTraining());
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .contentType(ContentType.JSON)
                .header("If-Match", before)
                .body(body)
                .put(project.api(DemoPartnersProject.TRAINING))
                .then()
                .statusCode(412);
    }

    @Test
    void anEventLeavesWithItsDeliverableOrItsEventKind() throws SQLException {
        DemoPartnersProject project = DemoPartnersProject.create();
        Map<String, Object> event = new HashMap<>(twoDayTraining());
        event.put("hosts", List.of("ELISFA"));
        withEvent(project, "unipso-coordinator", event).then().statusCode(200);
        assertEquals(1, events(project));

        Map<String, Object> study = current(project);
        study.put("kind", "STUDY");
        study.put("event", null);
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .contentType(ContentType.JSON)
                .body(study)
                .put(project.api(DemoPartnersProject.TRAINING))
                .then()
                .statusCode(200);
        assertEquals(0, events(project));

        withEvent(project, "unipso-coordinator", Map.of("plannedDate", "2026-07-09", "hosts", List.of("ELISFA")))
                .then()
                .statusCode(400);
        Map<String, Object> training = current(project);
        training.put("kind", "TRAINING");
        training.put("event", event);
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .contentType(ContentType.JSON)
                .body(training)
                .put(project.api(DemoPartnersProject.TRAINING))
                .then()
                .statusCode(200);
        assertEquals(1, events(project));
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .delete(project.api(DemoPartnersProject.TRAINING))
                .then()
                .statusCode(204);
        assertEquals(0, events(project));
    }

    private static Map<String, Object> twoDayTraining() {
        return Map.of(
                "plannedDate", "2026-07-09",
                "endDate", "2026-07-10",
                "startTime", "09:30",
                "endTime", "17:00",
                "mode", "HYBRID",
                "country", "PT",
                "city", "Lisboa",
                "registrationDeadline", "2026-07-01");
    }

    /** The deliverable's plan as it stands, as the API shows it. */
    private static Map<String, Object> current(DemoPartnersProject project) {
        return new HashMap<>(given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .get(project.api(DemoPartnersProject.TRAINING))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap(""));
    }

    /** The training's plan as it stands, with {@code event} as its details, sent by {@code user}. */
    private static Response withEvent(DemoPartnersProject project, String user, Map<String, Object> event) {
        Map<String, Object> body = current(project);
        body.put("event", event);
        return given().auth()
                .oauth2(Tokens.of(user))
                .contentType(ContentType.JSON)
                .body(body)
                .put(project.api(DemoPartnersProject.TRAINING));
    }

    private long events(DemoPartnersProject project) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select count(*) from event e join project p on p.id = e.project_id where p.acronym = '"
                                + project.acronym() + "'")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
