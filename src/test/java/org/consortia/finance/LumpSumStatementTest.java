package org.consortia.finance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consortia.testsupport.TimesheetProject;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * NEXEM's statements on a lump-sum grant (TimesheetProject.createLumpSum: shares of 40,000 in WP1 and 20,000 in WP3;
 * P1 and P2 have ended): it declares the work packages it completed instead of costs, and the coordinator's
 * acceptance releases their shares on the finance page and in the report.
 */
@QuarkusTest
class LumpSumStatementTest {

    private TimesheetProject project;

    @BeforeEach
    void aLumpSumProject() {
        project = TimesheetProject.createLumpSum();
    }

    @Test
    void aCompletedWorkPackageReleasesTheBeneficiarysShareOnceAccepted() {
        get(1).statusCode(200)
                .body("lumpSum", equalTo(true))
                .body("costs", empty())
                .body("shares.workPackage", equalTo(List.of("WP1", "WP3")))
                .body("shares.find { it.workPackage == 'WP1' }.amount", equalTo(40000.00f))
                .body("shares.find { it.workPackage == 'WP1' }.completed", equalTo(false))
                .body("figures.requested", equalTo(0.00f));

        put(1, completed("WP1"))
                .statusCode(200)
                .body("shares.find { it.workPackage == 'WP1' }.completed", equalTo(true))
                .body("figures.direct", equalTo(0.00f))
                .body("figures.eligible", equalTo(40000.00f))
                .body("figures.requested", equalTo(40000.00f));
        post(1, "/submission", "nexem-partner", null).statusCode(200);
        read("ec-reviewer", 1).statusCode(404);
        read("elisfa-partner", 1).statusCode(404);
        get(2).statusCode(200)
                .body("shares.find { it.workPackage == 'WP1' }.declaredIn", equalTo(1))
                .body("shares.find { it.workPackage == 'WP3' }.declaredIn", nullValue());
        put(2, completed("WP1"))
                .statusCode(400)
                .body("errors[0].field", equalTo("completed[0]"))
                .body("errors[0].message", containsString("WP1 is declared completed in the statement of period 1"));

        String finances = "/api/projects/" + project.acronym() + "/finances";
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .get(finances)
                .then()
                .statusCode(200)
                .body("lumpSum", equalTo(true))
                .body("beneficiaries.find { it.beneficiary == 'NEXEM' }.budget", equalTo(60000.00f))
                .body("beneficiaries.find { it.beneficiary == 'NEXEM' }.declared", equalTo(0.00f));
        post(1, "/decision", "unipso-coordinator", Map.of("decision", "ACCEPTED"))
                .statusCode(200);
        read("ec-reviewer", 1)
                .statusCode(200)
                .body("shares.find { it.workPackage == 'WP1' }.completed", equalTo(true))
                .body("figures.requested", equalTo(40000.00f));
        read("elisfa-partner", 1).statusCode(404);
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .get(finances)
                .then()
                .statusCode(200)
                .body("categories", empty())
                .body("beneficiaries.find { it.beneficiary == 'NEXEM' }.declared", equalTo(40000.00f))
                .body("beneficiaries.find { it.beneficiary == 'NEXEM' }.requested", equalTo(40000.00f))
                .body("beneficiaries.find { it.beneficiary == 'UNIPSO' }.budget", equalTo(30000.00f))
                .body("consortium.budget", equalTo(90000.00f))
                .body("workPackages.find { it.workPackage == 'WP1' }.lumpSum", equalTo(40000.00f))
                .body("workPackages.find { it.workPackage == 'WP1' }.released", equalTo(40000.00f))
                .body("workPackages.find { it.workPackage == 'WP2' }.released", equalTo(0.00f));

        String report = "/api/projects/" + project.acronym() + "/reporting-periods/1/report";
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .post(report)
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .get(report)
                .then()
                .statusCode(200)
                .body("document.finances.lumpSum", equalTo(true))
                .body(
                        "document.finances.beneficiaries.find { it.beneficiary == 'NEXEM' }.completed",
                        equalTo(List.of("WP1")))
                .body("document.finances.totals.requested", equalTo(40000.00f))
                .body("document.finances.beneficiaries.find { it.beneficiary == 'UNIPSO' }.budgeted", equalTo(true));
        given().auth()
                .oauth2(Tokens.of("elisfa-partner"))
                .get(report)
                .then()
                .statusCode(200)
                .body("document.finances.beneficiaries.find { it.beneficiary == 'NEXEM' }.completed", nullValue())
                .body("document.finances.totals.requested", equalTo(40000.00f));
    }

    @Test
    void aWorkPackageIsReleasedOnceWhicheverDraftIsSubmittedFirst() {
        put(1, completed("WP3")).statusCode(200);
        put(2, completed("WP3")).statusCode(200);
        post(2, "/submission", "nexem-partner", null).statusCode(200);
        post(1, "/submission", "nexem-partner", null)
                .statusCode(409)
                .body("errors[0].field", equalTo("completed"))
                .body("detail", containsString("WP3 is declared completed in the statement of period 2"));
        get(1).statusCode(200).body("status", equalTo("DRAFT"));
    }

    @Test
    void aLumpSumStatementDeclaresOnlyWorkPackagesWithAShareAndNoCost() {
        Map<String, Object> withCosts = completed("WP1");
        withCosts.put("costs", Map.of("A.1", 1000));
        put(1, withCosts).statusCode(400).body("errors[0].field", equalTo("costs"));
        put(1, completed("WP2"))
                .statusCode(400)
                .body("errors[0].field", equalTo("completed[0]"))
                .body("errors[0].message", equalTo("NEXEM has no lump-sum share in WP2"));
        put(1, completed("WP9")).statusCode(400).body("errors[0].field", equalTo("completed[0]"));
        put(1, completed("WP1", "WP1")).statusCode(400).body("errors[0].field", equalTo("completed[1]"));
        get(1).statusCode(200).body("version", equalTo(0));
    }

    @Test
    void aStatementOfActualCostsDeclaresNoCompletedWorkPackage() {
        TimesheetProject actualCosts = TimesheetProject.create();
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .contentType(ContentType.JSON)
                .body(completed("WP1"))
                .put("/api/projects/" + actualCosts.acronym() + "/statements/1/NEXEM")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("completed"));
    }

    private static Map<String, Object> completed(String... workPackages) {
        Map<String, Object> body = new HashMap<>();
        body.put("completed", List.of(workPackages));
        body.put("explanation", "The training's work package is completed: its deliverables are accepted.");
        return body;
    }

    private String statement(int period) {
        return "/api/projects/" + project.acronym() + "/statements/" + period + "/NEXEM";
    }

    private ValidatableResponse get(int period) {
        return given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .get(statement(period))
                .then();
    }

    private ValidatableResponse read(String user, int period) {
        return given().auth().oauth2(Tokens.of(user)).get(statement(period)).then();
    }

    private ValidatableResponse put(int period, Map<String, Object> body) {
        return given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .contentType(ContentType.JSON)
                .body(body)
                .put(statement(period))
                .then();
    }

    private ValidatableResponse post(int period, String action, String user, Map<String, Object> body) {
        var request = given().auth().oauth2(Tokens.of(user));
        if (body != null) {
            request.contentType(ContentType.JSON).body(body);
        }
        return request.post(statement(period) + action).then();
    }
}
