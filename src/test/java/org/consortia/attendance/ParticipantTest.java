package org.consortia.attendance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consortia.testsupport.DemoPartnersProject;
import org.consortia.testsupport.PageSession;
import org.consortia.testsupport.SqlStatements;
import org.consortia.testsupport.Tokens;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * The participants of an event: its organisers (the coordinator, the lead partner NEXEM, the hosts) list and change
 * them; everyone else who sees the project, the funder included, reads counts and never a name.
 */
@QuarkusTest
class ParticipantTest {

    @Inject
    SessionFactory sessionFactory;

    @Test
    void theOrganisersListPeopleAndEveryoneReadsTheBreakdown() {
        DemoPartnersProject project = DemoPartnersProject.create().withTraining("HYBRID", List.of());
        add(project, "nexem-partner", person("Ana Exemplo", "RO", "TRADE_UNION", "WOMAN", List.of("2026-07-09")))
                .then()
                .statusCode(201)
                .body("consent.textVersion", equalTo(ConsentText.VERSION), "source", equalTo("ENTERED"));
        add(
                        project,
                        "unipso-coordinator",
                        person(
                                "Bogdan Inventat",
                                "RO",
                                "EMPLOYERS_ORGANISATION",
                                "MAN",
                                List.of("2026-07-09", "2026-07-10")))
                .then()
                .statusCode(201);
        Map<String, Object> online = person("Claire Fictive", "FR", "TRADE_UNION", null, List.of("2026-07-10"));
        online.put("presence", "ONLINE");
        add(project, "nexem-partner", online).then().statusCode(201);

        for (String reader : List.of("elisfa-partner", "ec-reviewer", "nexem-partner")) {
            given().auth()
                    .oauth2(Tokens.of(reader))
                    .get(events(project) + "/breakdown")
                    .then()
                    .statusCode(200)
                    .body(not(containsString("Exemplo")))
                    .body(
                            "total", equalTo(3),
                            "countries.value", contains("RO", "FR"),
                            "countries.participants", contains(2, 1),
                            "organisationTypes.value", contains("TRADE_UNION", "EMPLOYERS_ORGANISATION"),
                            "genders.value", contains("MAN", "NOT_GIVEN", "WOMAN"),
                            "presences.value", contains("IN_PERSON", "ONLINE"),
                            "presences.participants", contains(2, 1),
                            "days.value", contains("2026-07-09", "2026-07-10"),
                            "days.participants", contains(2, 2));
        }
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .get(events(project) + "/participants")
                .then()
                .statusCode(200)
                .body("total", equalTo(3), "items.name", contains("Ana Exemplo", "Bogdan Inventat", "Claire Fictive"));
    }

    @Test
    void aPartnerThatNeitherLeadsNorHostsAndTheFunderReadNoName() {
        DemoPartnersProject project = DemoPartnersProject.create().withTraining("HYBRID", List.of());
        long id = add(project, "nexem-partner", person("Ana Exemplo", "RO", "NGO", "WOMAN", List.of()))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        for (String outsider : List.of("elisfa-partner", "ec-reviewer")) {
            as(outsider).get(events(project) + "/participants").then().statusCode(403);
            as(outsider).get(events(project) + "/participants/" + id).then().statusCode(403);
            add(project, outsider, person("Dan Nou", "RO", "NGO", null, List.of()))
                    .then()
                    .statusCode(403);
            as(outsider).delete(events(project) + "/participants/" + id).then().statusCode(403);
        }
        given().get(events(project) + "/participants").then().statusCode(401);

        project.withTraining("HYBRID", List.of("ELISFA"));
        as("elisfa-partner")
                .get(events(project) + "/participants")
                .then()
                .statusCode(200)
                .body("total", equalTo(1));

        DemoPartnersProject stranger = DemoPartnersProject.create();
        as("nexem-partner")
                .get(stranger.api("D1.1").replace("/deliverables/", "/events/") + "/participants/" + id)
                .then()
                .statusCode(404);
        as("nexem-partner")
                .get(events(project).replace("D1.1", "D1.2") + "/breakdown")
                .then()
                .statusCode(404);
        as("nexem-partner")
                .get(events(project).replace("D1.1", "D9.9") + "/breakdown")
                .then()
                .statusCode(404);
    }

