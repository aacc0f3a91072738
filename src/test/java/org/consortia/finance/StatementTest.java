package org.consortia.finance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consortia.testsupport.StatementFlow;
import org.consortia.testsupport.TimesheetProject;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * NEXEM's financial statement for period 1 of a project of its own (TimesheetProject: P1 has ended, P2 has not):
 * person-months from a closed month of timesheets, costs with their justifications, submitted by nexem-partner,
 * accepted by unipso-coordinator and frozen, then read by ec-reviewer.
 */
@QuarkusTest
class StatementTest {

    @Inject
    AgroalDataSource database;

    private TimesheetProject project;

    @BeforeEach
    void aProjectWithABudget() {
        project = TimesheetProject.create();
    }

    /** 30,000 of personnel, 2,000 subcontracted, 5,000 of travel (over 15 % of personnel): both to justify. */
    private static Map<String, Object> declared(boolean justified) {
        Map<String, Object> body = new HashMap<>();
        body.put("costs", Map.of("A.1", 30000, "B", "2000.00", "C.1", 5000));
        body.put("explanation", "Trainings prepared and held as planned.");
        if (justified) {
            body.put(
                    "justifications",
                    Map.of("B", "Interpretation at the Lisbon training", "C.1", "Four trainings abroad"));
        }
        return body;
    }

    @Test
    void nexemDeclaresAndSubmitsAndTheCoordinatorAcceptsWhichFreezesIt() throws SQLException {
        YearMonth month = StatementFlow.closedMonth(project, 71.67);
        get("nexem-partner", 1)
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("version", equalTo(0))
                .body("effort.find { it.workPackage == 'WP1' }.fromTimesheets", equalTo(0.50f))
                .body("effort.find { it.workPackage == 'WP1' }.personMonths", equalTo(0.50f))
                .body("effort.find { it.workPackage == 'WP1' }.planned", equalTo(20.00f))
                .body("actions.edit", equalTo(true));

        put("nexem-partner", 1, declared(false))
                .statusCode(200)
                .body("figures.direct", equalTo(37000.00f))
                .body("figures.indirect", equalTo(2450.00f))
                .body("figures.eligible", equalTo(39450.00f))
                .body("figures.requested", equalTo(31560.00f))
                .body("costs.find { it.category == 'B' }.justificationNeeded", equalTo(true))
                .body("costs.find { it.category == 'C.1' }.justificationNeeded", equalTo(true))
                .body("costs.find { it.category == 'A.1' }.budget", equalTo(100000.00f));
        submit("nexem-partner", 1).statusCode(400).body("errors[0].field", equalTo("justifications.B"));
        put("nexem-partner", 1, declared(true)).statusCode(200);
        submit("nexem-partner", 1)
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("submittedBy", equalTo("NEXEM Staff"));
        put("nexem-partner", 1, declared(true)).statusCode(409).body("errors[0].field", equalTo("status"));

        get("ec-reviewer", 1).statusCode(404);
        get("elisfa-partner", 1).statusCode(404);
        get("unipso-partner", 1).statusCode(404);
        get("unipso-coordinator", 1).statusCode(200).body("actions.decide", equalTo(true));
        decide("nexem-partner", 1, "ACCEPTED", null).statusCode(403);
        decide("ec-reviewer", 1, "ACCEPTED", null).statusCode(404);
        decide("unipso-coordinator", 1, "RETURNED", " ").statusCode(400).body("errors[0].field", equalTo("comment"));

        String sha = decide("unipso-coordinator", 1, "ACCEPTED", null)
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("contentSha256", matchesPattern("[0-9a-f]{64}"))
                .body("decidedBy", equalTo("UNIPSO Coordinator"))
                .extract()
                .path("contentSha256");
        get("ec-reviewer", 1)
                .statusCode(200)
                .body("contentSha256", equalTo(sha))
                .body("figures.requested", equalTo(31560.00f))
                .body("effort.find { it.workPackage == 'WP1' }.personMonths", equalTo(0.50f))
                .body("actions.edit", equalTo(false));
        given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .get(api() + "?period=1")
                .then()
                .statusCode(200)
                .body("items.beneficiary", hasItem("NEXEM"));

        put("nexem-partner", 1, declared(true)).statusCode(409);
        decide("unipso-coordinator", 1, "RETURNED", "Too late").statusCode(409);
        try (Connection connection = database.getConnection();
                Statement sql = connection.createStatement()) {
            SQLException refused = assertThrows(
                    SQLException.class,
                    () -> sql.executeUpdate(
                            "update financial_statement set explanation = 'rewritten' where content_sha256 = '" + sha
                                    + "'"));
            assertThat(refused.getMessage(), containsString("kept as accepted"));
        }
        assertThat(month.toString(), not(nullValue()));
    }

