package org.consortia.attendance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consortia.notification.MailSender;
import org.consortia.testsupport.DemoPartnersProject;
import org.consortia.testsupport.FixedClock;
import org.consortia.testsupport.PageSession;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A participant's rights over their data: the organisers export all that is held about them and erase it on request
 * (the record pseudonymised, the counts kept); every participant's data goes five years after the project's end.
 */
@QuarkusTest
class PrivacyTest {

    @Inject
    MailSender sender;

    @Inject
    PrivacyService privacy;

    @Test
    void theOrganisersExportWhatIsHeldAboutSomeoneThenEraseItAndTheCountsStay() {
        DemoPartnersProject project = DemoPartnersProject.create().withTraining("IN_PERSON", List.of());
        String email = "ana." + project.acronym().toLowerCase() + "@example.org";
        long ana = add(project, "Ana Exemplo", email, "RO");
        add(project, "Bogdan Inventat", null, "RO");
        as("nexem-partner")
                .post(project.event("D1.1") + "/attendance/close")
                .then()
                .statusCode(200);
        sender.sendDue();
        as("nexem-partner")
                .post(project.event("D1.1") + "/attendance/reopen")
                .then()
                .statusCode(200);
        String form = as("nexem-partner")
                .post(project.event("D1.1") + "/registration/open")
                .then()
                .extract()
                .path("path");
        given().contentType(ContentType.URLENC)
                .formParams(Map.of(
                        "name", "Ana Exemplo",
                        "email", email,
                        "organisationType", "NGO",
                        "processingConsent", "yes"))
                .post(form)
                .then()
                .statusCode(200);

        String data = project.event("D1.1") + "/participants/" + ana + "/personal-data";
        as("nexem-partner")
                .get(data)
                .then()
                .statusCode(200)
                .body(
                        "participant.name", equalTo("Ana Exemplo"),
                        "participant.email", equalTo(email),
                        "participant.consent.textVersion", equalTo(ConsentText.VERSION),
                        "eventDays", contains("2026-07-09", "2026-07-10"),
                        "survey.invitedAt", notNullValue(),
                        "survey.answered", nullValue(),
                        "mails.kind", contains("SURVEY_INVITATION", "REGISTRATION_CONFIRMATION"),
                        "mails[0].state", equalTo("SENT"),
                        "pendingRegistrations[0].email", equalTo(email));
        as("elisfa-partner").get(data).then().statusCode(403);
        as("ec-reviewer").get(data).then().statusCode(403);
        PageSession.of("nexem-partner")
                .given()
                .get("/projects/" + project.acronym() + "/events/D1.1/participants/" + ana + "/personal-data")
                .then()
                .statusCode(200)
                .header("Content-Disposition", containsString("participant-" + ana + ".json"))
                .body(containsString("Ana Exemplo"));

        as("elisfa-partner")
                .post(project.event("D1.1") + "/participants/" + ana + "/erasure")
                .then()
                .statusCode(403);
        as("nexem-partner")
                .post(project.event("D1.1") + "/participants/" + ana + "/erasure")
                .then()
                .statusCode(200)
                .body(
                        "name", equalTo("Erased participant " + ana),
                        "email", nullValue(),
                        "organisation", nullValue(),
                        "country", equalTo("RO"),
                        "daysAttended", contains("2026-07-09"),
                        "erasedAt", notNullValue());
        as("nexem-partner")
                .get(data)
                .then()
                .statusCode(200)
                .body("mails", empty(), "pendingRegistrations", empty())
                .body(not(containsString("Ana Exemplo")), not(containsString(email)));
        as("nexem-partner")
                .get(project.event("D1.1") + "/breakdown")
                .then()
                .body("total", equalTo(2), "countries.participants", contains(2), "days.value", contains("2026-07-09"));
        as("nexem-partner")
                .post(project.event("D1.1") + "/participants/" + ana + "/erasure")
                .then()
                .statusCode(409);
        Map<String, Object> again = person("Ana Exemplo", email, "RO");
        as("nexem-partner")
                .contentType(ContentType.JSON)
                .header("If-Match", "\"2\"")
                .body(again)
                .put(project.event("D1.1") + "/participants/" + ana)
                .then()
                .statusCode(409);
        as("nexem-partner")
                .get("/api/projects/" + project.acronym() + "/activity")
                .then()
                .body("items.action", hasItem("PARTICIPANT_ERASED"))
                .body(not(containsString("Ana Exemplo")));
    }

    @Test
    void everyParticipantsDataGoesFiveYearsAfterTheProjectsEnd() {
        DemoPartnersProject ended = DemoPartnersProject.create("2015-01-01", "2018-12-31");
        DemoPartnersProject running = DemoPartnersProject.create().withTraining("IN_PERSON", List.of());
        Map<String, Object> training = new HashMap<>(as("unipso-coordinator")
                .get(ended.api("D1.1"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap(""));
        training.put("event", Map.of("plannedDate", "2016-06-09", "country", "PT"));
        as("unipso-coordinator")
                .contentType(ContentType.JSON)
                .body(training)
                .put(ended.api("D1.1"))
                .then()
                .statusCode(200);
        add(ended, "Old Participant", "old@example.org", "PT", List.of("2016-06-09"));
        add(ended, "Older Participant", null, "ES", List.of());
        add(running, "Current Participant", "current@example.org", "RO");

        assertTrue(privacy.eraseAsOf(FixedClock.TODAY) >= 2);

        as("nexem-partner")
                .get(ended.event("D1.1") + "/participants")
                .then()
                .body("items.erasedAt", not(hasItem(nullValue())), "items.email", contains(null, null))
                // The same pseudonym as one erasure's (PrivacyService.pseudonymise), written in bulk.
                .body("items.name", everyItem(startsWith("Erased participant ")))
                .body(not(containsString("Old Participant")), not(containsString("old@example.org")));
        as("nexem-partner")
                .get(ended.event("D1.1") + "/breakdown")
                .then()
                .body("total", equalTo(2), "countries.value", contains("ES", "PT"));
        as("nexem-partner")
                .get(running.event("D1.1") + "/participants")
                .then()
                .body("items[0].name", equalTo("Current Participant"), "items[0].erasedAt", nullValue());
    }

    private static long add(DemoPartnersProject project, String name, String email, String country) {
        return add(project, name, email, country, email == null ? List.of() : List.of("2026-07-09"));
    }

    private static long add(DemoPartnersProject project, String name, String email, String country, List<String> days) {
        Map<String, Object> person = person(name, email, country);
        person.put("daysAttended", days);
        return as("nexem-partner")
                .contentType(ContentType.JSON)
                .body(person)
                .post(project.event("D1.1") + "/participants")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static Map<String, Object> person(String name, String email, String country) {
        Map<String, Object> person = new HashMap<>();
        person.put("name", name);
        person.put("email", email);
        person.put("organisation", "Fictitious union");
        person.put("organisationType", "TRADE_UNION");
        person.put("country", country);
        person.put("processingConsent", true);
        return person;
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user));
    }
}
