package org.consortia.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.consortia.testsupport.DemoConsortium;
import org.consortia.testsupport.DemoPartnersProject;
import org.consortia.testsupport.Fixtures;
import org.consortia.testsupport.MailPreferences;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Calendar feeds, read back with a real iCalendar parser: what is in them, for whom, and revocation. */
@QuarkusTest
class CalendarFeedTest {

    @BeforeEach
    void loadDemoProjects() {
        DemoConsortium.load();
    }

    @Test
    void aPartnersFeedHoldsTheirProjectsDeadlinesAsAllDayEventsWithStableIds() throws Exception {
        String url = issue("nexem-partner");

        Map<String, VEvent> events = events(fetch(url));
        VEvent training = events.get("FORESEE-DELIVERABLE-D4.5@consortia");
        assertEquals(
                LocalDate.of(2022, 5, 31),
                LocalDate.from(training.getDateTimeStart().getDate()));
        assertThat(text(training, Property.SUMMARY), containsString("D4.5"));
        assertThat(text(training, Property.DESCRIPTION), containsString("/projects/FORESEE/deliverables/D4.5"));
        VEvent held = events.get("FORESEE-EVENT-D4.5@consortia");
        assertThat(text(held, Property.LOCATION), containsString("Bucharest"));
        assertThat(events.keySet(), hasItem("FORESEE-REPORT-RP1@consortia"));
        // NEXEM also takes part in LANDES-ATTRACTIVITE, not in NMLS.
        assertThat(
                events.keySet().stream().map(uid -> uid.split("-")[0]).collect(Collectors.toSet()),
                not(hasItem("NMLS")));
        assertEquals(events.keySet(), events(fetch(url)).keySet(), "the same items keep the same UIDs");

        String project = url.replace(".ics", "/FORESEE.ics");
        assertThat(events(fetch(project)).keySet(), hasItem("FORESEE-DELIVERABLE-D4.5@consortia"));
        given().get(url.replace(".ics", "/NMLS.ics")).then().statusCode(404);
    }

    @Test
    void aFeedSpeaksTheLanguageOfItsOwnersMails() throws Exception {
        String url = issue("elisfa-partner");
        assertThat(
                text(events(fetch(url)).get("FORESEE-REPORT-RP1@consortia"), Property.SUMMARY),
                equalTo("[FORESEE] Periodic report due: RP1"));
        try {
            MailPreferences.language("elisfa-partner", "fr");
            Map<String, VEvent> events = events(fetch(url));
            assertThat(
                    text(events.get("FORESEE-REPORT-RP1@consortia"), Property.SUMMARY),
                    equalTo("[FORESEE] Rapport périodique attendu : RP1"));
            assertThat(
                    text(events.get("FORESEE-REPORT-RP1@consortia"), Property.DESCRIPTION),
                    containsString("FORESEE · Rapport périodique RP1"));
            assertThat(
                    text(events.get("FORESEE-MILESTONE-MS1@consortia"), Property.SUMMARY),
                    startsWith("[FORESEE] Jalon : MS1 "));
        } finally {
            MailPreferences.language("elisfa-partner", null);
        }
    }

    @Test
    void aTrainingAtATimeOfDayIsATimedEventInItsCountrysTimeZone() throws Exception {
        DemoPartnersProject project = DemoPartnersProject.create();
        Map<String, Object> event = new HashMap<>(Map.of(
                "plannedDate",
                "2026-09-15",
                "startTime",
                "09:30",
                "endTime",
                "17:00",
                "country",
                "PT",
                "city",
                "Lisbon",
                "venue",
                "CGTP-IN"));
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .contentType(ContentType.JSON)
                .body(training("D1.9", event))
                .post("/api/projects/" + project.acronym() + "/deliverables")
                .then()
                .statusCode(201)
                .body("event.timeZone", equalTo("Europe/Lisbon"));

        VEvent training = events(fetch(issue("nexem-partner").replace(".ics", "/" + project.acronym() + ".ics")))
                .get(project.acronym() + "-EVENT-D1.9@consortia");
        assertEquals(
                Instant.parse("2026-09-15T08:30:00Z"),
                Instant.from(training.getDateTimeStart().getDate()),
                "09:30 in Lisbon's summer time");
        assertEquals(
                Instant.parse("2026-09-15T16:00:00Z"),
                Instant.from(training.getDateTimeEnd().getDate()));
        assertThat(text(training, Property.LOCATION), equalTo("CGTP-IN, Lisbon, PT"));
    }

