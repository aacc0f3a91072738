package org.consortia.amendment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consortia.testsupport.Fixtures;
import org.consortia.testsupport.PageSession;
import org.consortia.testsupport.StatementFlow;
import org.consortia.testsupport.TimesheetProject;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The budget of a project under way (TimesheetProject: NEXEM 100,000 of A.1, ELISFA 20,000) changes by an amendment:
 * unipso-coordinator proposes moving 10,000 of personnel from NEXEM to ELISFA, ec-reviewer reads both budgets whole
 * and approves, and the budget is then the proposed one, the amendment keeping both.
 */
@QuarkusTest
class BudgetAmendmentTest {

    @Inject
    AgroalDataSource database;

    private TimesheetProject project;

    @BeforeEach
    void aProjectUnderWayWithABudget() {
        project = TimesheetProject.create();
    }

    @Test
    void theFundersReviewerApprovesAMoveOfBudgetBetweenBeneficiaries() throws SQLException {
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .contentType(ContentType.JSON)
                .body(budget(90000, 30000))
                .put(budgetPath())
                .then()
                .statusCode(409)
                .body("detail", containsString("changes only by an amendment"));
        request("nexem-partner", Map.of("budget", budget(90000, 30000), "reason", "Moving work"))
                .statusCode(403);

        request("unipso-coordinator", Map.of("budget", budget(90000, 30000), "reason", "ELISFA takes over a training"))
                .statusCode(201)
                .body("itemType", equalTo("BUDGET"))
                .body("item", equalTo("budget"))
                .body("previousDueDate", nullValue())
                .body("budget.currency", equalTo("EUR"))
                .body("budget.previousMaxGrant", nullValue())
                .body("budget.proposedMaxGrant", equalTo(157800.00f));
        request("unipso-coordinator", Map.of("budget", budget(80000, 40000), "reason", "Another move"))
                .statusCode(409)
                .body("errors[0].field", equalTo("budget"));
        try (Connection connection = database.getConnection();
                Statement sql = connection.createStatement()) {
            SQLException refused = assertThrows(
                    SQLException.class,
                    () -> sql.executeUpdate("update amendment set proposed_budget = '{}' where item_code = 'budget'"
                            + " and project_id = (select id from project where acronym = '" + project.acronym()
                            + "')"));
            assertThat(refused.getMessage(), containsString("only its decision is written"));
        }

        given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .get(amendments() + "/1/budget")
                .then()
                .statusCode(200)
                .body("previous.beneficiaries.find { it.organisation == 'NEXEM' }.costs.'A.1'", equalTo(100000.00f))
                .body("proposed.beneficiaries.find { it.organisation == 'NEXEM' }.costs.'A.1'", equalTo(90000.00f))
                .body("proposed.beneficiaries.find { it.organisation == 'ELISFA' }.detailed", equalTo(true));
        given().auth()
                .oauth2(Tokens.of("elisfa-partner"))
                .get(amendments() + "/1/budget")
                .then()
                .statusCode(200)
                .body("proposed.beneficiaries.find { it.organisation == 'NEXEM' }.detailed", equalTo(false))
                .body("proposed.beneficiaries.find { it.organisation == 'NEXEM' }.costs.size()", equalTo(0))
                .body("proposed.beneficiaries.find { it.organisation == 'ELISFA' }.costs.'A.1'", equalTo(30000.00f));
        PageSession.of("elisfa-partner")
                .given()
                .get("/projects/" + project.acronym() + "/amendments/1/budget")
                .then()
                .statusCode(200)
                .body(containsString("not shown"))
                .body(containsString("25,680.00"));
        given().auth()
                .oauth2(Tokens.of("metz-coordinator"))
                .get(amendments() + "/1/budget")
                .then()
                .statusCode(404);
        nexemPersonnel().body("beneficiaries.find { it.organisation == 'NEXEM' }.costs.'A.1'", equalTo(100000.00f));

        decide("unipso-coordinator", "APPROVED").statusCode(403);
        decide("ec-reviewer", "APPROVED").statusCode(200).body("status", equalTo("APPROVED"));
        nexemPersonnel()
                .body("beneficiaries.find { it.organisation == 'NEXEM' }.costs.'A.1'", equalTo(90000.00f))
                .body("beneficiaries.find { it.organisation == 'ELISFA' }.costs.'A.1'", equalTo(30000.00f))
                .body("maxGrant", equalTo(157800.00f));
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .get(amendments() + "/1/budget")
                .then()
                .statusCode(200)
                .body("previous.beneficiaries.find { it.organisation == 'NEXEM' }.costs.'A.1'", equalTo(100000.00f));

        PageSession coordinator = PageSession.of("unipso-coordinator");
        coordinator
                .given()
                .get("/projects/" + project.acronym() + "/amendments")
                .then()
                .statusCode(200)
                .body(containsString("href=\"/projects/" + project.acronym() + "/amendments/1/budget\""));
        coordinator
                .given()
                .get("/projects/" + project.acronym() + "/amendments/1/budget")
                .then()
                .statusCode(200)
                .body(containsString("Budget proposed by A1"))
                .body(containsString("89,320.00"))
                .body(containsString("97,880.00"));
    }

