package org.consortia.timesheet;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.consortia.testsupport.TimesheetProject;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Staff timesheets through the API: nexem-partner records a month on a project of its own, signs it, and nexem-finance
 * (NEXEM's supervisor) countersigns it. Each test takes months nobody else records.
 */
@QuarkusTest
class TimesheetTest {

    private TimesheetProject project;

    @BeforeEach
    void aProjectOfNexem() {
        project = TimesheetProject.create();
    }

    @Test
    void theStaffMemberSignsTheSupervisorCountersignsAndTheMonthIsKeptAsSigned() throws IOException {
        YearMonth month = TimesheetProject.freshMonth();
        put(
                        "nexem-partner",
                        month,
                        List.of(
                                project.entry("WP1", 10, "Prepared the training plan"),
                                project.entry("WP2", "5.5", "Newsletter article")))
                .statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("organisation", equalTo("NEXEM"))
                .body("totalHours", equalTo(15.5f))
                .body("personMonths", equalTo(0.11f))
                .body("productiveHours", equalTo(1720.00f))
                .body("entries[0].workPackage", equalTo("WP1"))
                .body("entries[0].personMonths", equalTo(0.07f))
                .body("actions.sign", equalTo(true));

        get("nexem-finance", month).statusCode(200).body("actions.countersign", equalTo(false));
        get("admin", month).statusCode(200).body("actions.edit", equalTo(false));
        sign("admin", month).statusCode(403);
        sign("nexem-finance", month).statusCode(409).body("detail", containsString("has not signed"));

        sign("nexem-partner", month)
                .statusCode(200)
                .body("status", equalTo("SIGNED"))
                .body("signedAt", not(nullValue()));
        put("nexem-partner", month, List.of(project.entry("WP1", 12, "More")))
                .statusCode(409)
                .body("errors[0].field", equalTo("status"));
        get("nexem-finance", month).statusCode(200).body("actions.countersign", equalTo(true));

        sign("nexem-finance", month)
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("supervisor.username", equalTo("nexem-finance"))
                .body("supervisor.name", equalTo("NEXEM Finance"))
                .body("countersignedAt", not(nullValue()))
                .body("actions.reopen", equalTo(false));
        reopen("nexem-finance", month, "Too late").statusCode(409);
        put("nexem-finance", month, List.of(project.entry("WP1", 1, "Late change")))
                .statusCode(409);

        byte[] pdf = given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .get(path("nexem-partner", month) + "/pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text, containsString("NEXEM Staff"));
            assertThat(text, containsString("NEXEM Finance"));
            assertThat(text, containsString("Prepared the training plan"));
            assertThat(text, containsString("15.50"));
        }
    }

    @Test
    void nobodyButThePersonTheirSupervisorsAndAdministratorsReadsATimesheet() {
        YearMonth month = TimesheetProject.freshMonth();
        put("nexem-partner", month, List.of(project.entry("WP1", 8, "Training plan")))
                .statusCode(200);

        String absent = given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .get("/api/timesheets/nobody-here/" + month)
                .then()
                .statusCode(404)
                .extract()
                .path("detail");
        for (String stranger : List.of("unipso-coordinator", "elisfa-partner", "ec-reviewer", "guest")) {
            get(stranger, month)
                    .statusCode(404)
                    .body("detail", equalTo(absent.replace("nobody-here", "nexem-partner")));
            put(stranger, month, List.of(project.entry("WP1", 1, "Not mine"))).statusCode(404);
            sign(stranger, month).statusCode(404);
            given().auth()
                    .oauth2(Tokens.of(stranger))
                    .get(path("nexem-partner", month) + "/pdf")
                    .then()
                    .statusCode(404);
        }
        put("admin", month, List.of(project.entry("WP1", 1, "Admin"))).statusCode(403);
        given().auth()
                .oauth2(Tokens.of("nexem-finance"))
                .get("/api/timesheets/guest/" + month)
                .then()
                .statusCode(404);
        given().auth().oauth2(Tokens.of("unipso-partner")).get("/api/me").then().statusCode(200);
        put("nexem-finance", "unipso-partner", month, List.of(project.entry("WP1", 1, "Not NEXEM's")), "NEXEM")
                .statusCode(404)
                .body("detail", equalTo(absent.replace("nobody-here", "unipso-partner")));
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .get("/api/timesheets?username=nexem-partner")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        given().auth()
                .oauth2(Tokens.of("nexem-finance"))
                .get("/api/timesheets?username=nexem-partner")
                .then()
                .statusCode(200)
                .body("items.month", hasItem(month.toString()));
        get("nexem-partner", month).statusCode(200).body("entries[0].hours", equalTo(8.00f));
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .get(path("nexem-partner", month) + "/pdf")
                .then()
                .statusCode(409)
                .body("detail", containsString("once closed"));
    }

    @Test
    void badHoursAreRefusedNamingTheFieldAndNothingIsWritten() {
        YearMonth month = TimesheetProject.freshMonth();
        put("nexem-partner", month, List.of(project.entry("WP1", -2, "Negative")))
                .statusCode(400)
                .body("errors[0].field", equalTo("entries[0].hours"));
        put("nexem-partner", month, List.of(project.entry("WP1", 150, "Long"), project.entry("WP2", 100, "Longer")))
                .statusCode(400)
                .body("errors[0].field", equalTo("entries"))
                .body("detail", containsString("48 hours a week"));
        put(
                        "nexem-partner",
                        month,
                        List.of(Map.of("project", "NOPE", "workPackage", "WP1", "hours", 1, "description", "x")))
                .statusCode(400)
                .body("errors[0].field", equalTo("entries[0].project"));
        put("nexem-partner", month, List.of(project.entry("WP3", 4, "Before it starts")))
                .statusCode(400)
                .body("errors[0].field", equalTo("entries[0].workPackage"))
                .body("detail", containsString("WP1, WP2"));
        put("nexem-partner", month, List.of(project.entry("WP1", 1, "Once"), project.entry("WP1", 2, "Twice")))
                .statusCode(400)
                .body("errors[0].field", equalTo("entries[1].workPackage"));
        put("nexem-partner", month, List.of(project.entry("WP1", 1, " ")))
                .statusCode(400)
                .body("errors[0].field", equalTo("entries[0].description"));
        put(
                        "nexem-partner",
                        month,
                        List.of(Map.of(
                                "project", project.acronym(), "workPackage", "WP1", "hours", "x", "description", "y")))
                .statusCode(400);
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .contentType(ContentType.JSON)
                .body(Map.of("entries", List.of()))
                .put("/api/timesheets/nexem-partner/2026-13")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("month"));
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .get("/api/timesheets/nexem-partner/99999-01")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("month"));
        put("nexem-partner", YearMonth.of(2026, 7), List.of(project.entry("WP1", 1, "Tomorrow")))
                .statusCode(400)
                .body("errors[0].field", equalTo("month"));
        put("nexem-partner", month, List.of(project.entry("WP1", 1, "x")), "ELISFA")
                .statusCode(400)
                .body("errors[0].field", equalTo("organisation"));

        get("nexem-partner", month).statusCode(200).body("version", equalTo(0)).body("entries.size()", equalTo(0));
        sign("nexem-partner", month).statusCode(409).body("detail", containsString("no hours"));
    }

    @Test
    void twoPeopleEditingOneMonthTheSecondGetsA412() {
        YearMonth month = TimesheetProject.freshMonth();
        put("nexem-partner", month, List.of(project.entry("WP1", 8, "First"))).statusCode(200);
        String read = get("nexem-partner", month).statusCode(200).extract().header("ETag");
        assertThat(get("nexem-finance", month).extract().header("ETag"), equalTo(read));

        given().auth()
                .oauth2(Tokens.of("nexem-finance"))
                .header("If-Match", read)
                .contentType(ContentType.JSON)
                .body(Map.of("entries", List.of(project.entry("WP1", 7.5, "Corrected by the supervisor"))))
                .put(path("nexem-partner", month))
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .header("If-Match", read)
                .contentType(ContentType.JSON)
                .body(Map.of("entries", List.of(project.entry("WP1", 9, "Mine"))))
                .put(path("nexem-partner", month))
                .then()
                .statusCode(412);
        get("nexem-partner", month).body("entries[0].description", equalTo("Corrected by the supervisor"));
    }

    @Test
    void aSupervisorSendsAMonthBackWithAReasonAndNeverCountersignsTheirOwn() {
        YearMonth month = TimesheetProject.freshMonth();
        put("nexem-partner", month, List.of(project.entry("WP1", 20, "Workshop")))
                .statusCode(200);
        sign("nexem-partner", month).statusCode(200);
        reopen("nexem-finance", month, " ").statusCode(400).body("errors[0].field", equalTo("comment"));
        reopen("nexem-finance", month, "WP2, not WP1")
                .statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("returnedComment", equalTo("WP2, not WP1"))
                .body("signedAt", nullValue());
        sign("nexem-partner", month).statusCode(200).body("returnedComment", nullValue());
        reopen("nexem-partner", month, null).statusCode(200).body("status", equalTo("OPEN"));
        reopen("nexem-partner", month, null).statusCode(409);

        put("nexem-finance", "nexem-finance", month, List.of(project.entry("WP1", 6, "Own month")), null)
                .statusCode(200);
        sign("nexem-finance", "nexem-finance", month).statusCode(200).body("status", equalTo("SIGNED"));
        sign("nexem-finance", "nexem-finance", month)
                .statusCode(409)
                .body("detail", containsString("other than nexem-finance"));
    }

    @Test
    void productiveHoursAreSetBySupervisorsAndAdministratorsAndTurnHoursIntoPersonMonths() {
        YearMonth month = TimesheetProject.freshMonth();
        productiveHours("nexem-partner", "/api/organisations/ELISFA/productive-hours", 1600)
                .statusCode(403);
        productiveHours("admin", "/api/organisations/ELISFA/productive-hours", -5)
                .statusCode(400)
                .body("errors[0].field", equalTo("hours"));
        productiveHours("admin", "/api/organisations/NOWHERE/productive-hours", 1600)
                .statusCode(404);
        productiveHours("admin", "/api/organisations/ELISFA/productive-hours/nexem-partner", 1500)
                .statusCode(400)
                .body("errors[0].field", equalTo("username"));
        productiveHours("admin", "/api/organisations/ELISFA/productive-hours", 1600)
                .statusCode(200)
                .body("hours", equalTo(1600.00f))
                .body("set", equalTo(true));
        put("elisfa-partner", "elisfa-partner", month, List.of(project.entry("WP1", 40, "Study")), null)
                .statusCode(200)
                .body("productiveHours", equalTo(1600.00f))
                .body("personMonths", equalTo(0.30f));
        productiveHours("admin", "/api/organisations/ELISFA/productive-hours/elisfa-partner", 1200)
                .statusCode(200)
                .body("people[0].username", equalTo("elisfa-partner"));
        get("elisfa-partner", "elisfa-partner", month)
                .body("productiveHours", equalTo(1200.00f))
                .body("personMonths", equalTo(0.40f));
        given().auth()
                .oauth2(Tokens.of("admin"))
                .delete("/api/organisations/ELISFA/productive-hours/elisfa-partner")
                .then()
                .statusCode(200)
                .body("people.size()", equalTo(0));
        given().auth()
                .oauth2(Tokens.of("nexem-finance"))
                .get("/api/organisations/NEXEM/productive-hours")
                .then()
                .statusCode(200)
                .body("hours", equalTo(1720.00f));
    }

    @Test
    void aWorkPackageWithHoursIsNotRemoved() {
        YearMonth month = TimesheetProject.freshMonth();
        put("nexem-partner", month, List.of(project.entry("WP2", 3, "Post"))).statusCode(200);
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .delete("/api/projects/" + project.acronym() + "/work-packages/WP2")
                .then()
                .statusCode(409)
                .body("detail", containsString("timesheets"));
    }

    private static String path(String username, YearMonth month) {
        return "/api/timesheets/" + username + "/" + month;
    }

    /** nexem-partner's month, as {@code user} reads it. */
    private static ValidatableResponse get(String user, YearMonth month) {
        return get(user, "nexem-partner", month);
    }

    private static ValidatableResponse get(String user, String owner, YearMonth month) {
        return given().auth().oauth2(Tokens.of(user)).get(path(owner, month)).then();
    }

    /** nexem-partner's month, written by {@code user}. */
    private static ValidatableResponse put(String user, YearMonth month, List<Map<String, Object>> entries) {
        return put(user, "nexem-partner", month, entries, null);
    }

    private static ValidatableResponse put(
            String user, YearMonth month, List<Map<String, Object>> entries, String organisation) {
        return put(user, "nexem-partner", month, entries, organisation);
    }

    private static ValidatableResponse put(
            String user, String owner, YearMonth month, List<Map<String, Object>> entries, String organisation) {
        Map<String, Object> body = organisation == null
                ? Map.of("entries", entries)
                : Map.of("entries", entries, "organisation", organisation);
        return given().auth()
                .oauth2(Tokens.of(user))
                .contentType(ContentType.JSON)
                .body(body)
                .put(path(owner, month))
                .then();
    }

    private static ValidatableResponse sign(String user, YearMonth month) {
        return sign(user, "nexem-partner", month);
    }

    private static ValidatableResponse sign(String user, String owner, YearMonth month) {
        return given().auth()
                .oauth2(Tokens.of(user))
                .post(path(owner, month) + "/signature")
                .then();
    }

    private static ValidatableResponse reopen(String user, YearMonth month, String comment) {
        return given().auth()
                .oauth2(Tokens.of(user))
                .contentType(ContentType.JSON)
                .body(comment == null ? Map.of() : Map.of("comment", comment))
                .post(path("nexem-partner", month) + "/reopening")
                .then();
    }

    private static ValidatableResponse productiveHours(String user, String path, Object hours) {
        return given().auth()
                .oauth2(Tokens.of(user))
                .contentType(ContentType.JSON)
                .body(Map.of("hours", hours))
                .put(path)
                .then();
    }
}
