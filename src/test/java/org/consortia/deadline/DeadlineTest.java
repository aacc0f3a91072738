package org.consortia.deadline;

import static io.restassured.RestAssured.given;
import static org.consortia.testsupport.Fixtures.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.consortia.testsupport.DemoConsortium;
import org.consortia.testsupport.DemoPartnersProject;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * FORESEE's dated obligations (today is 2026-06-15 in tests, after FORESEE's end): deliverables,
 * milestones, events and the periodic reports, each with who answers for it and whether it is overdue.
 */
@QuarkusTest
class DeadlineTest {

    private static final String FORESEE = "/api/projects/FORESEE/deadlines";

    @BeforeEach
    void loadDemoProjects() {
        DemoConsortium.load();
    }

    @Test
    void aProjectsDeadlinesCoverEveryKindInDueOrder() {
        given().auth()
                .oauth2(Tokens.of("unipso-partner"))
                .queryParam("size", 500)
                .get(FORESEE)
                .then()
                .statusCode(200)
                .body("items.kind", hasItems("DELIVERABLE", "MILESTONE", "EVENT", "REPORT"))
                // The report on period 1 (M1–M12, ending 31 January 2022) is due 60 days later.
                .body("items.find { it.kind == 'REPORT' && it.code == 'RP1' }.dueDate", equalTo("2022-04-01"))
                .body("items.find { it.kind == 'REPORT' && it.code == 'RP1' }.responsible", equalTo("UNIPSO"))
                .body("items.find { it.kind == 'DELIVERABLE' && it.code == 'D5.4' }.overdue", equalTo(true))
                .body("items.find { it.kind == 'DELIVERABLE' && it.code == 'D5.4' }.responsible", equalTo("MARGARITA"))
                .body("items.find { it.kind == 'DELIVERABLE' && it.code == 'D2.1' }.done", equalTo(true))
                .body("items.find { it.kind == 'EVENT' && it.code == 'D4.5' }.state", equalTo("HELD"));
    }

    @Test
    void aRangeKeepsWhatFallsDueInIt() {
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .queryParam("from", "2022-04-01")
                .queryParam("to", "2022-04-30")
                .queryParam("size", 500)
                .get(FORESEE)
                .then()
                .statusCode(200)
                .body("items.dueDate", everyItem(org.hamcrest.Matchers.startsWith("2022-04")))
                .body("items.code", hasItems("RP1", "D4.4"));
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .queryParam("from", "2022-05-01")
                .queryParam("to", "2022-04-01")
                .get(FORESEE)
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .queryParam("from", "April")
                .get(FORESEE)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void theFundersReviewerSeesEveryObligationInTheFundersWords() {
        given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .queryParam("size", 500)
                .get(FORESEE)
                .then()
                .statusCode(200)
                .body("items.code", hasItems("D3.2", "MS1", "RP2", "D5.4", "D6.5"))
                .body("items.find { it.kind == 'DELIVERABLE' && it.code == 'D5.4' }.overdue", equalTo(true))
                .body("items.find { it.kind == 'DELIVERABLE' && it.code == 'D5.4' }.state", equalTo("NOT_SUBMITTED"))
                .body("items.findAll { it.kind == 'DELIVERABLE' }.state", not(hasItem("IN_PROGRESS")));
        given().auth().oauth2(Tokens.of("metz-coordinator")).get(FORESEE).then().statusCode(404);
    }

    @Test
    void myDeadlinesAreWhatIsOverdueAndWhatComesAcrossMyProjects() {
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .queryParam("size", 500)
                .get("/api/me/deadlines")
                .then()
                .statusCode(200)
                .body("items.findAll { it.project == 'FORESEE' }.code", hasItems("D5.4", "D6.5"))
                .body("items.project", not(hasItem("NMLS")))
                .body("items.findAll { it.dueDate < '2026-06-15' }.overdue", everyItem(equalTo(true)));
        given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .queryParam("size", 500)
                .get("/api/me/deadlines")
                .then()
                .statusCode(200)
                .body("items.find { it.kind == 'DELIVERABLE' && it.code == 'D5.4' }.state", equalTo("NOT_SUBMITTED"));
        given().auth()
                .oauth2(Tokens.of("guest"))
                .get("/api/me/deadlines")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void myDeadlinesFollowAChangeAtOnce() {
        String project = "/api/projects/" + DemoPartnersProject.create().acronym();
        String code = unique("MS");
        myDeadlines().body("items.code", not(hasItem(code)));

        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .contentType(ContentType.JSON)
                .body(Map.of("code", code, "title", "Added meanwhile", "workPackage", "WP1", "dueMonth", 3))
                .post(project + "/milestones")
                .then()
                .statusCode(201);
        myDeadlines().body("items.code", hasItem(code));

        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .delete(project + "/milestones/" + code)
                .then()
                .statusCode(204);
        myDeadlines().body("items.code", not(hasItem(code)));
    }

    private static ValidatableResponse myDeadlines() {
        return given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .queryParam("size", 500)
                .get("/api/me/deadlines")
                .then()
                .statusCode(200);
    }

    @Test
    void aLookAheadIsAPeriodOfAtMostAYear() {
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .queryParam("within", "P2M")
                .get("/api/me/deadlines")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .queryParam("within", "60 days")
                .get("/api/me/deadlines")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("within"));
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .queryParam("within", "P2Y")
                .get("/api/me/deadlines")
                .then()
                .statusCode(400);
    }
}
