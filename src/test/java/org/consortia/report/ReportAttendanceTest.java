package org.consortia.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consortia.testsupport.DemoPartnersProject;
import org.consortia.testsupport.PageSession;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The periodic report counts who came to the events held in its period by the country of their organisation, not of
 * the venue: a training in Lisbon attended from Romania and France counts Romanians and French. The funder reads the
 * counts, never a name.
 */
@QuarkusTest
class ReportAttendanceTest {

    @Test
    void theReportCountsParticipantsByTheCountryOfTheirOrganisation() {
        DemoPartnersProject project = DemoPartnersProject.create();
        String api = "/api/projects/" + project.acronym();
        as("unipso-coordinator")
                .contentType(ContentType.JSON)
                .body(Map.of("startMonth", 1, "endMonth", 18))
                .post(api + "/reporting-periods")
                .then()
                .statusCode(201);
        Map<String, Object> training = new HashMap<>(as("unipso-coordinator")
                .get(project.api(DemoPartnersProject.TRAINING))
                .then()
                .extract()
                .jsonPath()
                .getMap(""));
        training.put(
                "event",
                Map.of(
                        "plannedDate", "2026-06-10",
                        "actualDate", "2026-06-10",
                        "endDate", "2026-06-11",
                        "country", "PT",
                        "city", "Lisboa"));
        as("unipso-coordinator")
                .contentType(ContentType.JSON)
                .body(training)
                .put(project.api(DemoPartnersProject.TRAINING))
                .then()
                .statusCode(200);
        for (List<String> person : List.of(
                List.of("Ana Inventat", "RO", "TRADE_UNION"),
                List.of("Dan Fictiv", "RO", "TRADE_UNION"),
                List.of("Claire Exemple", "FR", "EMPLOYERS_ORGANISATION"))) {
            as("nexem-partner")
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "name", person.get(0),
                            "country", person.get(1),
                            "organisationType", person.get(2),
                            "processingConsent", true))
                    .post(api + "/events/D1.1/participants")
                    .then()
                    .statusCode(201);
        }
        for (List<Integer> scores : List.of(List.of(5, 4, 3, 4), List.of(4, 4, 4, 5))) {
            as("nexem-partner")
                    .contentType(ContentType.JSON)
                    .body(Map.of("scores", scores, "comment", "Ana Inventat spoke well"))
                    .post(api + "/events/D1.1/survey/answers")
                    .then()
                    .statusCode(201);
        }

        String report = api + "/reporting-periods/1/report";
        as("unipso-coordinator")
                .post(report)
                .then()
                .statusCode(201)
                .body(
                        "document.tables.participants", empty(),
                        "document.tables.events[0].participants", equalTo(3),
                        "document.tables.attendance.total", equalTo(3),
                        "document.tables.attendance.events", equalTo(1),
                        "document.tables.attendance.countries.value", contains("RO", "FR"),
                        "document.tables.attendance.countries.participants", contains(2, 1),
                        "document.tables.attendance.organisationTypes.value",
                                contains("TRADE_UNION", "EMPLOYERS_ORGANISATION"),
                        "document.tables.evaluations[0].code", equalTo("D1.1"),
                        "document.tables.evaluations[0].answers", equalTo(2),
                        "document.tables.evaluations[0].questions[0].standard", equalTo("USEFUL"),
                        "document.tables.evaluations[0].questions[0].average", equalTo(4.5f),
                        "document.tables.evaluations[0].questions[0].counts", contains(0, 0, 0, 1, 1));
        PageSession.of("unipso-coordinator")
                .given()
                .get("/projects/" + project.acronym() + "/reports/1")
                .then()
                .statusCode(200)
                .body(
                        containsString("3 participant(s) on the lists of 1 of the 1 event(s)"),
                        containsString("By country of their organisation"),
                        containsString("Employers&#39; organisation"),
                        containsString("Evaluation by the participants"),
                        containsString("How useful was the event for your work?"),
                        not(containsString("Inventat")));

        as("unipso-coordinator")
                .contentType(ContentType.JSON)
                .body(Map.of("overrideReason", "The sections follow"))
                .post(report + "/submission")
                .then()
                .statusCode(200);
        as("ec-reviewer")
                .get(report)
                .then()
                .statusCode(200)
                .body("document.tables.attendance.countries.value", contains("RO", "FR"))
                .body("document.tables.evaluations[0].questions[1].average", equalTo(4.0f))
                .body(not(containsString("Inventat")), not(containsString("Claire")));
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user));
    }
}
