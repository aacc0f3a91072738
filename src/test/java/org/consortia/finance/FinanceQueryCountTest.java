package org.consortia.finance;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.consortia.testsupport.SqlStatements;
import org.consortia.testsupport.StatementFlow;
import org.consortia.testsupport.TimesheetProject;
import org.consortia.testsupport.Tokens;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * The finance page, the statements and the report's use of resources cost the same number of SQL statements for a
 * project with one accepted statement as for one whose three beneficiaries have accepted statements and closed
 * timesheets.
 */
@QuarkusTest
class FinanceQueryCountTest {

    @Inject
    SessionFactory sessionFactory;

    @Test
    void moreStatementsAndTimesheetsCostNoMoreStatements() {
        TimesheetProject small = TimesheetProject.create();
        StatementFlow.statementAccepted(small, "NEXEM", "nexem-partner");
        TimesheetProject full = TimesheetProject.create();
        StatementFlow.closedMonth(full, 40);
        StatementFlow.closedMonth(full, 60);
        StatementFlow.statementAccepted(full, "NEXEM", "nexem-partner");
        StatementFlow.statementAccepted(full, "ELISFA", "elisfa-partner");
        StatementFlow.statementAccepted(full, "UNIPSO", "unipso-coordinator");
        for (TimesheetProject project : java.util.List.of(small, full)) {
            given().auth()
                    .oauth2(Tokens.of("unipso-coordinator"))
                    .post("/api/projects/" + project.acronym() + "/reporting-periods/1/report")
                    .then()
                    .statusCode(201);
        }

        for (String path :
                java.util.List.of("/finances", "/statements", "/statements/1/NEXEM", "/reporting-periods/1/report")) {
            assertEquals(statements(small, path), statements(full, path), "SQL statements of " + path);
        }
    }

    /** The statements of the coordinator's GET of {@code path} under the project, once warmed up. */
    private long statements(TimesheetProject project, String path) {
        String address = "/api/projects/" + project.acronym() + path;
        String token = Tokens.of("unipso-coordinator");
        Runnable request =
                () -> given().auth().oauth2(token).get(address).then().statusCode(200);
        request.run();
        return SqlStatements.during(sessionFactory, request);
    }
}
