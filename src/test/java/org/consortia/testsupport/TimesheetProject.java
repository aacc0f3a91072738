package org.consortia.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * A long project of the demo organisations on which staff record time and beneficiaries declare costs: UNIPSO
 * coordinates, NEXEM and ELISFA are beneficiaries; it runs from January 2018 to December 2026, in two reporting
 * periods (P1 to December 2025, ended on the tests' today; P2 to the end). WP1 (NEXEM) and WP2 (UNIPSO) run
 * throughout, WP3 (NEXEM) only from month 100 (April 2026). Its budget: 80 %, 7 % indirect with subcontracting out of
 * the base; NEXEM 100,000 of A.1, 10,000 of B, 5,000 of C.1 and 20 person-months on WP1; UNIPSO 50,000 of A.1;
 * ELISFA 20,000 of A.1. ec-reviewer reviews it. A person's month is theirs across every project, so each test takes months of its own
 * ({@link #freshMonth}), all in P1.
 */
public record TimesheetProject(String acronym) {

    private static final Map<String, Object> ACTUAL_COSTS = Map.of(
            "fundingModel",
            "ACTUAL_COSTS",
            "fundingRate",
            80,
            "indirectRate",
            7,
            "beneficiaries",
            List.of(
                    Map.of(
                            "organisation",
                            "NEXEM",
                            "costs",
                            Map.of("A.1", 100000, "B", 10000, "C.1", 5000),
                            "effort",
                            Map.of("WP1", 20)),
                    Map.of("organisation", "UNIPSO", "costs", Map.of("A.1", 50000)),
                    Map.of("organisation", "ELISFA", "costs", Map.of("A.1", 20000))));

    private static YearMonth next = YearMonth.of(2018, 1);

    public static TimesheetProject create() {
        return create(
                ACTUAL_COSTS,
                List.of(Map.of("startMonth", 1, "endMonth", 96), Map.of("startMonth", 97, "endMonth", 108)));
    }

    /**
     * The same project on a lump-sum grant of 90,000: NEXEM's shares are 40,000 of WP1 and 20,000 of WP3, with 20
     * person-months planned on WP1; UNIPSO's 30,000 of WP2; ELISFA has none. It reports in three periods, two of which
     * have ended: P1 to December 2021 (month 48), P2 to December 2025, P3 to the end.
     */
    public static TimesheetProject createLumpSum() {
        return create(
                Map.of(
                        "fundingModel",
                        "LUMP_SUM",
                        "fundingRate",
                        100,
                        "maxGrant",
                        90000,
                        "beneficiaries",
                        List.of(
                                Map.of(
                                        "organisation",
                                        "NEXEM",
                                        "lumpSums",
                                        Map.of("WP1", 40000, "WP3", 20000),
                                        "effort",
                                        Map.of("WP1", 20)),
                                Map.of("organisation", "UNIPSO", "lumpSums", Map.of("WP2", 30000)))),
                List.of(
                        Map.of("startMonth", 1, "endMonth", 48),
                        Map.of("startMonth", 49, "endMonth", 96),
                        Map.of("startMonth", 97, "endMonth", 108)));
    }

    private static TimesheetProject create(Map<String, Object> budget, List<Map<String, Object>> periods) {
        DemoConsortium.load();
        String acronym = Fixtures.unique("TS");
        Map<String, Object> project = Fixtures.projectBody(acronym);
        project.put("startDate", "2018-01-01");
        project.put("endDate", "2026-12-31");
        Map<String, Object> plan = Map.of(
                "project",
                project,
                "partners",
                List.of(
                        Map.of("organisation", "UNIPSO", "role", "COORDINATOR"),
                        Map.of("organisation", "NEXEM", "role", "BENEFICIARY"),
                        Map.of("organisation", "ELISFA", "role", "BENEFICIARY")),
                "workPackages",
                List.of(
                        workPackage("WP1", "Management of the training", "NEXEM", 1),
                        workPackage("WP2", "Dissemination", "UNIPSO", 1),
                        workPackage("WP3", "Evaluation", "NEXEM", 100)),
                "reviewers",
                List.of("ec-reviewer"),
                "reportingPeriods",
                periods,
                "budget",
                budget);
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
     * A month no other test of this run records time in, from January 2018 on: in P1, before WP3 starts and long
     * before the tests' today of June 2026.
     */
    public static synchronized YearMonth freshMonth() {
        YearMonth month = next;
        if (!month.isBefore(YearMonth.of(2026, 1))) {
            throw new IllegalStateException("The tests took every month of P1: start the project earlier");
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
