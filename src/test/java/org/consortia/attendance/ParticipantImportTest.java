package org.consortia.attendance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.consortia.testsupport.DemoPartnersProject;
import org.consortia.testsupport.PageSession;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A spreadsheet of participants: a report names each refused row and why, and nothing goes on the list until the
 * organiser confirms; then the good rows go in together.
 */
@QuarkusTest
class ParticipantImportTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private DemoPartnersProject project;
    private String events;

    @BeforeEach
    void aTwoDayTrainingInLisbon() {
        project = DemoPartnersProject.create().withTraining("IN_PERSON", List.of());
        events = "/api/projects/" + project.acronym() + "/events/D1.1";
    }

    @Test
    void theReportNamesEachRefusedRowAndNothingGoesInBeforeTheConfirmation() {
        String sheet = """
                Name,Email,Organisation,Organisation type,Country,Role,Gender,Days,Consent,Photos
                Ana Exemplu,ana@example.org,Asociația Fictivă,Employers' organisation,ro,Director,F,2026-07-09;2026-07-10,yes,no
                Dan Fictiv,dan@example.org,Sindicatul Imaginar,TRADE_UNION,RO,,man,2026-07-10,yes,yes
                Ion Fără Acord,ion@example.org,Sindicatul Imaginar,Trade union,RO,,,,no,
                Eva Greșită,eva@example.org,Fundația Model,Club,RO,,,2026-07-11,yes,
                Ana Dublură,ANA@example.org,Asociația Fictivă,NGO,RO,,,,yes,
                """;
        send(sheet, false)
                .then()
                .statusCode(200)
                .body(
                        "rows", equalTo(5),
                        "accepted", equalTo(2),
                        "added", equalTo(0),
                        "refused.row", contains(4, 5, 6),
                        "refused[0].errors.field", contains("processingConsent"),
                        "refused[1].errors.field", contains("organisationType"),
                        "refused[2].errors.field", contains("email"));
        as("nexem-partner").get(events + "/participants").then().body("total", equalTo(0));

        send(sheet, true).then().statusCode(200).body("added", equalTo(2), "refused.row", contains(4, 5, 6));
        as("nexem-partner")
                .get(events + "/participants")
                .then()
                .body(
                        "total", equalTo(2),
                        "items.name", contains("Ana Exemplu", "Dan Fictiv"),
                        "items[0].organisationType", equalTo("EMPLOYERS_ORGANISATION"),
                        "items[0].gender", equalTo("WOMAN"),
                        "items[0].daysAttended", contains("2026-07-09", "2026-07-10"),
                        "items[1].photoConsent", equalTo(true),
                        "items.source", contains("IMPORTED", "IMPORTED"));
        as("unipso-coordinator")
                .get("/api/projects/" + project.acronym() + "/activity")
                .then()
                .body(not(containsString("Exemplu")), not(containsString("Fictiv")))
                .body("items.action", hasItem("PARTICIPANTS_IMPORTED"));
        send(sheet, true).then().statusCode(200).body("added", equalTo(0), "accepted", equalTo(0));
    }

    @Test
    void aFrenchSheetWithSemicolonsAndDaysFirstIsRead() {
        String sheet = "\uFEFFNom;Courriel;Organisation;Type d'organisation;Pays;Fonction;Genre;Jours;Consentement\n"
                + "Élodie Exemple;elodie@example.org;Syndicat fictif;Syndicat;fr;Déléguée;Femme;09/07/2026;oui\n";
        send(sheet, true).then().statusCode(200).body("added", equalTo(1));
        as("nexem-partner")
                .get(events + "/participants")
                .then()
                .body(
                        "items[0].name", equalTo("Élodie Exemple"),
                        "items[0].organisationType", equalTo("TRADE_UNION"),
                        "items[0].country", equalTo("FR"),
                        "items[0].daysAttended", contains("2026-07-09"));
    }

    @Test
    void anExcelWorkbookIsReadWithItsDateCells() throws IOException {
        byte[] workbook = workbook();
        as("nexem-partner")
                .contentType(XLSX)
                .body(workbook)
                .post(events + "/participants/import?confirm=true")
                .then()
                .statusCode(200)
                .body("added", equalTo(1));
        as("nexem-partner")
                .get(events + "/participants")
                .then()
                .body("items[0].name", equalTo("Petra Probe"), "items[0].daysAttended", contains("2026-07-10"));
    }

    @Test
    void aFileThatIsNoSheetOfParticipantsIsRefusedWhole() {
        for (String sheet : List.of("", "Who,When\nAna,today\n", "Name,Organisation type\n\"unclosed,NGO\n")) {
            send(sheet, false)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("file"));
        }
        as("nexem-partner")
                .contentType(XLSX)
                .body("PK\u0003\u0004 not really a workbook".getBytes(StandardCharsets.ISO_8859_1))
                .post(events + "/participants/import")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("file"));
    }

    @Test
    void aRefusedRowDoesNotBlockALaterRowWithTheSameAddress() {
        String sheet = "Name,Email,Organisation type,Days,Consent\n"
                + "Ana First,ana.twice@example.org,NGO,2030-01-01,yes\n"
                + "Ana Second,ana.twice@example.org,NGO,2026-07-09,yes\n"
                + "Ana Third,ANA.TWICE@example.org,NGO,,yes\n";
        send(sheet, true)
                .then()
                .statusCode(200)
                .body(
                        "added", equalTo(1),
                        "refused.row", contains(2, 4),
                        "refused[0].errors[0].field", equalTo("daysAttended"),
                        "refused[1].errors[0].field", equalTo("email"));
        as("nexem-partner").get(events + "/participants").then().body("items.name", contains("Ana Second"));
    }

    @Test
    void onlyTheOrganisersImport() {
        String sheet = "Name,Organisation type,Consent\nAna Exemplu,NGO,yes\n";
        for (String outsider : List.of("elisfa-partner", "ec-reviewer")) {
            as(outsider)
                    .contentType("text/csv")
                    .body(sheet)
                    .post(events + "/participants/import?confirm=true")
                    .then()
                    .statusCode(403);
        }
        as("nexem-partner").get(events + "/participants").then().body("total", equalTo(0));
    }

    @Test
    void twoThousandRowsGoInTogether() {
        StringBuilder sheet = new StringBuilder("Name,Email,Organisation type,Country,Days,Consent\n");
        for (int i = 1; i <= 2000; i++) {
            sheet.append("Participant ")
                    .append(i)
                    .append(",p")
                    .append(i)
                    .append("@example.org,")
                    .append(i % 2 == 0 ? "Trade union" : "Employers' organisation")
                    .append(",")
                    .append(i % 3 == 0 ? "FR" : "RO")
                    .append(",2026-07-09;2026-07-10,yes\n");
        }
        send(sheet.toString(), true).then().statusCode(200).body("added", equalTo(2000));
        as("ec-reviewer")
                .get(events + "/breakdown")
                .then()
                .body(
                        "total", equalTo(2000),
                        "countries.value", contains("RO", "FR"),
                        "countries.participants", contains(1334, 666),
                        "days.participants", contains(2000, 2000));
    }

    @Test
    void theEventPageChecksASheetThenAddsItsGoodRowsOnConfirmation() {
        PageSession nexem = PageSession.of("nexem-partner");
        String page = "/projects/" + project.acronym() + "/events/D1.1";
        String checked = nexem.given()
                .multiPart(
                        "file",
                        "list.csv",
                        "Name,Organisation type,Consent\nAna Exemplu,NGO,yes\nIon Fara Acord,NGO,no\n"
                                .getBytes(StandardCharsets.UTF_8),
                        "text/csv")
                .multiPart("_csrf", nexem.formToken(page))
                .post(page + "/participants/import")
                .then()
                .statusCode(200)
                .body(
                        containsString("2 row(s) read: 1 can go on the list, 1 cannot."),
                        containsString("Ion Fara Acord"),
                        containsString("Add the 1 good row(s) to the list"))
                .extract()
                .asString();
        as("nexem-partner").get(events + "/participants").then().body("total", equalTo(0));
        String carried = checked.replaceAll("(?s).*name=\"sheet\" value=\"([^\"]*)\".*", "$1");
        nexem.given()
                .formParam("sheet", carried)
                .formParam("_csrf", nexem.formToken(page))
                .post(page + "/participants/import/confirm")
                .then()
                .statusCode(303);
        as("nexem-partner")
                .get(events + "/participants")
                .then()
                .body("total", equalTo(1), "items[0].name", equalTo("Ana Exemplu"));
    }

    @Test
    void theEventPageConfirmsTwoThousandRowsWithinItsFormLimit() {
        PageSession nexem = PageSession.of("nexem-partner");
        String page = "/projects/" + project.acronym() + "/events/D1.1";
        StringBuilder sheet =
                new StringBuilder("Name,Email,Organisation,Organisation type,Country,Role,Days,Consent\n");
        for (int i = 1; i <= 2000; i++) {
            sheet.append("Participant number ")
                    .append(i)
                    .append(",participant")
                    .append(i)
                    .append("@example.org,Fictitious organisation ")
                    .append(i % 50)
                    .append(",Trade union,RO,Social worker,2026-07-09;2026-07-10,yes\n");
        }
        String checked = nexem.given()
                .multiPart("file", "list.csv", sheet.toString().getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("_csrf", nexem.formToken(page))
                .post(page + "/participants/import")
                .then()
                .statusCode(200)
                .body(containsString("Add the 2000 good row(s) to the list"))
                .extract()
                .asString();
        nexem.given()
                .formParam("sheet", checked.replaceAll("(?s).*name=\"sheet\" value=\"([^\"]*)\".*", "$1"))
                .formParam("_csrf", nexem.formToken(page))
                .post(page + "/participants/import/confirm")
                .then()
                .statusCode(303);
        as("ec-reviewer").get(events + "/breakdown").then().body("total", equalTo(2000));
    }

    private Response send(String sheet, boolean confirm) {
        return as("nexem-partner")
                .contentType("text/csv; charset=utf-8")
                .body(sheet.getBytes(StandardCharsets.UTF_8))
                .post(events + "/participants/import" + (confirm ? "?confirm=true" : ""));
    }

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Participants");
            Row header = sheet.createRow(0);
            List<String> columns = List.of("Name", "Organisation type", "Country", "Days", "Consent");
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(columns.get(i));
            }
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Petra Probe");
            row.createCell(1).setCellValue("Public authority");
            row.createCell(2).setCellValue("DE");
            row.createCell(3).setCellValue(LocalDate.of(2026, 7, 10));
            row.getCell(3).setCellStyle(date);
            row.createCell(4).setCellValue("yes");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user));
    }
}
