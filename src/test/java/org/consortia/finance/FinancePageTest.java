package org.consortia.finance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.consortia.testsupport.PageSession;
import org.consortia.testsupport.StatementFlow;
import org.consortia.testsupport.TimesheetProject;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The finance page of a project whose period 1 has ended (88.89 % of its time: 96 months of 108) and whose only
 * accepted statement is NEXEM's: 39,450 eligible of its 122,350 (32.24 %), behind time; the others declared nothing.
 */
@QuarkusTest
class FinancePageTest {

    private TimesheetProject project;

    @BeforeEach
    void nexemsStatementAccepted() {
        project = TimesheetProject.create();
        StatementFlow.closedMonth(project, 71.67);
        StatementFlow.nexemStatementAccepted(project);
    }

    @Test
    void theCoordinatorSeesEachBeneficiaryAgainstTheTimeElapsed() {
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .get(api())
                .then()
                .statusCode(200)
                .body("timeElapsed", equalTo(88.89f))
                .body("asOf", equalTo("2025-12-31"))
                .body("beneficiaries.find { it.beneficiary == 'NEXEM' }.budget", equalTo(122350.00f))
                .body("beneficiaries.find { it.beneficiary == 'NEXEM' }.declared", equalTo(39450.00f))
                .body("beneficiaries.find { it.beneficiary == 'NEXEM' }.consumed", equalTo(32.24f))
                .body("beneficiaries.find { it.beneficiary == 'NEXEM' }.forecast", equalTo(44380.70f))
                .body("beneficiaries.find { it.beneficiary == 'NEXEM' }.deviation", equalTo("UNDER"))
                .body("beneficiaries.find { it.beneficiary == 'NEXEM' }.declaredByCategory.B", equalTo(2000.00f))
                .body("consortium.declared", equalTo(39450.00f))
                .body("workPackages.find { it.workPackage == 'WP1' }.declared", equalTo(0.50f))
                .body("workPackages.find { it.workPackage == 'WP1' }.consumed", equalTo(2.50f))
                .body("workPackages.find { it.workPackage == 'WP1' }.deviation", equalTo("UNDER"));

        PageSession.of("unipso-coordinator")
                .given()
                .when()
                .get(page())
                .then()
                .statusCode(200)
                .body(containsString("<svg"))
                .body(containsString("Behind time"))
                .body(containsString("39,450.00"));
    }

    @Test
    void aPartnerSeesItsOwnDetailAndTheConsortiumsTotalsAndTheFunderNothing() {
        given().auth()
                .oauth2(Tokens.of("elisfa-partner"))
                .get(api())
                .then()
                .statusCode(200)
                .body("beneficiaries.find { it.beneficiary == 'NEXEM' }.detailed", equalTo(false))
                .body("beneficiaries.find { it.beneficiary == 'NEXEM' }.declared", nullValue())
                .body("beneficiaries.find { it.beneficiary == 'ELISFA' }.detailed", equalTo(true))
                .body("consortium.declared", equalTo(39450.00f));
        PageSession.of("elisfa-partner")
                .given()
                .when()
                .get(page())
                .then()
                .statusCode(200)
                .body(not(containsString("122,350.00")))
                .body(containsString("197,250.00"));
        given().auth().oauth2(Tokens.of("ec-reviewer")).get(api()).then().statusCode(404);
        PageSession.of("ec-reviewer").given().when().get(page()).then().statusCode(404);
        given().auth().oauth2(Tokens.of("metz-coordinator")).get(api()).then().statusCode(404);
    }

    @Test
    void theTableDownloadsAsAWorkbookInThePortalsLayout() throws IOException {
        byte[] xlsx = PageSession.of("unipso-coordinator")
                .given()
                .when()
                .get(page() + "/table.xlsx")
                .then()
                .statusCode(200)
                .header("Content-Disposition", containsString(project.acronym() + "-finances.xlsx"))
                .extract()
                .asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue(), equalTo("Beneficiary"));
            assertThat(header.getCell(1).getStringCellValue(), equalTo("A.1"));
            Row nexem = null;
            for (Row row : sheet) {
                if ("NEXEM".equals(row.getCell(0).getStringCellValue())) {
                    nexem = row;
                }
            }
            assertThat(nexem.getCell(1).getNumericCellValue(), equalTo(30000.0));
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue(), equalTo("Consortium"));
        }
    }

    @Test
    void beforeAnyPeriodHasEndedThereIsNothingToCompare() {
        org.consortia.testsupport.DemoPartnersProject young = org.consortia.testsupport.DemoPartnersProject.create();
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .contentType("application/json")
                .body(java.util.Map.of(
                        "fundingModel",
                        "ACTUAL_COSTS",
                        "fundingRate",
                        80,
                        "beneficiaries",
                        java.util.List.of(
                                java.util.Map.of("organisation", "NEXEM", "costs", java.util.Map.of("A.1", 0)))))
                .put("/api/projects/" + young.acronym() + "/budget")
                .then()
                .statusCode(200);
        PageSession.of("unipso-coordinator")
                .given()
                .when()
                .get("/projects/" + young.acronym() + "/finances")
                .then()
                .statusCode(200)
                .body(containsString("No reporting period has ended yet"));
    }

    private String api() {
        return "/api/projects/" + project.acronym() + "/finances";
    }

    private String page() {
        return "/projects/" + project.acronym() + "/finances";
    }
}
