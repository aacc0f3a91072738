package org.consortia.meeting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consortia.testsupport.DemoPartnersProject;
import org.consortia.testsupport.MinimalPdf;
import org.consortia.testsupport.PageSession;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Meetings that are not deliverables: the coordinator (UNIPSO) and the lead of their work package (NEXEM leads WP1)
 * plan them, their hosts describe them, the rest of the consortium reads them, the funder's reviewers do not. Their
 * participants count in the periodic report as an event deliverable's do.
 */
@QuarkusTest
class MeetingTest {

    @Test
    void theWorkPackageLeadPlansAMeetingAndItsHostsDescribeIt() {
        DemoPartnersProject project = DemoPartnersProject.create();
        String meetings = meetings(project);
        as("nexem-partner")
                .contentType(ContentType.JSON)
                .body(meeting("SC1", "Steering committee 1", "2026-09-14", List.of()))
                .post(meetings)
                .then()
                .statusCode(201)
                .header("Location", endsWith(meetings + "/SC1"))
                .header("ETag", equalTo("\"0\""))
                .body(
                        "code", equalTo("SC1"),
                        "kind", equalTo("STEERING_COMMITTEE"),
                        "workPackage", equalTo("WP1"),
                        "lead", equalTo("NEXEM"),
                        "event.plannedDate", equalTo("2026-09-14"),
                        "event.mode", equalTo("IN_PERSON"));

        as("elisfa-partner")
                .get(meetings)
                .then()
                .statusCode(200)
                .body("total", equalTo(1), "items.code", contains("SC1"));
        as("elisfa-partner")
                .contentType(ContentType.JSON)
                .body(meeting("SC2", "Steering committee 2", "2026-10-14", List.of()))
                .post(meetings)
                .then()
                .statusCode(403);
        as("elisfa-partner")
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(meeting("SC1", "Steering committee 1", "2026-09-15", List.of()))
                .put(meetings + "/SC1")
                .then()
                .statusCode(403);

        as("unipso-coordinator")
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(meeting("SC1", "Steering committee 1", "2026-09-14", List.of("ELISFA")))
                .put(meetings + "/SC1")
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("event.hosts", contains("ELISFA"), "version", equalTo(1));
        as("elisfa-partner").get(meetings + "/SC1").then().header("ETag", equalTo("\"1\""));
        // The host moves the day; the title, kind and work package are the planners' to change.
        as("elisfa-partner")
                .contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(meeting("SC1", "Steering committee 1", "2026-09-15", List.of("ELISFA")))
                .put(meetings + "/SC1")
                .then()
                .statusCode(200)
                .body("event.plannedDate", equalTo("2026-09-15"));
        as("elisfa-partner")
                .contentType(ContentType.JSON)
                .body(meeting("SC1", "Another title", "2026-09-15", List.of("ELISFA")))
                .put(meetings + "/SC1")
                .then()
                .statusCode(403);
        as("nexem-partner")
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(meeting("SC1", "Steering committee 1", "2026-09-16", List.of("ELISFA")))
                .put(meetings + "/SC1")
                .then()
                .statusCode(412);
        as("nexem-partner")
                .contentType(ContentType.JSON)
                .body(meeting("SC9", "Steering committee 1", "2026-09-16", List.of("ELISFA")))
                .put(meetings + "/SC1")
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("code"));

        // On the consortium's deadlines (its first host answers for it), never on the funder's.
        String deadlines = "/api/projects/" + project.acronym() + "/deadlines?from=2026-09-01&to=2026-09-30";
        as("nexem-partner")
                .get(deadlines)
                .then()
                .statusCode(200)
                .body(
                        "items.find { it.kind == 'MEETING' }.code", equalTo("SC1"),
                        "items.find { it.kind == 'MEETING' }.responsible", equalTo("ELISFA"),
                        "items.find { it.kind == 'MEETING' }.state", equalTo("PLANNED"));
        as("ec-reviewer").get(deadlines).then().statusCode(200).body("items.kind", not(hasItem("MEETING")));

