package org.consortia.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * A long project of the demo organisations on which staff record time: UNIPSO coordinates, NEXEM and ELISFA are
 * beneficiaries; it runs from January 2018 to December 2026. WP1 (NEXEM) and WP2 (UNIPSO) run throughout, WP3 (NEXEM)
 * only from month 100 (April 2026). A person's month is theirs across every project, so each test takes months of
 * its own ({@link #freshMonth}).
 */
public record TimesheetProject(String acronym) {

    private static YearMonth next = YearMonth.of(2018, 1);

    public static TimesheetProject create() {
        DemoConsortium.load();
        String acronym = Fixtures.unique("TS");
        Map<String, Object> project = Fixtures.projectBody(acronym);
        project.put("startDate", "2018-01-01");
        project.put("endDate", "2026-12-31");
        Map<String, Object> plan = Map.of(
                "project", project,
                "partners",
                        List.of(
                                Map.of("organisation", "UNIPSO", "role", "COORDINATOR"),
                                Map.of("organisation", "NEXEM", "role", "BENEFICIARY"),
                                Map.of("organisation", "ELISFA", "role", "BENEFICIARY")),
                "workPackages",
                        List.of(
                                workPackage("WP1", "Management of the training", "NEXEM", 1),
                                workPackage("WP2", "Dissemination", "UNIPSO", 1),
                                workPackage("WP3", "Evaluation", "NEXEM", 100)));
        given().auth()
                .oauth2(Tokens.of("admin"))
                .contentType(ContentType.JSON)
                .body(plan)
                .when()
                .post("/api/projects/import")
                .then()
                .statusCode(201);
        return new TimesheetProject(acronym);
    }

    /**
     * A month no other test of this run records time in, from January 2018 on (before WP3 starts, and long before the
     * tests' today of June 2026).
     */
    public static synchronized YearMonth freshMonth() {
        YearMonth month = next;
        if (!month.isBefore(YearMonth.of(2026, 4))) {
            throw new IllegalStateException("The tests took every month before WP3 starts: start them earlier");
        }
        next = next.plusMonths(1);
        return month;
    }

    /** An entry of a timesheet body on one of this project's work packages. */
    public Map<String, Object> entry(String workPackage, Object hours, String description) {
        return Map.of("project", acronym, "workPackage", workPackage, "hours", hours, "description", description);
    }

    private static Map<String, Object> workPackage(String number, String title, String lead, int start) {
        return Map.of("number", number, "title", title, "lead", lead, "startMonth", start, "endMonth", 108);
    }
}