    @Test
    void aBudgetAmendmentIsAWholeBudgetThatChangesSomething() {
        Map<String, Object> unknown = budget(90000, 30000);
        unknown.put("beneficiaries", List.of(Map.of("organisation", "NEXEM", "costs", Map.of("Z", 1000))));
        unknown.remove("maxGrant");
        request("unipso-coordinator", Map.of("budget", unknown, "reason", "Typo"))
                .statusCode(400)
                .body("errors[0].field", equalTo("budget.beneficiaries[0].costs"));
        Map<String, Object> same = budget(100000, 20000);
        same.remove("maxGrant");
        request("unipso-coordinator", Map.of("budget", same, "reason", "Nothing"))
                .statusCode(400)
                .body("errors[0].field", equalTo("budget"));
        request("unipso-coordinator", Map.of("budget", budget(90000, 30000), "deliverable", "D1.1", "reason", "Both"))
                .statusCode(400)
                .body("errors[0].field", equalTo("budget"));
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .get(amendments())
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .get(amendments() + "/1/budget")
                .then()
                .statusCode(404);
    }

    @Test
    void theCoordinatorEditsTheBudgetAsItStandsOnThePageAndProposesIt() {
        String page = "/projects/" + project.acronym() + "/amendments";
        PageSession coordinator = PageSession.of("unipso-coordinator");
        coordinator
                .given()
                .get(page)
                .then()
                .statusCode(200)
                .body(containsString("name=\"budget\""))
                .body(containsString("fundingModel: ACTUAL_COSTS"))
                .body(containsString("organisation: ELISFA"));
        coordinator
                .given()
                .formParam("budget", "budget: [not, a, mapping")
                .formParam("reason", "A typo")
                .formParam("_csrf", coordinator.formToken(page))
                .redirects()
                .follow(false)
                .post(page + "/budget")
                .then()
                .statusCode(400)
                .body(containsString("cannot be read"))
                .body(containsString("budget: [not, a, mapping"));
        String moved = """
                budget:
                  fundingModel: ACTUAL_COSTS
                  fundingRate: 80
                  indirectRate: 7
                  beneficiaries:
                    - organisation: NEXEM
                      costs: {A.1: 95000, B: 10000, C.1: 5000}
                      effort: {WP1: 20}
                    - organisation: UNIPSO
                      costs: {A.1: 50000}
                    - organisation: ELISFA
                      costs: {A.1: 25000}
                """;
        coordinator
                .given()
                .formParam("budget", moved)
                .formParam("reason", "ELISFA takes over part of a training")
                .formParam("_csrf", coordinator.formToken(page))
                .redirects()
                .follow(false)
                .post(page + "/budget")
                .then()
                .statusCode(303);
        given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .get(amendments() + "/1/budget")
                .then()
                .statusCode(200)
                .body("proposed.beneficiaries.find { it.organisation == 'ELISFA' }.costs.'A.1'", equalTo(25000.00f));
        PageSession.of("nexem-partner")
                .given()
                .get(page)
                .then()
                .statusCode(200)
                .body(not(containsString("name=\"budget\"")));
    }