    @Test
    void thePersonMonthsOfASubmittedStatementAreThoseOfItsSubmission() {
        put("nexem-partner", 1, declared(true)).statusCode(200);
        submit("nexem-partner", 1).statusCode(200);
        StatementFlow.closedMonth(project, 71.67);
        get("unipso-coordinator", 1)
                .statusCode(200)
                .body("effort.find { it.workPackage == 'WP1' }.fromTimesheets", equalTo(0.50f))
                .body("effort.find { it.workPackage == 'WP1' }.personMonths", equalTo(0.00f))
                .body("personMonths", equalTo(0.00f));
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsWritten() {
        put("nexem-partner", 2, declared(true)).statusCode(400).body("errors[0].field", equalTo("period"));
        put("nexem-partner", 1, Map.of("costs", Map.of("A.1", -1)))
                .statusCode(400)
                .body("errors[0].field", equalTo("costs.A.1"));
        put("nexem-partner", 1, Map.of("costs", Map.of("Z.9", 1)))
                .statusCode(400)
                .body("errors[0].field", equalTo("costs.Z.9"));
        put("nexem-partner", 1, Map.of("currency", "USD", "costs", Map.of("A.1", 1)))
                .statusCode(400)
                .body("errors[0].field", equalTo("currency"));
        put("nexem-partner", 1, Map.of("effort", List.of(Map.of("workPackage", "WP1", "personMonths", 2))))
                .statusCode(400)
                .body("errors[0].field", equalTo("effort[0].reason"));
        put(
                        "nexem-partner",
                        1,
                        Map.of("effort", List.of(Map.of("workPackage", "WP9", "personMonths", 2, "reason", "x"))))
                .statusCode(400)
                .body("errors[0].field", equalTo("effort[0].workPackage"));
        for (Object months : List.of(-1, "1.555", 100000)) {
            put(
                            "nexem-partner",
                            1,
                            Map.of(
                                    "effort",
                                    List.of(Map.of("workPackage", "WP1", "personMonths", months, "reason", "x"))))
                    .statusCode(400)
                    .body("errors[0].field", equalTo("effort[0].personMonths"));
        }
        put("nexem-partner", 1, Map.of("justifications", Map.of("B", "Nothing declared in B")))
                .statusCode(400)
                .body("errors[0].field", equalTo("justifications.B"));
        put("elisfa-partner", 1, declared(true)).statusCode(403);
        put("unipso-coordinator", 1, declared(true)).statusCode(403);
        put("ec-reviewer", 1, declared(true)).statusCode(404);
        put("metz-coordinator", 1, declared(true)).statusCode(404);
        submit("nexem-partner", 1).statusCode(409);

        get("nexem-partner", 1).statusCode(200).body("version", equalTo(0)).body("explanation", nullValue());
    }

    @Test
    void theCoordinatorSendsItBackAndTypedPersonMonthsCarryTheirReason() {
        Map<String, Object> body = new HashMap<>(declared(true));
        body.put(
                "effort",
                List.of(Map.of("workPackage", "WP1", "personMonths", "1.5", "reason", "Timesheets kept on paper")));
        put("nexem-partner", 1, body)
                .statusCode(200)
                .body("effort.find { it.workPackage == 'WP1' }.typed", equalTo(true))
                .body("effort.find { it.workPackage == 'WP1' }.personMonths", equalTo(1.50f))
                .body("personMonths", equalTo(1.50f));
        submit("nexem-partner", 1).statusCode(200);
        decide("unipso-coordinator", 1, "RETURNED", "Travel is too high")
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("returnedComment", equalTo("Travel is too high"))
                .body("costs.find { it.category == 'B' }.amount", equalTo(2000.00f))
                .body(
                        "costs.find { it.category == 'B' }.justification",
                        equalTo("Interpretation at the Lisbon training"))
                .body("effort.find { it.workPackage == 'WP1' }.personMonths", equalTo(1.50f));
        given().auth()
                .oauth2(Tokens.of("elisfa-partner"))
                .get("/api/projects/" + project.acronym() + "/activity")
                .then()
                .statusCode(200)
                .body(not(containsString("30000")))
                .body(not(containsString("Travel is too high")));
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .get(api())
                .then()
                .statusCode(200)
                .body("items[0].status", equalTo("DRAFT"));
        given().auth()
                .oauth2(Tokens.of("elisfa-partner"))
                .get(api())
                .then()
                .statusCode(200)
                .body("items[0].beneficiary", equalTo("NEXEM"))
                .body("items[0].detailed", equalTo(false))
                .body("items[0].figures", nullValue());
        given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .get(api())
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    private String api() {
        return "/api/projects/" + project.acronym() + "/statements";
    }

    private ValidatableResponse get(String user, int period) {
        return given().auth()
                .oauth2(Tokens.of(user))
                .get(api() + "/" + period + "/NEXEM")
                .then();
    }

    private ValidatableResponse put(String user, int period, Map<String, Object> body) {
        return given().auth()
                .oauth2(Tokens.of(user))
                .contentType(ContentType.JSON)
                .body(body)
                .put(api() + "/" + period + "/NEXEM")
                .then();
    }

    private ValidatableResponse submit(String user, int period) {
        return given().auth()
                .oauth2(Tokens.of(user))
                .post(api() + "/" + period + "/NEXEM/submission")
                .then();
    }

    private ValidatableResponse decide(String user, int period, String decision, String comment) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", decision);
        if (comment != null) {
            body.put("comment", comment);
        }
        return given().auth()
                .oauth2(Tokens.of(user))
                .contentType(ContentType.JSON)
                .body(body)
                .post(api() + "/" + period + "/NEXEM/decision")
                .then();
    }
}