    @Test
    void whatCannotBeTrueIsRefusedAndNothingIsWritten() {
        DemoPartnersProject project = DemoPartnersProject.create().withTraining("HYBRID", List.of());
        Map<String, Object> noConsent = person("Ana Exemplo", "RO", "NGO", null, List.of());
        noConsent.put("processingConsent", false);
        refused(project, noConsent, 400, "processingConsent");
        refused(project, person("Ana Exemplo", "RO", "NGO", null, List.of("2026-07-11")), 400, "daysAttended");
        Map<String, Object> online = person("Ana Exemplo", "RO", "NGO", null, List.of());
        online.put("presence", "ONLINE");
        project.withTraining("IN_PERSON", List.of());
        refused(project, online, 400, "presence");
        Map<String, Object> noType = person("Ana Exemplo", "RO", null, null, List.of());
        refused(project, noType, 400, "organisationType");
        refused(project, person("A".repeat(201), "RO", "NGO", null, List.of()), 400, "name");
        Map<String, Object> badEmail = person("Ana Exemplo", "RO", "NGO", null, List.of());
        badEmail.put("email", "not an address");
        refused(project, badEmail, 400, "email");
        refused(project, person("Ana Exemplo", "ZZ", "NGO", null, List.of()), 400, "country");
        as("nexem-partner").get(events(project) + "/participants").then().body("total", equalTo(0));

        add(project, "nexem-partner", person("Ana Exemplo", "RO", "NGO", null, List.of()))
                .then()
                .statusCode(201);
        Map<String, Object> twice = person("Ana Dublura", "RO", "NGO", null, List.of());
        twice.put("email", "ANA.EXEMPLO@example.org");
        refused(project, twice, 409, "email");

        DemoPartnersProject undescribed = DemoPartnersProject.create();
        refused(undescribed, person("Ana Exemplo", "RO", "NGO", null, List.of()), 409, "event");
    }

    @Test
    void anEventWithPeopleOnItsListKeepsItsDetailsAndItsDeliverable() {
        DemoPartnersProject project = DemoPartnersProject.create().withTraining("HYBRID", List.of());
        add(project, "nexem-partner", person("Ana Exemplo", "RO", "NGO", null, List.of()))
                .then()
                .statusCode(201);
        Map<String, Object> study = deliverable(project);
        study.put("kind", "STUDY");
        study.put("event", null);
        as("unipso-coordinator")
                .contentType(ContentType.JSON)
                .body(study)
                .put(project.api(DemoPartnersProject.TRAINING))
                .then()
                .statusCode(409)
                .body("errors.field", hasItem("event"));
        as("unipso-coordinator")
                .delete(project.api(DemoPartnersProject.TRAINING))
                .then()
                .statusCode(409);
        as("nexem-partner").get(events(project) + "/participants").then().body("total", equalTo(1));
    }

    @Test
    void theTrailCountsPeopleByIdAndNeverNamesThem() {
        DemoPartnersProject project = DemoPartnersProject.create().withTraining("HYBRID", List.of());
        long id = add(project, "nexem-partner", person("Ana Exemplo", "RO", "NGO", "WOMAN", List.of()))
                .then()
                .extract()
                .jsonPath()
                .getLong("id");
        Map<String, Object> changed = person("Ana Exemplo-Nouă", "FR", "NGO", "WOMAN", List.of());
        as("nexem-partner")
                .contentType(ContentType.JSON)
                .body(changed)
                .put(events(project) + "/participants/" + id)
                .then()
                .statusCode(200)
                .body("country", equalTo("FR"));
        as("nexem-partner")
                .delete(events(project) + "/participants/" + id)
                .then()
                .statusCode(204);
        as("unipso-coordinator")
                .get("/api/projects/" + project.acronym() + "/activity")
                .then()
                .statusCode(200)
                .body(not(containsString("Exemplo")), not(containsString("example.org")))
                .body(
                        "items.findAll { it.subjectType == 'PARTICIPANT' }.action",
                        contains("PARTICIPANT_REMOVED", "PARTICIPANT_CHANGED", "PARTICIPANT_ADDED"));
    }

