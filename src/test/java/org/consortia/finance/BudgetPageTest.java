package org.consortia.finance;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.consortia.testsupport.DemoConsortium;
import org.consortia.testsupport.PageSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** FORESEE's budget page (its illustrative demo figures): each partner reads as far as it may, the funder not at all. */
@QuarkusTest
class BudgetPageTest {

    private static final String PAGE = "/projects/FORESEE/budget";

    @BeforeEach
    void loadDemoProjects() {
        DemoConsortium.load();
    }

    @Test
    void theCoordinatorReadsEveryBeneficiarysFigures() {
        PageSession.of("unipso-coordinator")
                .given()
                .when()
                .get(PAGE)
                .then()
                .statusCode(200)
                .body(containsString("537,372.00 EUR"))
                .body(containsString("<th scope=\"row\">NEXEM</th>"))
                .body(not(containsString("not shown")));
    }

    @Test
    void aPartnerReadsItsOwnFiguresAndTheConsortiumsTotals() {
        PageSession.of("nexem-partner")
                .given()
                .when()
                .get(PAGE)
                .then()
                .statusCode(200)
                .body(containsString("not shown"))
                .body(containsString("537,372.00"));
    }

    @Test
    void theFundersReviewerAndStrangersGetTheNotFoundPage() {
        PageSession.of("ec-reviewer").given().when().get(PAGE).then().statusCode(404);
        PageSession.of("metz-coordinator").given().when().get(PAGE).then().statusCode(404);
    }
}