        as("elisfa-partner").delete(meetings + "/SC1").then().statusCode(403);
        as("nexem-partner").delete(meetings + "/SC1").then().statusCode(204);
        as("nexem-partner").get(meetings + "/SC1").then().statusCode(404);
    }

    @Test
    void theFundersReviewersAndStrangersFindNoMeeting() {
        DemoPartnersProject project = DemoPartnersProject.create();
        DemoPartnersProject other = DemoPartnersProject.create();
        as("unipso-coordinator")
                .contentType(ContentType.JSON)
                .body(meeting("PM1", "Partner meeting 1", "2026-09-14", List.of()))
                .post(meetings(project))
                .then()
                .statusCode(201);
        for (String path : List.of(
                meetings(project),
                meetings(project) + "/PM1",
                "/api/projects/" + project.acronym() + "/events/PM1/breakdown",
                "/api/projects/" + project.acronym() + "/events/PM1/participants")) {
            as("ec-reviewer").get(path).then().statusCode(404);
            as("guest").get(path).then().statusCode(404);
        }
        // A meeting of another project is as absent as a meeting that never was.
        as("unipso-coordinator")
                .get(meetings(other) + "/PM1")
                .then()
                .statusCode(404)
                .body(not(containsString("Partner meeting 1")));
        as("unipso-coordinator").get(meetings(other) + "/PM9").then().statusCode(404);
        as("ec-reviewer")
                .contentType(ContentType.JSON)
                .body(meeting("PM2", "Partner meeting 2", "2026-10-14", List.of()))
                .post(meetings(project))
                .then()
                .statusCode(404);
        PageSession.of("ec-reviewer")
                .given()
                .get(project.page() + "/meetings")
                .then()
                .statusCode(404);
        PageSession.of("ec-reviewer")
                .given()
                .get(project.page())
                .then()
                .statusCode(200)
                .body(not(containsString("Partner meeting 1")));
        // The plan and the events list as the funder reads them leave meetings out; the consortium's have them.
        as("ec-reviewer")
                .get("/api/projects/" + project.acronym() + "/export")
                .then()
                .statusCode(200)
                .body("meetings", nullValue());
        as("unipso-coordinator")
                .get("/api/projects/" + project.acronym() + "/export")
                .then()
                .statusCode(200)
                .body("meetings.code", contains("PM1"));
        as("ec-reviewer")
                .get("/api/projects/" + project.acronym() + "/exports/events.csv")
                .then()
                .statusCode(200)
                .body(not(containsString("PM1")));
        as("unipso-coordinator")
                .get("/api/projects/" + project.acronym() + "/exports/events.csv")
                .then()
                .statusCode(200)
                .body(containsString("Partner meeting 1"));
    }

    @Test
    void aMeetingTakesACodeOfItsOwnAndADate() {
        DemoPartnersProject project = DemoPartnersProject.create();
        String meetings = meetings(project);
        as("unipso-coordinator")
                .contentType(ContentType.JSON)
                .body(meeting(DemoPartnersProject.TRAINING, "Partner meeting", "2026-09-14", List.of()))
                .post(meetings)
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("code"));
        as("unipso-coordinator")
                .contentType(ContentType.JSON)
                .body(meeting("PM1", "Partner meeting 1", "2026-09-14", List.of()))
                .post(meetings)
                .then()
                .statusCode(201);
        as("unipso-coordinator")
                .contentType(ContentType.JSON)
                .body(meeting("PM1", "Partner meeting again", "2026-09-15", List.of()))
                .post(meetings)
                .then()
                .statusCode(409);
        // A deliverable cannot take a meeting's code either: /events/PM1 names one event.
        Map<String, Object> deliverable = new HashMap<>(as("unipso-coordinator")
                .get(project.api(DemoPartnersProject.DRAFT))
                .then()
                .extract()
                .jsonPath()
                .getMap(""));
        deliverable.put("code", "PM1");
        as("unipso-coordinator")
                .contentType(ContentType.JSON)
                .body(deliverable)
                .post("/api/projects/" + project.acronym() + "/deliverables")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("code"), "detail", containsString("meeting"));

        Map<String, Object> undated = meeting("PM2", "Partner meeting 2", null, List.of());
        refused(meetings, undated, 400, "event.plannedDate");
        @SuppressWarnings("unchecked")
        Map<String, Object> heldOnly = (Map<String, Object>) undated.get("event");
        heldOnly.put("actualDate", "2026-05-20");
        refused(meetings, undated, 400, "event.plannedDate");
        Map<String, Object> noEvent = meeting("PM2", "Partner meeting 2", "2026-09-14", List.of());
        noEvent.remove("event");
        refused(meetings, noEvent, 400, "event");
        Map<String, Object> badCode = meeting("pm 2", "Partner meeting 2", "2026-09-14", List.of());
        refused(meetings, badCode, 400, "code");
        Map<String, Object> badPackage = meeting("PM2", "Partner meeting 2", "2026-09-14", List.of());
        badPackage.put("workPackage", "WP9");
        refused(meetings, badPackage, 400, "workPackage");
        Map<String, Object> badKind = meeting("PM2", "Partner meeting 2", "2026-09-14", List.of());
        badKind.put("kind", "PARTY");
        refused(meetings, badKind, 400, "kind");
        Map<String, Object> longTitle = meeting("PM2", "x".repeat(501), "2026-09-14", List.of());
        refused(meetings, longTitle, 400, "title");
        Map<String, Object> outside = meeting("PM2", "Partner meeting 2", "2031-01-01", List.of());
        refused(meetings, outside, 400, "event.plannedDate");
        Map<String, Object> strangeHost = meeting("PM2", "Partner meeting 2", "2026-09-14", List.of("NOBODY"));
        refused(meetings, strangeHost, 400, "event.hosts");
        as("unipso-coordinator")
                .get(meetings)
                .then()
                .statusCode(200)
                .body("total", equalTo(1), "items.code", contains("PM1"));
    }

    @Test
    void aMeetingsParticipantsCountInTheReportAndOnTheStatusPage() {
        DemoPartnersProject project = DemoPartnersProject.create();
        String api = "/api/projects/" + project.acronym();
        as("unipso-coordinator")
                .contentType(ContentType.JSON)
                .body(Map.of("startMonth", 1, "endMonth", 18))
                .post(api + "/reporting-periods")
                .then()
                .statusCode(201);
        Map<String, Object> held = meeting("PM1", "Partner meeting 1", "2026-05-20", List.of("ELISFA"));
        @SuppressWarnings("unchecked")
        Map<String, Object> event = (Map<String, Object>) held.get("event");
        event.put("actualDate", "2026-05-20");
        event.put("country", "BE");
        event.put("city", "Brussels");
        as("nexem-partner")
                .contentType(ContentType.JSON)
                .body(held)
                .post(meetings(project))
                .then()
                .statusCode(201);
        for (List<String> person : List.of(
                List.of("Ana Inventat", "RO", "TRADE_UNION"),
                List.of("Claire Exemple", "FR", "EMPLOYERS_ORGANISATION"))) {
            as("elisfa-partner")
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "name", person.get(0),
                            "country", person.get(1),
                            "organisationType", person.get(2),
                            "processingConsent", true))
                    .post(api + "/events/PM1/participants")
                    .then()
                    .statusCode(201);
        }
        as("unipso-coordinator")
                .get(api + "/events/PM1/participants")
                .then()
                .statusCode(200)
                .body("total", equalTo(2));
        as("elisfa-partner")
                .get(api + "/events/PM1/breakdown")
                .then()
                .statusCode(200)
                .body("total", equalTo(2), "countries.value", contains("FR", "RO"));
        // Its evidence keeps it: a meeting with people on its list is not removed.
        as("nexem-partner").delete(meetings(project) + "/PM1").then().statusCode(409);

        as("unipso-coordinator")
                .post(api + "/reporting-periods/1/report")
                .then()
                .statusCode(201)
                .body(
                        "document.tables.events.code", hasItem("PM1"),
                        "document.tables.events.find { it.code == 'PM1' }.meeting", equalTo("PARTNER_MEETING"),
                        "document.tables.events.find { it.code == 'PM1' }.participants", equalTo(2),
                        "document.tables.attendance.total", equalTo(2),
                        "document.tables.attendance.countries.value", contains("FR", "RO"));
        PageSession.of("unipso-coordinator")
                .given()
                .get(project.page() + "/reports/1")
                .then()
                .statusCode(200)
                .body(containsString("Partner meeting 1 <span class=\"muted\">(Partner meeting)</span>"));
        PageSession.of("elisfa-partner")
                .given()
                .get(project.page())
                .then()
                .statusCode(200)
                .body(
                        containsString("/projects/" + project.acronym() + "/events/PM1"),
                        containsString("Partner meeting 1"),
                        containsString("(Partner meeting)"));
        PageSession.of("elisfa-partner")
                .given()
                .get(project.page() + "/meetings")
                .then()
                .statusCode(200)
                .body(containsString("Partner meeting 1"), containsString("Participants and evidence"));
    }

    @Test
    void aMeetingsHostsRunItsRegistrationAndEvidenceButChooseNothingForTheFunder() {
        DemoPartnersProject project = DemoPartnersProject.create();
        Map<String, Object> planned = meeting("PM1", "Partner meeting in Lisbon", "2026-07-09", List.of("ELISFA"));
        @SuppressWarnings("unchecked")
        Map<String, Object> event = (Map<String, Object>) planned.get("event");
        event.put("endDate", "2026-07-10");
        event.put("country", "PT");
        event.put("city", "Lisboa");
        as("unipso-coordinator")
                .contentType(ContentType.JSON)
                .body(planned)
                .post(meetings(project))
                .then()
                .statusCode(201);
        String events = "/api/projects/" + project.acronym() + "/events/PM1";

        String form = as("elisfa-partner")
                .post(events + "/registration/open")
                .then()
                .statusCode(200)
                .body("open", equalTo(true), "until", equalTo("2026-07-10"))
                .extract()
                .path("path");
        given().get(form).then().statusCode(200).body(containsString("Partner meeting in Lisbon"));

        given().auth()
                .oauth2(Tokens.of("elisfa-partner"))
                .get(events + "/attendance/2026-07-10/signature-sheet")
                .then()
                .statusCode(200)
                .contentType("application/pdf");
        long sheet = ((Number) as("elisfa-partner")
                        .contentType("application/octet-stream")
                        .queryParam("day", "2026-07-09")
                        .queryParam("name", "signed.pdf")
                        .body(MinimalPdf.bytes())
                        .post(events + "/signed-sheets")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        as("elisfa-partner")
                .put(events + "/signed-sheets/" + sheet + "/for-funder")
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("forFunder"));
        PageSession.of("elisfa-partner")
                .given()
                .get(project.page() + "/events/PM1")
                .then()
                .statusCode(200)
                .body(
                        containsString("signed.pdf"),
                        containsString("href=\"/projects/" + project.acronym() + "/meetings\""),
                        not(containsString("for-funder")));
        // Its evidence keeps it.
        as("unipso-coordinator").delete(meetings(project) + "/PM1").then().statusCode(409);
    }

    @Test
    void aMeetingWhoseListWasEmptiedAfterItClosedIsRemoved() {
        DemoPartnersProject project = DemoPartnersProject.create();
        String events = "/api/projects/" + project.acronym() + "/events/PM1";
        Map<String, Object> held = meeting("PM1", "Partner meeting 1", "2026-05-20", List.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> event = (Map<String, Object>) held.get("event");
        event.put("actualDate", "2026-05-20");
        as("unipso-coordinator")
                .contentType(ContentType.JSON)
                .body(held)
                .post(meetings(project))
                .then()
                .statusCode(201);
        long id = ((Number) as("unipso-coordinator")
                        .contentType(ContentType.JSON)
                        .body(Map.of(
                                "name",
                                "Ana Inventat",
                                "email",
                                "ana.inventat." + project.acronym().toLowerCase() + "@example.org",
                                "organisationType",
                                "TRADE_UNION",
                                "country",
                                "RO",
                                "daysAttended",
                                List.of("2026-05-20"),
                                "processingConsent",
                                true))
                        .post(events + "/participants")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        // Closing invites her to the survey: a one-time link waits for her answer.
        as("unipso-coordinator").post(events + "/attendance/close").then().statusCode(200);
        as("unipso-coordinator").delete(events + "/participants/" + id).then().statusCode(204);
        as("unipso-coordinator").delete(meetings(project) + "/PM1").then().statusCode(204);
        as("unipso-coordinator").get(meetings(project) + "/PM1").then().statusCode(404);
    }

    @Test
    void aWorkPackageHoldingAMeetingStays() {
        DemoPartnersProject project = DemoPartnersProject.create();
        String api = "/api/projects/" + project.acronym();
        as("unipso-coordinator")
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "number", "WP2", "title", "Dissemination", "lead", "ELISFA", "startMonth", 1, "endMonth", 24))
                .post(api + "/work-packages")
                .then()
                .statusCode(201);
        Map<String, Object> inWp2 = meeting("PM1", "Partner meeting 1", "2026-09-14", List.of());
        inWp2.put("workPackage", "WP2");
        // ELISFA leads WP2: it plans that work package's meetings, not WP1's.
        as("elisfa-partner")
                .contentType(ContentType.JSON)
                .body(inWp2)
                .post(meetings(project))
                .then()
                .statusCode(201)
                .body("lead", equalTo("ELISFA"));
        Map<String, Object> moved = new HashMap<>(inWp2);
        moved.put("workPackage", "WP1");
        as("elisfa-partner")
                .contentType(ContentType.JSON)
                .body(moved)
                .put(meetings(project) + "/PM1")
                .then()
                .statusCode(403);

        as("unipso-coordinator")
                .delete(api + "/work-packages/WP2")
                .then()
                .statusCode(409)
                .body("detail", containsString("meeting"));
        as("unipso-coordinator").delete(meetings(project) + "/PM1").then().statusCode(204);
        as("unipso-coordinator").delete(api + "/work-packages/WP2").then().statusCode(204);
    }

    private static void refused(String meetings, Map<String, Object> body, int status, String field) {
        as("unipso-coordinator")
                .contentType(ContentType.JSON)
                .body(body)
                .post(meetings)
                .then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    static Map<String, Object> meeting(String code, String title, String date, List<String> hosts) {
        Map<String, Object> event = new HashMap<>();
        if (date != null) {
            event.put("plannedDate", date);
        }
        event.put("hosts", hosts);
        Map<String, Object> meeting = new HashMap<>();
        meeting.put("code", code);
        meeting.put("title", title);
        meeting.put("workPackage", "WP1");
        meeting.put("kind", code.startsWith("SC") ? "STEERING_COMMITTEE" : "PARTNER_MEETING");
        meeting.put("event", event);
        return meeting;
    }

    static String meetings(DemoPartnersProject project) {
        return "/api/projects/" + project.acronym() + "/meetings";
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user));
    }
}
