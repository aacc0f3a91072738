package org.consortia.export;

import static io.restassured.RestAssured.given;
import static org.consortia.testsupport.Fixtures.unique;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.consortia.testsupport.DemoConsortium;
import org.consortia.testsupport.Fixtures;
import org.consortia.testsupport.MinimalPdf;
import org.consortia.testsupport.PageSession;
import org.consortia.testsupport.PlanBuilder;
import org.consortia.testsupport.SqlStatements;
import org.consortia.testsupport.Tokens;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The deliverables and events of a project as CSV and Excel, downloaded with real tokens and real page
 * sessions. The project (2025–2026; the tests' today is 15 June 2026) is coordinated by UNIPSO with NEXEM
 * and ELISFA as partners and ec-reviewer as the funder's reviewer:
 *
 * <pre>
 * D1.1 study      NEXEM   due 31 Mar 2025  in progress  overdue
 * D1.5 conference UNIPSO  due 31 Oct 2025  accepted     held 2 Oct 2025 in Bruxelles, 87 of 100
 * D1.3 report     UNIPSO  due 31 Dec 2025  accepted     its title looks like a spreadsheet formula
 * D1.4 report     NEXEM   due 30 Jun 2026  submitted    today, through the workflow
 * D1.2 training   NEXEM   due 31 Aug 2026  planned      planned 20 Aug 2026 in Lisboa, hosted by ELISFA
 * </pre>
 */
@QuarkusTest
class ExportTest {

    private static final String FORMULA = "=HYPERLINK(\"https://evil.example\",\"Open\")";
    private static final CSVFormat WITH_HEADER =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private static String acronym;

    @Inject
    SessionFactory sessionFactory;

    @BeforeEach
    void theProject() {
        DemoConsortium.load();
        if (acronym == null) {
            acronym = createProject();
        }
    }

    // --- CSV ------------------------------------------------------------------------

    @Test
    void theCoordinatorDownloadsEveryDeliverableAsCsv() {
        byte[] body = download("unipso-coordinator", api("deliverables.csv"), null)
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"" + acronym + "-deliverables.csv\""))
                .header("Content-Language", equalTo("en-GB"))
                .extract()
                .asByteArray();

        List<CSVRecord> rows = csv(body);
        assertEquals(
                List.of(
                        "Code",
                        "Title",
                        "Work package",
                        "Lead partner",
                        "Kind",
                        "Type",
                        "Dissemination level",
                        "Due date",
                        "Due month",
                        "Status",
                        "Submitted on",
                        "Overdue"),
                rows.get(0).getParser().getHeaderNames());
        assertEquals(List.of("D1.1", "D1.5", "D1.3", "D1.4", "D1.2"), codes(rows));
        assertEquals(
                List.of(
                        "D1.1",
                        "Étude des besoins de formation",
                        "WP1",
                        "NEXEM",
                        "Study",
                        "R",
                        "PU",
                        "2025-03-31",
                        "3",
                        "In progress",
                        "",
                        "yes"),
                rows.get(0).toList());
        assertEquals(
                List.of(
                        "D1.4",
                        "Rapport final",
                        "WP1",
                        "NEXEM",
                        "Report",
                        "R",
                        "PU",
                        "2026-06-30",
                        "18",
                        "Submitted",
                        "2026-06-15",
                        "no"),
                rows.get(3).toList());
        assertEquals(
                List.of(
                        "D1.2",
                        "Formation nationale – Lisbonne",
                        "WP1",
                        "NEXEM",
                        "Training",
                        "OTHER",
                        "SEN",
                        "2026-08-31",
                        "20",
                        "Planned",
                        "",
                        "no"),
                rows.get(4).toList());
    }

    @Test
    void theEventsListHoldsTheEventsByDateWithTheirPlaceAndAttendance() {
        List<CSVRecord> rows = csv(download("nexem-partner", api("events.csv"), null)
                .then()
                .statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"" + acronym + "-events.csv\""))
                .extract()
                .asByteArray());

        assertEquals(
                List.of(
                        "Deliverable",
                        "Title",
                        "Kind",
                        "Planned date",
                        "Actual date",
                        "Last day",
                        "Mode",
                        "Country",
                        "City",
                        "Venue",
                        "Host partners",
                        "Working languages",
                        "Target groups",
                        "Registration deadline",
                        "Expected participants",
                        "Actual participants"),
                rows.get(0).getParser().getHeaderNames());
        assertEquals(
                List.of(
                        List.of(
                                "D1.5",
                                "Conférence de Bruxelles",
                                "Conference",
                                "2025-10-01",
                                "2025-10-02",
                                "",
                                "In person",
                                "BE",
                                "Bruxelles",
                                "Résidence Palace, \"salle A\"",
                                "UNIPSO",
                                "",
                                "",
                                "",
                                "100",
                                "87"),
                        List.of(
                                "D1.2",
                                "Formation nationale – Lisbonne",
                                "Training",
                                "2026-08-20",
                                "",
                                "2026-08-21",
                                "Hybrid (in person and online)",
                                "PT",
                                "Lisboa",
                                "Centro Cultural, sala 2",
                                "ELISFA",
                                "pt, en",
                                "Trainers; Care workers",
                                "",
                                "40",
                                "")),
                rows.stream().map(CSVRecord::toList).toList());
    }

    @Test
    void aFrenchCallerGetsFrenchHeadersAndValues() {
        List<CSVRecord> rows = csv(download("unipso-coordinator", api("deliverables.csv"), "fr-BE, fr;q=0.9")
                .then()
                .statusCode(200)
                .header("Content-Language", equalTo("fr"))
                .extract()
                .asByteArray());

        assertEquals(
                List.of(
                        "Code",
                        "Titre",
                        "Lot de travail",
                        "Partenaire responsable",
                        "Nature",
                        "Type",
                        "Niveau de diffusion",
                        "Date d'échéance",
                        "Mois d'échéance",
                        "Statut",
                        "Remis le",
                        "En retard"),
                rows.get(0).getParser().getHeaderNames());
        assertEquals("En cours", rows.get(0).get("Statut"));
        assertEquals("Étude", rows.get(0).get("Nature"));
        assertEquals("oui", rows.get(0).get("En retard"));
        assertEquals("non", rows.get(1).get("En retard"));
    }

    @Test
    void aTitleThatLooksLikeAFormulaIsWrittenAsText() throws IOException {
        List<CSVRecord> rows = csv(download("unipso-coordinator", api("deliverables.csv"), null)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());
        assertEquals("'" + FORMULA, rows.get(2).get("Title"), "a leading apostrophe keeps Excel from running it");

        try (XSSFWorkbook workbook = xlsx("unipso-coordinator", api("deliverables.xlsx"))) {
            Cell title = workbook.getSheetAt(0).getRow(3).getCell(1);
            assertEquals(CellType.STRING, title.getCellType(), "a text cell, never a formula");
            assertEquals(FORMULA, title.getStringCellValue());
        }
    }

    // --- Excel ----------------------------------------------------------------------

    @Test
    void theWorkbookHasABoldFrozenFilteredHeaderAndTypedCells() throws IOException {
        try (XSSFWorkbook workbook = xlsx("unipso-coordinator", api("deliverables.xlsx"))) {
            assertEquals(1, workbook.getNumberOfSheets());
            XSSFSheet sheet = workbook.getSheet("Deliverables");
            Row header = sheet.getRow(0);
            assertEquals("Code", header.getCell(0).getStringCellValue());
            assertEquals("Overdue", header.getCell(11).getStringCellValue());
            assertTrue(
                    workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex())
                            .getBold(),
                    "a bold header");
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "the header row is frozen");
            assertEquals(
                    CellRangeAddress.valueOf("A1:L6").formatAsString(),
                    sheet.getCTWorksheet().getAutoFilter().getRef(),
                    "a filter over the header and the five rows");
            assertTrue(sheet.getColumnWidth(1) > sheet.getColumnWidth(0), "the title is wider than the code");
            assertEquals(6, sheet.getPhysicalNumberOfRows());

            Row submitted = sheet.getRow(4);
            assertEquals("D1.4", submitted.getCell(0).getStringCellValue());
            assertDate(LocalDate.of(2026, 6, 30), submitted.getCell(7));
            assertEquals(CellType.NUMERIC, submitted.getCell(8).getCellType());
            assertEquals(18, submitted.getCell(8).getNumericCellValue());
            assertFalse(DateUtil.isCellDateFormatted(submitted.getCell(8)), "a month is a number, not a date");
            assertEquals("Submitted", submitted.getCell(9).getStringCellValue());
            assertDate(LocalDate.of(2026, 6, 15), submitted.getCell(10));
            assertNull(sheet.getRow(1).getCell(10), "not submitted: no date");
            assertEquals("yes", sheet.getRow(1).getCell(11).getStringCellValue());
        }
    }

    @Test
    void theEventsWorkbookHasDatesAndAttendanceAsNumbers() throws IOException {
        try (XSSFWorkbook workbook = xlsx("unipso-coordinator", api("events.xlsx"))) {
            XSSFSheet sheet = workbook.getSheet("Events");
            assertEquals(3, sheet.getPhysicalNumberOfRows());
            Row held = sheet.getRow(1);
            assertEquals("D1.5", held.getCell(0).getStringCellValue());
            assertDate(LocalDate.of(2025, 10, 1), held.getCell(3));
            assertDate(LocalDate.of(2025, 10, 2), held.getCell(4));
            assertEquals("Résidence Palace, \"salle A\"", held.getCell(9).getStringCellValue());
            assertEquals(100, held.getCell(14).getNumericCellValue());
            assertEquals(87, held.getCell(15).getNumericCellValue());
            assertNull(sheet.getRow(2).getCell(4), "not held yet: no actual date");
        }
    }

    @Test
    void aFrenchWorkbookNamesItsSheetAndHeadersInFrench() throws IOException {
        byte[] body = download("unipso-coordinator", api("events.xlsx"), "fr")
                .then()
                .statusCode(200)
                .contentType(equalTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header("Content-Disposition", equalTo("attachment; filename=\"" + acronym + "-events.xlsx\""))
                .extract()
                .asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            XSSFSheet sheet = workbook.getSheet("Événements");
            assertEquals("Partenaires hôtes", sheet.getRow(0).getCell(10).getStringCellValue());
            assertEquals("Conférence", sheet.getRow(1).getCell(2).getStringCellValue());
        }
    }

    @Test
    void aWorkbookLeavesNoTemporaryFileBehind() throws IOException {
        File poiFiles = new File(System.getProperty("java.io.tmpdir"), "poifiles");
        int before = sheetFiles(poiFiles);

        xlsx("unipso-coordinator", api("deliverables.xlsx")).close();

        assertEquals(before, sheetFiles(poiFiles));
    }

    // --- Who may download -------------------------------------------------------------

    @Test
    void theReviewerGetsEveryObligationInTheFundersWords() throws IOException {
        byte[] deliverables = download("ec-reviewer", api("deliverables.csv"), null)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertEquals(List.of("D1.1", "D1.5", "D1.3", "D1.4", "D1.2"), codes(csv(deliverables)));
        String text = new String(deliverables, StandardCharsets.UTF_8);
        assertTrue(text.contains("Not submitted"), text);
        assertFalse(text.contains("Planned") || text.contains("In progress") || text.contains("Approved"), text);
        assertEquals(
                codes(csv(download("unipso-coordinator", api("events.csv"), null)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray())),
                codes(csv(download("ec-reviewer", api("events.csv"), null)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray())));
        try (XSSFWorkbook workbook = xlsx("ec-reviewer", api("deliverables.xlsx"))) {
            assertEquals(6, workbook.getSheetAt(0).getPhysicalNumberOfRows(), "the header and five rows");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"metz-coordinator", "guest"})
    void someoneOutsideTheProjectGetsNotFound(String stranger) {
        download(stranger, api("deliverables.csv"), null)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        download(stranger, api("events.xlsx"), null).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void withoutATokenTheAnswerIsUnauthorized() {
        given().when()
                .get(api("deliverables.csv"))
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"deliverables.pdf", "events.json", "deliverables.xls"})
    void anUnknownFormatIsABadRequest(String file) {
        download("unipso-coordinator", api(file), null)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("format"), "detail", containsString("csv or xlsx"));
    }

    @Test
    void aStrangerWithAnUnknownFormatStillGetsNotFound() {
        download("guest", api("deliverables.pdf"), null).then().statusCode(404);
    }

    // --- Cost ---------------------------------------------------------------------------

    @Test
    void anExportCostsTheSameStatementsForTenOrFiftyDeliverables() {
        String small = api(projectWith(10), "deliverables.csv");
        String large = api(projectWith(50), "deliverables.csv");
        download("admin", small, null).then().statusCode(200);

        for (String format : List.of("csv", "xlsx")) {
            for (String list : List.of("deliverables.", "events.")) {
                String ten = small.replace("deliverables.csv", list + format);
                String fifty = large.replace("deliverables.csv", list + format);
                long forTen = statements(ten);
                assertTrue(forTen > 0, "the statements are counted");
                assertEquals(
                        forTen, statements(fifty), "SQL statements for " + list + format + " of 10 vs 50 deliverables");
            }
        }
    }

    // --- The pages --------------------------------------------------------------------

    @Test
    void theStatusPageLinksToDownloadsThatWorkWithTheSession() throws IOException {
        PageSession coordinator = PageSession.of("unipso-coordinator");
        String page = coordinator
                .given()
                .when()
                .get("/projects/" + acronym)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        for (String file : List.of("deliverables.csv", "deliverables.xlsx", "events.csv", "events.xlsx")) {
            assertThat(page, containsString("href=\"" + pages(file) + "\""));
        }

        List<CSVRecord> rows = csv(coordinator
                .given()
                .when()
                .get(pages("deliverables.csv"))
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"" + acronym + "-deliverables.csv\""))
                .extract()
                .asByteArray());
        assertEquals(List.of("D1.1", "D1.5", "D1.3", "D1.4", "D1.2"), codes(rows));
        byte[] workbook = coordinator
                .given()
                .when()
                .get(pages("events.xlsx"))
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (XSSFWorkbook events = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            assertEquals("D1.2", events.getSheetAt(0).getRow(2).getCell(0).getStringCellValue());
        }
    }

    @Test
    void thePagesDownloadsFollowTheSameRules() {
        assertEquals(
                List.of("D1.1", "D1.5", "D1.3", "D1.4", "D1.2"),
                codes(csv(PageSession.of("ec-reviewer")
                        .given()
                        .when()
                        .get(pages("deliverables.csv"))
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray())));
        PageSession.of("metz-coordinator")
                .given()
                .when()
                .get(pages("deliverables.csv"))
                .then()
                .statusCode(404)
                .contentType(ContentType.HTML);
        PageSession.of("unipso-coordinator")
                .given()
                .when()
                .get(pages("deliverables.ods"))
                .then()
                .statusCode(400)
                .contentType(ContentType.HTML);
        given().redirects()
                .follow(false)
                .when()
                .get(pages("deliverables.csv"))
                .then()
                .statusCode(302)
                .header("Location", containsString("/protocol/openid-connect/auth"));
        PageSession.of("unipso-coordinator")
                .given()
                .when()
                .get(api("deliverables.csv"))
                .then()
                .statusCode(401);
    }

    @Test
    void aFrenchSessionDownloadsFrenchHeaders() {
        List<CSVRecord> rows = csv(PageSession.of("unipso-coordinator")
                .given()
                .cookie("consortia-lang", "fr")
                .when()
                .get(pages("events.csv"))
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());
        assertEquals("Livrable", rows.get(0).getParser().getHeaderNames().get(0));
    }

    // --- Helpers -------------------------------------------------------------------------

    private static String api(String file) {
        return api(acronym, file);
    }

    private static String api(String project, String file) {
        return "/api/projects/" + project + "/exports/" + file;
    }

    private static String pages(String file) {
        return "/projects/" + acronym + "/exports/" + file;
    }

    private static io.restassured.response.Response download(String who, String path, String language) {
        RequestSpecification request = given().auth().oauth2(Tokens.of(who));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return request.when().get(path);
    }

    /** The rows of a CSV download, after checking that it starts with the UTF-8 byte order mark. */
    private static List<CSVRecord> csv(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a byte order mark, for Excel");
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), WITH_HEADER)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XSSFWorkbook xlsx(String who, String path) throws IOException {
        byte[] body = download(who, path, null).then().statusCode(200).extract().asByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(body));
    }

    private static List<String> codes(List<CSVRecord> rows) {
        return rows.stream().map(row -> row.get(0)).toList();
    }

    private static void assertDate(LocalDate expected, Cell cell) {
        assertEquals(CellType.NUMERIC, cell.getCellType(), "a date is stored as a date serial");
        assertTrue(DateUtil.isCellDateFormatted(cell), "with a date format");
        assertEquals("yyyy-mm-dd", cell.getCellStyle().getDataFormatString());
        assertEquals(expected, cell.getLocalDateTimeCellValue().toLocalDate());
    }

    private static int sheetFiles(File directory) {
        String[] names = directory.list((dir, name) -> name.startsWith("poi-sxssf"));
        return names == null ? 0 : names.length;
    }

    private long statements(String path) {
        return SqlStatements.during(
                sessionFactory, () -> download("admin", path, null).then().statusCode(200));
    }

    /** The project of this class, imported by the administrator; D1.4 then goes through the workflow. */
    private static String createProject() {
        String project = unique("X");
        Map<String, Object> plan = Map.of(
                "project", Fixtures.projectBody(project),
                "partners",
                        List.of(
                                Map.of("organisation", "UNIPSO", "role", "COORDINATOR"),
                                Map.of("organisation", "NEXEM", "role", "BENEFICIARY"),
                                Map.of("organisation", "ELISFA", "role", "BENEFICIARY")),
                "workPackages",
                        List.of(Map.of(
                                "number",
                                "WP1",
                                "title",
                                "Training the social partners",
                                "lead",
                                "NEXEM",
                                "startMonth",
                                1,
                                "endMonth",
                                24)),
                "deliverables",
                        List.of(
                                deliverable(
                                        "D1.1",
                                        "Étude des besoins de formation",
                                        "NEXEM",
                                        "STUDY",
                                        3,
                                        "IN_PROGRESS",
                                        Map.of()),
                                deliverable(
                                        "D1.2",
                                        "Formation nationale – Lisbonne",
                                        "NEXEM",
                                        "TRAINING",
                                        20,
                                        "PLANNED",
                                        Map.of(
                                                "type",
                                                "OTHER",
                                                "disseminationLevel",
                                                "SEN",
                                                "event",
                                                Map.of(
                                                        "plannedDate",
                                                        "2026-08-20",
                                                        "endDate",
                                                        "2026-08-21",
                                                        "mode",
                                                        "HYBRID",
                                                        "languages",
                                                        List.of("pt", "en"),
                                                        "country",
                                                        "PT",
                                                        "city",
                                                        "Lisboa",
                                                        "venue",
                                                        "Centro Cultural, sala 2",
                                                        "hosts",
                                                        List.of("ELISFA"),
                                                        "targetGroups",
                                                        List.of("Trainers", "Care workers"),
                                                        "expectedParticipants",
                                                        40))),
                                deliverable("D1.3", FORMULA, "UNIPSO", "REPORT", 12, "ACCEPTED", Map.of()),
                                deliverable("D1.4", "Rapport final", "NEXEM", "REPORT", 18, "PLANNED", Map.of()),
                                deliverable(
                                        "D1.5",
                                        "Conférence de Bruxelles",
                                        "UNIPSO",
                                        "CONFERENCE",
                                        10,
                                        "ACCEPTED",
                                        Map.of(
                                                "event",
                                                Map.of(
                                                        "plannedDate",
                                                        "2025-10-01",
                                                        "actualDate",
                                                        "2025-10-02",
                                                        "country",
                                                        "BE",
                                                        "city",
                                                        "Bruxelles",
                                                        "venue",
                                                        "Résidence Palace, \"salle A\"",
                                                        "hosts",
                                                        List.of("UNIPSO"),
                                                        "expectedParticipants",
                                                        100,
                                                        "actualParticipants",
                                                        87)))),
                "reviewers", List.of("ec-reviewer"));
        given().auth()
                .oauth2(Tokens.of("admin"))
                .contentType(ContentType.JSON)
                .body(plan)
                .when()
                .post("/api/projects/import")
                .then()
                .statusCode(201);

        String d14 = "/api/projects/" + project + "/deliverables/D1.4";
        move(d14, "unipso-coordinator", Map.of("to", "IN_PROGRESS"));
        int version = given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .multiPart("file", "rapport.pdf", MinimalPdf.bytes(), "application/pdf")
                .post(d14 + "/files")
                .then()
                .statusCode(201)
                .extract()
                .path("version");
        move(d14, "nexem-partner", Map.of("to", "IN_INTERNAL_REVIEW"));
        move(d14, "unipso-coordinator", Map.of("to", "APPROVED"));
        move(d14, "unipso-coordinator", Map.of("to", "SUBMITTED", "version", version));
        return project;
    }

    private static Map<String, Object> deliverable(
            String code,
            String title,
            String lead,
            String kind,
            int dueMonth,
            String status,
            Map<String, Object> more) {
        Map<String, Object> deliverable = new HashMap<>(Map.of(
                "code",
                code,
                "title",
                title,
                "workPackage",
                "WP1",
                "lead",
                lead,
                "kind",
                kind,
                "dueMonth",
                dueMonth,
                "status",
                status));
        deliverable.putAll(more);
        return deliverable;
    }

    private static void move(String deliverable, String who, Map<String, Object> body) {
        given().auth()
                .oauth2(Tokens.of(who))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(deliverable + "/transitions")
                .then()
                .statusCode(200);
    }

    /** A project of fresh organisations whose deliverables have contributors, dependencies and, one in three, an event. */
    private static String projectWith(int count) {
        String project = unique("XQ");
        String coordinator = unique("XC");
        String partner = unique("XP");
        String other = unique("XO");
        PlanBuilder plan = PlanBuilder.consortium(project, coordinator, partner, other)
                .chainOfDeliverables(count, coordinator, partner, other);
        given().auth()
                .oauth2(Tokens.of("admin"))
                .contentType(ContentType.JSON)
                .body(plan.build())
                .when()
                .post("/api/projects/import")
                .then()
                .statusCode(201);
        return project;
    }
}
