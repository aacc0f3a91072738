package org.consortia.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.consortia.testsupport.StatementFlow;
import org.consortia.testsupport.TimesheetProject;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A periodic report's financial part: the statements of the period (figures once accepted), the consortium's totals
 * and person-months per work package, frozen with the report and read by the funder, in its PDF too.
 */
@QuarkusTest
class ReportFinancesTest {

    private TimesheetProject project;

    @BeforeEach
    void nexemsStatementAccepted() {
        project = TimesheetProject.create();
        StatementFlow.closedMonth(project, 71.67);
        StatementFlow.nexemStatementAccepted(project);
    }

    @Test
    void theReportCarriesTheAcceptedStatementsAndTheFunderReadsThemInThePdf() throws IOException {
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
                .body("document.finances.currency", equalTo("EUR"))
                .body("document.finances.beneficiaries.find { it.beneficiary == 'NEXEM' }.status", equalTo("ACCEPTED"))
                .body(
                        "document.finances.beneficiaries.find { it.beneficiary == 'NEXEM' }.figures.requested",
                        equalTo(31560.00f))
                .body("document.finances.beneficiaries.find { it.beneficiary == 'UNIPSO' }.status", nullValue())
                .body("document.finances.totals.eligible", equalTo(39450.00f))
                .body("document.finances.personMonths", equalTo(0.50f))
                .body("document.finances.effort.find { it.workPackage == 'WP1' }.planned", equalTo(20.00f))
                .body("document.finances.effort.find { it.workPackage == 'WP1' }.thisPeriod", equalTo(0.50f))
                .body("document.finances.effort.find { it.workPackage == 'WP1' }.cumulative", equalTo(0.50f));

        given().auth()
                .oauth2(Tokens.of("elisfa-partner"))
                .get(report)
                .then()
                .statusCode(200)
                .body("document.finances.beneficiaries.find { it.beneficiary == 'NEXEM' }.figures", nullValue())
                .body("document.finances.beneficiaries.find { it.beneficiary == 'NEXEM' }.status", equalTo("ACCEPTED"))
                .body("document.finances.totals.requested", equalTo(31560.00f));
        given().auth()
                .oauth2(Tokens.of("elisfa-partner"))
                .contentType(ContentType.JSON)
                .body(Map.of("costs", Map.of("A.1", 500), "explanation", "Little so far"))
                .put("/api/projects/" + project.acronym() + "/statements/1/ELISFA")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.of("elisfa-partner"))
                .post("/api/projects/" + project.acronym() + "/statements/1/ELISFA/submission")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .contentType(ContentType.JSON)
                .body(Map.of("overrideReason", "Sections follow"))
                .post(report + "/submission")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .get(report)
                .then()
                .statusCode(200)
                .body("document.finances.totals.requested", equalTo(31560.00f))
                .body("document.finances.beneficiaries.find { it.beneficiary == 'ELISFA' }.status", nullValue());
        byte[] pdf = given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .get(report + "/pdf")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text, containsString("Use of resources"));
            assertThat(text, containsString("31,560.00"));
            assertThat(text, containsString("no accepted statement"));
        }
    }
}