    @Test
    void eventTimesAreChecked() {
        DemoPartnersProject project = DemoPartnersProject.create();
        Map<String, Map<String, Object>> wrong = Map.of(
                "event.endTime",
                        Map.of("plannedDate", "2026-09-15", "startTime", "17:00", "endTime", "09:30", "country", "PT"),
                "event.timeZone",
                        Map.of(
                                "plannedDate",
                                "2026-09-15",
                                "startTime",
                                "09:30",
                                "country",
                                "PT",
                                "timeZone",
                                "Mars/Olympus_Mons"));
        wrong.forEach((field, event) -> given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .contentType(ContentType.JSON)
                .body(training("D1.8", event))
                .post("/api/projects/" + project.acronym() + "/deliverables")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field)));
        Map<String, Object> abroad = Map.of("plannedDate", "2026-09-15", "startTime", "09:30", "country", "CA");
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .contentType(ContentType.JSON)
                .body(training("D1.8", abroad))
                .post("/api/projects/" + project.acronym() + "/deliverables")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("event.timeZone"));
        Map<String, Object> named = new HashMap<>(abroad);
        named.put("timeZone", "America/Toronto");
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .contentType(ContentType.JSON)
                .body(training("D1.8", named))
                .post("/api/projects/" + project.acronym() + "/deliverables")
                .then()
                .statusCode(201)
                .body("event.timeZone", equalTo("America/Toronto"));
    }

    private static Map<String, Object> training(String code, Map<String, Object> event) {
        Map<String, Object> body = Fixtures.deliverableBody(code, "NEXEM", 20);
        body.put("kind", "TRAINING");
        body.put("event", event);
        return body;
    }

    @Test
    void aReviewersFeedShowsEveryObligationTheOverdueDraftsIncluded() throws Exception {
        Map<String, VEvent> events = events(fetch(issue("ec-reviewer")));

        assertThat(events.keySet(), hasItem("FORESEE-DELIVERABLE-D3.2@consortia"));
        assertThat(events.keySet(), hasItem("FORESEE-DELIVERABLE-D5.4@consortia"));
        assertThat(events.keySet(), hasItem("FORESEE-DELIVERABLE-D6.5@consortia"));
    }

    @Test
    void aRevokedOrReplacedLinkIsGone() {
        String first = issue("elisfa-partner");
        String second = issue("elisfa-partner");
        given().get(first).then().statusCode(404);
        given().get(second).then().statusCode(200).contentType(containsString("text/calendar"));
        given().auth()
                .oauth2(Tokens.of("elisfa-partner"))
                .get("/api/me/calendar")
                .then()
                .statusCode(200)
                .body("issuedAt", org.hamcrest.Matchers.notNullValue());

        given().auth()
                .oauth2(Tokens.of("elisfa-partner"))
                .delete("/api/me/calendar")
                .then()
                .statusCode(204);
        given().get(second).then().statusCode(404);
        given().auth()
                .oauth2(Tokens.of("elisfa-partner"))
                .get("/api/me/calendar")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.of("elisfa-partner"))
                .delete("/api/me/calendar")
                .then()
                .statusCode(404);
        given().get("/calendar/not-a-token.ics").then().statusCode(404);
        given().post("/api/me/calendar").then().statusCode(401);
    }

    private static String issue(String username) {
        return given().auth()
                .oauth2(Tokens.of(username))
                .post("/api/me/calendar")
                .then()
                .statusCode(201)
                .body("projectUrlTemplate", containsString("{acronym}.ics"))
                .extract()
                .path("url");
    }

    private static Calendar fetch(String url) throws Exception {
        String body = given().get(URI.create(url).getPath())
                .then()
                .statusCode(200)
                .contentType(containsString("text/calendar"))
                .extract()
                .asString();
        return new CalendarBuilder().build(new StringReader(body));
    }

    private static Map<String, VEvent> events(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
        return events.stream().collect(Collectors.toMap(e -> e.getUid().get().getValue(), e -> e));
    }

    private static String text(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse("");
    }
}