    @Test
    void whereTheCoordinatorDecidesTheFundersReviewerReadsProposedBudgetsAsTheBudgetItself() {
        Map<String, Object> head = Fixtures.projectBody(project.acronym());
        head.put("startDate", "2018-01-01");
        head.put("endDate", "2026-12-31");
        head.put("acceptanceAuthority", "COORDINATOR");
        given().auth()
                .oauth2(Tokens.of("admin"))
                .contentType(ContentType.JSON)
                .body(head)
                .put("/api/projects/" + project.acronym())
                .then()
                .statusCode(200);
        request("unipso-coordinator", Map.of("budget", budget(90000, 30000), "reason", "ELISFA takes over a training"))
                .statusCode(201);
        given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .get(amendments() + "/1/budget")
                .then()
                .statusCode(200)
                .body("proposed.beneficiaries.find { it.organisation == 'NEXEM' }.detailed", equalTo(false))
                .body("proposed.beneficiaries.find { it.organisation == 'NEXEM' }.costs.size()", equalTo(0));
        decide("ec-reviewer", "APPROVED").statusCode(403);
        decide("unipso-coordinator", "APPROVED").statusCode(200);
        nexemPersonnel().body("beneficiaries.find { it.organisation == 'NEXEM' }.costs.'A.1'", equalTo(90000.00f));
    }

    @Test
    void onceStatementsAreDeclaredTheCurrencyAndTheFundingModelStay() {
        StatementFlow.closedMonth(project, 71.67);
        StatementFlow.nexemStatementAccepted(project);
        Map<String, Object> dollars = budget(90000, 30000);
        dollars.put("currency", "USD");
        request("unipso-coordinator", Map.of("budget", dollars, "reason", "Paid in dollars"))
                .statusCode(400)
                .body("errors[0].field", equalTo("budget.currency"));
        request("unipso-coordinator", Map.of("budget", budget(90000, 30000), "reason", "ELISFA takes over"))
                .statusCode(201);
    }

    @Test
    void aProjectWithoutABudgetEntersItsFirstOneDirectly() {
        String acronym = Fixtures.unique("NB");
        given().auth()
                .oauth2(Tokens.of("admin"))
                .contentType(ContentType.JSON)
                .body(Fixtures.projectBody(acronym))
                .post("/api/projects")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(Tokens.of("admin"))
                .contentType(ContentType.JSON)
                .body(Map.of("budget", budget(90000, 30000), "reason", "First budget"))
                .post("/api/projects/" + acronym + "/amendments")
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("budget"));
    }

    /** TimesheetProject's budget with NEXEM's and ELISFA's personnel costs as given, and a maximum grant of 157,800. */
    private static Map<String, Object> budget(int nexemPersonnel, int elisfaPersonnel) {
        Map<String, Object> budget = new HashMap<>();
        budget.put("fundingModel", "ACTUAL_COSTS");
        budget.put("fundingRate", 80);
        budget.put("indirectRate", 7);
        budget.put("maxGrant", 157800);
        budget.put(
                "beneficiaries",
                List.of(
                        Map.of(
                                "organisation",
                                "NEXEM",
                                "costs",
                                Map.of("A.1", nexemPersonnel, "B", 10000, "C.1", 5000),
                                "effort",
                                Map.of("WP1", 20)),
                        Map.of("organisation", "UNIPSO", "costs", Map.of("A.1", 50000)),
                        Map.of("organisation", "ELISFA", "costs", Map.of("A.1", elisfaPersonnel))));
        return budget;
    }

    private String amendments() {
        return "/api/projects/" + project.acronym() + "/amendments";
    }

    private String budgetPath() {
        return "/api/projects/" + project.acronym() + "/budget";
    }

    private ValidatableResponse nexemPersonnel() {
        return given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .get(budgetPath())
                .then()
                .statusCode(200);
    }

    private ValidatableResponse request(String user, Map<String, Object> body) {
        return given().auth()
                .oauth2(Tokens.of(user))
                .contentType(ContentType.JSON)
                .body(body)
                .post(amendments())
                .then();
    }

    private ValidatableResponse decide(String user, String decision) {
        return given().auth()
                .oauth2(Tokens.of(user))
                .contentType(ContentType.JSON)
                .body(Map.of("decision", decision))
                .post(amendments() + "/1/decision")
                .then();
    }
}