    @Test
    void theListTheBreakdownTheSurveyAndTheSheetCostTheSameStatementsForThreeOrSixtyPeople() {
        DemoPartnersProject few = DemoPartnersProject.create().withTraining("HYBRID", List.of());
        DemoPartnersProject many = DemoPartnersProject.create().withTraining("HYBRID", List.of());
        for (int i = 0; i < 60; i++) {
            if (i < 3) {
                add(few, "nexem-partner", person("Few " + i, "RO", "NGO", null, List.of("2026-07-09")));
            }
            add(
                    many,
                    "nexem-partner",
                    person("Many " + i, i % 2 == 0 ? "RO" : "PT", "NGO", null, List.of("2026-07-09", "2026-07-10")));
        }
        for (int i = 0; i < 20; i++) {
            for (DemoPartnersProject project : i < 2 ? List.of(few, many) : List.of(many)) {
                as("nexem-partner")
                        .contentType(ContentType.JSON)
                        .body(Map.of("scores", List.of(1 + i % 5, 5, 4), "comment", "Answer " + i))
                        .post(events(project) + "/survey/answers")
                        .then()
                        .statusCode(201);
            }
        }
        for (String path : List.of(
                "/participants?size=100",
                "/breakdown",
                "/survey",
                "/survey/comments?size=100",
                "/attendance/2026-07-09/signature-sheet")) {
            long small = SqlStatements.during(
                    sessionFactory,
                    () -> as("nexem-partner").get(events(few) + path).then().statusCode(200));
            long large = SqlStatements.during(
                    sessionFactory,
                    () -> as("nexem-partner").get(events(many) + path).then().statusCode(200));
            assertEquals(small, large, path + ": statements for 3 people vs 60");
        }
        PageSession nexem = PageSession.of("nexem-partner");
        long smallPage = SqlStatements.during(
                sessionFactory,
                () -> nexem.given()
                        .get("/projects/" + few.acronym() + "/events/D1.1")
                        .then()
                        .statusCode(200));
        long largePage = SqlStatements.during(
                sessionFactory,
                () -> nexem.given()
                        .get("/projects/" + many.acronym() + "/events/D1.1")
                        .then()
                        .statusCode(200));
        assertEquals(smallPage, largePage, "the event page: statements for 3 people vs 60");
    }

    private static Map<String, Object> deliverable(DemoPartnersProject project) {
        return new HashMap<>(as("unipso-coordinator")
                .get(project.api(DemoPartnersProject.TRAINING))
                .then()
                .extract()
                .jsonPath()
                .getMap(""));
    }

    /** Someone obviously invented, consenting to the processing of their data. */
    private static Map<String, Object> person(
            String name, String country, String type, String gender, List<String> days) {
        Map<String, Object> person = new HashMap<>();
        person.put("name", name);
        person.put("email", name.toLowerCase().replace(' ', '.') + "@example.org");
        person.put("organisation", "Fictitious association");
        person.put("organisationType", type);
        person.put("country", country);
        person.put("role", "Trainer");
        person.put("gender", gender);
        person.put("daysAttended", days);
        person.put("processingConsent", true);
        return person;
    }

    private static Response add(DemoPartnersProject project, String user, Map<String, Object> person) {
        return as(user).contentType(ContentType.JSON).body(person).post(events(project) + "/participants");
    }

    private static void refused(DemoPartnersProject project, Map<String, Object> person, int status, String field) {
        add(project, "nexem-partner", person)
                .then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    private static io.restassured.specification.RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user));
    }

    private static String events(DemoPartnersProject project) {
        return "/api/projects/" + project.acronym() + "/events/" + DemoPartnersProject.TRAINING;
    }
}
