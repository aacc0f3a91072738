package org.consortia.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** Walks a TimesheetProject's money through the API: a closed month of timesheets, a statement accepted. */
public final class StatementFlow {

    private StatementFlow() {}

    /** nexem-partner records {@code hours} on WP1 in a month of its own and signs it; nexem-finance closes it. */
    public static YearMonth closedMonth(TimesheetProject project, double hours) {
        YearMonth month = TimesheetProject.freshMonth();
        String sheet = "/api/timesheets/nexem-partner/" + month;
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .contentType(ContentType.JSON)
                .body(Map.of("entries", List.of(project.entry("WP1", hours, "Training"))))
                .put(sheet)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .post(sheet + "/signature")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.of("nexem-finance"))
                .post(sheet + "/signature")
                .then()
                .statusCode(200);
        return month;
    }

    /**
     * NEXEM's statement of period 1, declared and submitted by nexem-partner, accepted by unipso-coordinator: 30,000 of
     * A.1, 2,000 of B and 5,000 of C.1 (justified): 37,000 direct, 2,450 indirect, 39,450 eligible, 31,560 requested.
     */
    public static void nexemStatementAccepted(TimesheetProject project) {
        statementAccepted(project, "NEXEM", "nexem-partner");
    }

    /** {@code beneficiary}'s statement of period 1, as NEXEM's above, declared by {@code staff}. */
    public static void statementAccepted(TimesheetProject project, String beneficiary, String staff) {
        String statement = "/api/projects/" + project.acronym() + "/statements/1/" + beneficiary;
        given().auth()
                .oauth2(Tokens.of(staff))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "costs",
                        Map.of("A.1", 30000, "B", 2000, "C.1", 5000),
                        "justifications",
                        Map.of("B", "Interpretation", "C.1", "Four trainings abroad"),
                        "explanation",
                        "Trainings prepared and held as planned."))
                .put(statement)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.of(staff))
                .post(statement + "/submission")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .contentType(ContentType.JSON)
                .body(Map.of("decision", "ACCEPTED"))
                .post(statement + "/decision")
                .then()
                .statusCode(200);
    }
}
