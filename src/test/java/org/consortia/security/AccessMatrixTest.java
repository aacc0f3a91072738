package org.consortia.security;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.consortia.testsupport.DemoConsortium;
import org.consortia.testsupport.DemoCopy;
import org.consortia.testsupport.Fixtures;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint, called by every kind of caller with a real token from the real Keycloak, answers
 * the status docs/security.md promises. The demo data: UNIPSO coordinates FORESEE, NEXEM leads its
 * work package 4 and the trainings, WRZOS hosts one; METZ coordinates NMLS; ec-reviewer reviews
 * FORESEE, whose D3.2 is submitted and D6.5 still a draft; NEXEM owns FORESEE's risk R1. The rows that name
 * FORESEE run on a copy of it, as they add to its plan, open its reports and comment.
 */
@QuarkusTest
class AccessMatrixTest {

    /** The callers, in the order of the expected statuses of each row. */
    private static final List<String> CALLERS = List.of(
            "admin",
            "unipso-coordinator",
            "unipso-partner",
            "nexem-partner",
            "wrzos-partner",
            "metz-coordinator",
            "ec-reviewer",
            "guest",
            "anonymous");

    /** The staff of FORESEE's co-coordinating organisation, with the coordinator role. */
    private static final String CO_COORDINATOR = "social-employers-coordinator";

    /** FORESEE's address, as the rows name it; each call goes to the copy ({@link #inCopy}). */
    private static final String FORESEE = "/api/projects/FORESEE";

    /** The deliverable each caller asks to re-date (the co-coordinator first), so that no request finds another open. */
    private static final List<String> AMENDED =
            List.of("D5.3", "D1.1", "D1.2", "D2.1", "D2.2", "D2.3", "D3.1", "D3.2", "D5.1", "D5.2");

    /** nexem-partner's timesheet of a month no other test records (TimesheetProject's end before April 2026). */
    private static final String TIMESHEET = "/api/timesheets/nexem-partner/2026-05";

    /** The copy's acronym, made once for the class. */
    private static String copy;

    @BeforeEach
    void loadDemoProjectsAndCopyForesee() {
        DemoConsortium.load();
        if (copy == null) {
            copy = DemoCopy.of("demo/foresee.yaml");
        }
    }

    /** {@code path}, on the copy if it is FORESEE's: the rows are built before the copy is made. */
    private static String inCopy(String path) {
        return path.startsWith(FORESEE) ? "/api/projects/" + copy + path.substring(FORESEE.length()) : path;
    }

    /** What the administrator reads at {@code path}, on the copy, as an update that changes nothing. */
    private static Map<String, Object> unchanged(String path, String... readOnly) {
        return DemoConsortium.unchanged(inCopy(path), readOnly);
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        // what                                    request                                   admin unipso-c unipso-p
        // nexem wrzos metz-c reviewer guest anon
        row(cases, "list organisations", get("/api/organisations"), 200, 200, 200, 200, 200, 200, 200, 200, 401);
        row(
                cases,
                "register an organisation",
                caller -> post("/api/organisations", Fixtures.organisationBody(Fixtures.unique("M"))),
                201,
                403,
                403,
                403,
                403,
                403,
                403,
                403,
                401);
        row(
                cases,
                "change an organisation",
                put("/api/organisations/NEXEM", () -> unchanged("/api/organisations/NEXEM")),
                200,
                403,
                403,
                403,
                403,
                403,
                403,
                403,
                401);
        row(
                cases,
                "create a project",
                caller -> post("/api/projects", Fixtures.projectBody(Fixtures.unique("M"))),
                201,
                403,
                403,
                403,
                403,
                403,
                403,
                403,
                401);
        row(cases, "read FORESEE", get(FORESEE), 200, 200, 200, 200, 200, 404, 200, 404, 401);
        row(cases, "read NMLS", get("/api/projects/NMLS"), 200, 404, 404, 404, 404, 200, 404, 404, 401);
        row(
                cases,
                "change FORESEE",
                put(FORESEE, () -> unchanged(FORESEE, "durationMonths")),
                200,
                200,
                403,
                403,
                403,
                404,
                403,
                404,
                401);
        row(cases, "list partners", get(FORESEE + "/partners"), 200, 200, 200, 200, 200, 404, 200, 404, 401);
        row(
                cases,
                "add a partner",
                caller -> post(FORESEE + "/partners", Map.of("organisation", "NEXEM", "role", "BENEFICIARY")),
                409,
                409,
                403,
                403,
                403,
                404,
                403,
                404,
                401);
        row(
                cases,
                "change NEXEM's participation",
                put(
                        FORESEE + "/partners/NEXEM",
                        () -> unchanged(FORESEE + "/partners/NEXEM", "legalName", "country", "type")),
                200,
                200,
                403,
                200,
                403,
                404,
                403,
                404,
                401);
        row(
                cases,
                "remove a partner",
                delete(FORESEE + "/partners/NOT-A-PARTNER"),
                404,
                404,
                403,
                403,
                403,
                404,
                403,
                404,
                401);
        row(cases, "list work packages", get(FORESEE + "/work-packages"), 200, 200, 200, 200, 200, 404, 200, 404, 401);
        row(
                cases,
                "add a work package",
                caller -> post(
                        FORESEE + "/work-packages",
                        Map.of(
                                "number",
                                "WP" + (20 + CALLERS.indexOf(caller)),
                                "title",
                                "Extra",
                                "lead",
                                "UNIPSO",
                                "startMonth",
                                1,
                                "endMonth",
                                2)),
                201,
                201,
                403,
                403,
                403,
                404,
                403,
                404,
                401);
        row(
                cases,
                "change WP4",
                put(FORESEE + "/work-packages/WP4", () -> unchanged(FORESEE + "/work-packages/WP4")),
                200,
                200,
                403,
                403,
                403,
                404,
                403,
                404,
                401);
        row(
                cases,
                "delete a work package",
                delete(FORESEE + "/work-packages/WP99"),
                404,
                404,
                403,
                403,
                403,
                404,
                403,
                404,
                401);
        row(cases, "list deliverables", get(FORESEE + "/deliverables"), 200, 200, 200, 200, 200, 404, 200, 404, 401);
        row(
                cases,
                "read the draft D6.5",
                get(FORESEE + "/deliverables/D6.5"),
                200,
                200,
                200,
                200,
                200,
                404,
                200,
                404,
                401);
        row(
                cases,
                "read the submitted D3.2",
                get(FORESEE + "/deliverables/D3.2"),
                200,
                200,
                200,
                200,
                200,
                404,
                200,
                404,
                401);
        row(
                cases,
                "add a deliverable",
                caller -> post(
                        FORESEE + "/deliverables",
                        Fixtures.deliverableBody("D9." + CALLERS.indexOf(caller), "UNIPSO", 3)),
                201,
                201,
                403,
                403,
                403,
                404,
                403,
                404,
                401);
        row(
                cases,
                "update NEXEM's training D4.3",
                put(FORESEE + "/deliverables/D4.3", () -> unchanged(FORESEE + "/deliverables/D4.3")),
                200,
                200,
                403,
                200,
                403,
                404,
                403,
                404,
                401);
        row(
                cases,
                "record the Warsaw training D4.6, led by NEXEM, hosted by WRZOS",
                put(FORESEE + "/deliverables/D4.6", () -> unchanged(FORESEE + "/deliverables/D4.6")),
                200,
                200,
                403,
                200,
                200,
                404,
                403,
                404,
                401);
        row(
                cases,
                "read the breakdown of the Warsaw training's participants",
                get(FORESEE + "/events/D4.6/breakdown"),
                200,
                200,
                200,
                200,
                200,
                404,
                200,
                404,
                401);
        row(
                cases,
                "list the Warsaw training's participants (NEXEM leads it, WRZOS hosts it)",
                get(FORESEE + "/events/D4.6/participants"),
                200,
                200,
                403,
                200,
                200,
                404,
                403,
                404,
                401);
        row(
                cases,
                "add someone to the Warsaw training's list",
                caller -> post(
                        FORESEE + "/events/D4.6/participants",
                        Map.of(
                                "name",
                                "Matrix Participant " + CALLERS.indexOf(caller),
                                "organisationType",
                                "NGO",
                                "processingConsent",
                                true)),
                201,
                201,
                403,
                201,
                201,
                404,
                403,
                404,
                401);
        row(
                cases,
                "import a spreadsheet of the Warsaw training's participants",
                caller -> new Request(
                        "POST",
                        inCopy(FORESEE + "/events/D4.6/participants/import?confirm=true"),
                        "Name,Organisation type,Consent\nMatrix Import " + CALLERS.indexOf(caller) + ",NGO,yes\n",
                        "text/csv"),
                200,
                200,
                403,
                200,
                200,
                404,
                403,
                404,
                401);
        row(
                cases,
                "print the signature sheet of the Warsaw training's second day",
                get(FORESEE + "/events/D4.6/attendance/2022-03-30/signature-sheet"),
                200,
                200,
                403,
                200,
                200,
                404,
                403,
                404,
                401);
        row(
                cases,
                "add a walk-in to the Warsaw training's first day",
                caller -> post(
                        FORESEE + "/events/D4.6/attendance/2022-03-29/walk-ins",
                        Map.of(
                                "name",
                                "Matrix Walk-in " + CALLERS.indexOf(caller),
                                "organisationType",
                                "NGO",
                                "processingConsent",
                                true)),
                201,
                201,
                403,
                201,
                201,
                404,
                403,
                404,
                401);
        row(
                cases,
                "read the results of the Warsaw training's evaluation survey",
                get(FORESEE + "/events/D4.6/survey"),
                200,
                200,
                200,
                200,
                200,
                404,
                200,
                404,
                401);
        row(
                cases,
                "read the comments of the Warsaw training's evaluation survey",
                get(FORESEE + "/events/D4.6/survey/comments"),
                200,
                200,
                403,
                200,
                200,
                404,
                403,
                404,
                401);
        row(
                cases,
                "read the state of the Warsaw training's public registration",
                get(FORESEE + "/events/D4.6/registration"),
                200,
                200,
                403,
                200,
                200,
                404,
                403,
                404,
                401);
        row(
                cases,
                "close the Warsaw training's public registration",
                caller -> post(FORESEE + "/events/D4.6/registration/close", Map.of()),
                200,
                200,
                403,
                200,
                200,
                404,
                403,
                404,
                401);
        row(
                cases,
                "read the Warsaw training's signed sheets (the funder: those chosen for it, once submitted)",
                get(FORESEE + "/events/D4.6/signed-sheets"),
                200,
                200,
                403,
                200,
                200,
                404,
                200,
                404,
                401);
        row(
                cases,
                "delete a deliverable",
                delete(FORESEE + "/deliverables/D9.99"),
                404,
                404,
                403,
                403,
                403,
                404,
                403,
                404,
                401);
        row(
                cases,
                "archive a deliverable",
                caller -> post(FORESEE + "/deliverables/D9.99/archive", Map.of("reason", "Access matrix")),
                404,
                404,
                403,
                403,
                403,
                404,
                403,
                404,
                401);
        row(
                cases,
                "bring a deliverable back into the plan",
                delete(FORESEE + "/deliverables/D9.99/archive"),
                404,
                404,
                403,
                403,
                403,
                404,
                403,
                404,
                401);
        row(cases, "list milestones", get(FORESEE + "/milestones"), 200, 200, 200, 200, 200, 404, 200, 404, 401);
        row(
                cases,
                "record WP4's milestone MS4",
                put(FORESEE + "/milestones/MS4", () -> unchanged(FORESEE + "/milestones/MS4")),
                200,
                200,
                403,
                200,
                403,
                404,
                403,
                404,
                401);
        row(
                cases,
                "move the forecast of D4.6, in NEXEM's WP4, hosted by WRZOS",
                caller -> new Request(
                        "PUT",
                        inCopy(FORESEE + "/deliverables/D4.6"),
                        forecast(FORESEE + "/deliverables/D4.6", caller)),
                200,
                200,
                403,
                200,
                403,
                404,
                403,
                404,
                401);
        row(
                cases,
                "move the forecast of WP4's milestone MS4",
                caller -> new Request(
                        "PUT", inCopy(FORESEE + "/milestones/MS4"), forecast(FORESEE + "/milestones/MS4", caller)),
                200,
                200,
                403,
                200,
                403,
                404,
                403,
                404,
                401);
        row(cases, "read the budget", get(FORESEE + "/budget"), 200, 200, 200, 200, 200, 404, 404, 404, 401);
        row(
                cases,
                "write the budget of a project under way",
                put(
                        FORESEE + "/budget",
                        () -> Map.of("fundingModel", "LUMP_SUM", "fundingRate", 90, "beneficiaries", List.of())),
                409,
                409,
                403,
                403,
                403,
                404,
                404,
                404,
                401);
        row(
                cases,
                "read a staff member's timesheet",
                ofNexemStaff(get(TIMESHEET)),
                200,
                404,
                404,
                200,
                404,
                404,
                404,
                404,
                401);
        row(
                cases,
                "write a staff member's timesheet",
                ofNexemStaff(put(TIMESHEET, () -> Map.of("entries", List.of()))),
                403,
                404,
                404,
                200,
                404,
                404,
                404,
                404,
                401);
        row(
                cases,
                "sign a staff member's timesheet (it records no hours)",
                ofNexemStaff(caller -> post(TIMESHEET + "/signature", null)),
                403,
                404,
                404,
                409,
                404,
                404,
                404,
                404,
                401);
        row(
                cases,
                "list the timesheets one reads",
                get("/api/timesheets"),
                200,
                200,
                200,
                200,
                200,
                200,
                200,
                200,
                401);
        row(
                cases,
                "read an organisation's productive hours",
                get("/api/organisations/NEXEM/productive-hours"),
                200,
                403,
                403,
                403,
                403,
                403,
                403,
                403,
                401);
        row(
                cases,
                "set an organisation's productive hours",
                put("/api/organisations/NEXEM/productive-hours", () -> Map.of("hours", 1720)),
                200,
                403,
                403,
                403,
                403,
                403,
                403,
                403,
                401);
        row(
                cases,
                "list financial statements",
                get(FORESEE + "/statements"),
                200,
                200,
                200,
                200,
                200,
                404,
                200,
                404,
                401);
        row(
                cases,
                "read NEXEM's draft statement of period 1",
                get(FORESEE + "/statements/1/NEXEM"),
                200,
                200,
                404,
                200,
                404,
                404,
                404,
                404,
                401);
        row(
                cases,
                "write NEXEM's statement of period 1",
                put(FORESEE + "/statements/1/NEXEM", () -> Map.of("costs", Map.of())),
                200,
                403,
                403,
                200,
                403,
                404,
                404,
                404,
                401);
        row(
                cases,
                "accept NEXEM's statement of period 1 (not submitted)",
                caller -> post(FORESEE + "/statements/1/NEXEM/decision", Map.of("decision", "ACCEPTED")),
                409,
                409,
                404,
                403,
                404,
                404,
                404,
                404,
                401);
        row(cases, "list amendments", get(FORESEE + "/amendments"), 200, 200, 200, 200, 200, 404, 200, 404, 401);
        row(
                cases,
                "request an amendment",
                caller -> post(
                        FORESEE + "/amendments",
                        Map.of(
                                "deliverable",
                                AMENDED.get(CALLERS.indexOf(caller) + 1),
                                "dueDate",
                                "2023-02-20",
                                "reason",
                                "Access matrix")),
                201,
                201,
                403,
                403,
                403,
                404,
                403,
                404,
                401);
        row(
                cases,
                "decide the first amendment",
                caller -> post(FORESEE + "/amendments/1/decision", Map.of("decision", "REFUSED")),
                403,
                403,
                403,
                403,
                403,
                404,
                200,
                404,
                401);
        row(
                cases,
                "list reporting periods",
                get(FORESEE + "/reporting-periods"),
                200,
                200,
                200,
                200,
                200,
                404,
                200,
                404,
                401);
        row(
                cases,
                "add a reporting period",
                caller -> post(FORESEE + "/reporting-periods", Map.of("startMonth", 26, "endMonth", 26)),
                400,
                400,
                403,
                403,
                403,
                404,
                403,
                404,
                401);
        row(cases, "list reviewers", get(FORESEE + "/reviewers"), 200, 200, 200, 200, 200, 404, 200, 404, 401);
        row(
                cases,
                "assign a reviewer (the funder's side designates them)",
                caller -> post(FORESEE + "/reviewers", Map.of("username", "officer-" + CALLERS.indexOf(caller))),
                201,
                403,
                403,
                403,
                403,
                404,
                201,
                404,
                401);
        row(
                cases,
                "unassign a reviewer",
                delete(FORESEE + "/reviewers/nobody"),
                404,
                403,
                403,
                403,
                403,
                404,
                404,
                404,
                401);
        row(cases, "export the plan", get(FORESEE + "/export"), 200, 200, 200, 200, 200, 404, 200, 404, 401);
        row(
                cases,
                "re-import the plan",
                caller -> post(
                        "/api/projects/import",
                        given().auth()
                                .oauth2(Tokens.of("admin"))
                                .accept(ContentType.JSON)
                                .get(inCopy(FORESEE + "/export"))
                                .asString()),
                200,
                200,
                403,
                403,
                403,
                403,
                403,
                403,
                401);
        row(
                cases,
                "export the deliverables as CSV",
                get(FORESEE + "/exports/deliverables.csv"),
                200,
                200,
                200,
                200,
                200,
                404,
                200,
                404,
                401);
        row(
                cases,
                "export the deliverables as Excel",
                get(FORESEE + "/exports/deliverables.xlsx"),
                200,
                200,
                200,
                200,
                200,
                404,
                200,
                404,
                401);
        row(
                cases,
                "export the events as CSV",
                get(FORESEE + "/exports/events.csv"),
                200,
                200,
                200,
                200,
                200,
                404,
                200,
                404,
                401);
        row(
                cases,
                "export the events as Excel",
                get(FORESEE + "/exports/events.xlsx"),
                200,
                200,
                200,
                200,
                200,
                404,
                200,
                404,
                401);
        row(
                cases,
                "export in an unknown format",
                get(FORESEE + "/exports/deliverables.pdf"),
                400,
                400,
                400,
                400,
                400,
                404,
                400,
                404,
                401);
        row(cases, "read the activity", get(FORESEE + "/activity"), 200, 200, 200, 200, 200, 404, 200, 404, 401);
        row(
                cases,
                "read the draft D6.5's history",
                get(FORESEE + "/deliverables/D6.5/history"),
                200,
                200,
                200,
                200,
                200,
                404,
                200,
                404,
                401);
        row(
                cases,
                "read comments on the draft D6.5",
                get(FORESEE + "/deliverables/D6.5/comments"),
                200,
                200,
                200,
                200,
                200,
                404,
                200,
                404,
                401);
        row(
                cases,
                "comment on the submitted D3.2",
                caller -> post(FORESEE + "/deliverables/D3.2/comments", Map.of("text", "Seen by " + caller)),
                201,
                201,
                201,
                201,
                201,
                404,
                201,
                404,
                401);
        row(
                cases,
                "list the files of the draft D6.5",
                get(FORESEE + "/deliverables/D6.5/files"),
                200,
                200,
                200,
                200,
                200,
                404,
                200,
                404,
                401);
        row(
                cases,
                "accept the draft D6.5 (not a move from IN_PROGRESS)",
                caller -> post(FORESEE + "/deliverables/D6.5/transitions", Map.of("to", "ACCEPTED")),
                409,
                409,
                409,
                409,
                409,
                404,
                409,
                404,
                401);
        row(
                cases,
                "remove the submitted D3.2 (what the funder received stays)",
                delete(FORESEE + "/deliverables/D3.2"),
                409,
                409,
                403,
                403,
                403,
                404,
                403,
                404,
                401);
        row(cases, "read the risk register", get(FORESEE + "/risks"), 200, 200, 200, 200, 200, 404, 404, 404, 401);
        row(cases, "read NEXEM's risk R1", get(FORESEE + "/risks/1"), 200, 200, 200, 200, 200, 404, 404, 404, 401);
        row(
                cases,
                "enter a risk",
                caller -> post(
                        FORESEE + "/risks",
                        Map.of(
                                "description",
                                "Entered by " + caller,
                                "likelihood",
                                "LOW",
                                "impact",
                                "LOW",
                                "identifiedOn",
                                "2022-01-10")),
                201,
                201,
                403,
                403,
                403,
                404,
                404,
                404,
                401);
        row(
                cases,
                "update NEXEM's risk R1",
                put(FORESEE + "/risks/1", () -> unchanged(FORESEE + "/risks/1", "number", "code")),
                200,
                200,
                403,
                200,
                403,
                404,
                404,
                404,
                401);
        row(cases, "remove a risk", delete(FORESEE + "/risks/99"), 404, 404, 403, 403, 403, 404, 404, 404, 401);
        row(cases, "read the meetings", get(FORESEE + "/meetings"), 200, 200, 200, 200, 200, 404, 404, 404, 401);
        row(
                cases,
                "read the training-programme meeting PRM1",
                get(FORESEE + "/meetings/PRM1"),
                200,
                200,
                200,
                200,
                200,
                404,
                404,
                404,
                401);
        row(
                cases,
                "plan a meeting of WP4, led by NEXEM",
                caller -> post(
                        FORESEE + "/meetings",
                        Map.of(
                                "code",
                                "M" + Math.abs(caller.hashCode() % 100_000),
                                "title",
                                "Planned by " + caller,
                                "workPackage",
                                "WP4",
                                "kind",
                                "PROGRAMME_MEETING",
                                "event",
                                Map.of("plannedDate", "2022-10-03"))),
                201,
                201,
                403,
                201,
                403,
                404,
                404,
                404,
                401);
        row(
                cases,
                "describe PRM1, of NEXEM's WP4, hosted by NEXEM",
                put(FORESEE + "/meetings/PRM1", () -> unchanged(FORESEE + "/meetings/PRM1", "lead", "version")),
                200,
                200,
                403,
                200,
                403,
                404,
                404,
                404,
                401);
        row(
                cases,
                "read the breakdown of PRM1's participants",
                get(FORESEE + "/events/PRM1/breakdown"),
                200,
                200,
                200,
                200,
                200,
                404,
                404,
                404,
                401);
        row(
                cases,
                "list PRM1's participants",
                get(FORESEE + "/events/PRM1/participants"),
                200,
                200,
                403,
                200,
                403,
                404,
                404,
                404,
                401);
        row(
                cases,
                "migrate the file store to S3",
                caller -> post("/api/admin/file-store/migration", null),
                200,
                403,
                403,
                403,
                403,
                403,
                403,
                403,
                401);
        row(
                cases,
                "list everyone's calendar feeds",
                get("/api/admin/calendar-feeds"),
                200,
                403,
                403,
                403,
                403,
                403,
                403,
                403,
                401);
        row(
                cases,
                "revoke a calendar feed that does not exist",
                delete("/api/admin/calendar-feeds/999999999"),
                404,
                403,
                403,
                403,
                403,
                403,
                403,
                403,
                401);
        row(cases, "who am I", get("/api/me"), 200, 200, 200, 200, 200, 200, 200, 200, 401);
        row(
                cases,
                "read FORESEE's deadlines",
                get(FORESEE + "/deadlines"),
                200,
                200,
                200,
                200,
                200,
                404,
                200,
                404,
                401);
        row(cases, "my deadlines", get("/api/me/deadlines"), 200, 200, 200, 200, 200, 200, 200, 200, 401);
        row(cases, "my notifications", get("/api/me/notifications"), 200, 200, 200, 200, 200, 200, 200, 200, 401);
        row(cases, "my mail choices", get("/api/me/preferences"), 200, 200, 200, 200, 200, 200, 200, 200, 401);
        row(
                cases,
                "read a notification that does not exist",
                caller -> post("/api/me/notifications/999999999/read", null),
                404,
                404,
                404,
                404,
                404,
                404,
                404,
                404,
                401);
        // Period 2's report, from its opening (the administrator) to a request for changes and a new revision.
        String report = FORESEE + "/reporting-periods/2/report";
        row(cases, "open period 2's report", caller -> post(report, null), 201, 409, 403, 403, 403, 404, 403, 404, 401);
        row(cases, "read period 2's draft report", get(report), 200, 200, 200, 200, 200, 404, 404, 404, 401);
        row(
                cases,
                "write NEXEM's section of the draft",
                put(report + "/sections/partner-NEXEM", () -> Map.of("progress", "Written", "ready", false)),
                200,
                200,
                403,
                200,
                403,
                404,
                404,
                404,
                401);
        row(
                cases,
                "read the frozen content of a draft",
                get(report + "/revisions/1/content"),
                409,
                409,
                409,
                409,
                409,
                404,
                404,
                404,
                401);
        row(
                cases,
                "submit period 2's report",
                caller -> post(report + "/submission", Map.of("overrideReason", "Access matrix")),
                200,
                409,
                403,
                403,
                403,
                404,
                403,
                404,
                401);
        row(cases, "read period 2's submitted report", get(report), 200, 200, 200, 200, 200, 404, 200, 404, 401);
        row(
                cases,
                "comment on period 2's report",
                caller -> post(report + "/comments", Map.of("text", "Seen by " + caller)),
                201,
                201,
                403,
                403,
                403,
                404,
                201,
                404,
                401);
        row(
                cases,
                "decide on period 2's report",
                caller ->
                        post(report + "/decision", Map.of("decision", "CHANGES_REQUESTED", "comment", "Access matrix")),
                403,
                403,
                403,
                403,
                403,
                404,
                200,
                404,
                401);
        row(
                cases,
                "open revision 2 of period 2's report",
                caller -> post(report + "/revisions", null),
                201,
                409,
                403,
                403,
                403,
                404,
                403,
                404,
                401);
        row(
                cases,
                "list period 2's revisions",
                get(report + "/revisions"),
                200,
                200,
                200,
                200,
                200,
                404,
                200,
                404,
                401);
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1} → {3}")
    @MethodSource("matrix")
    void callerGetsTheStatusTheRulesPromise(
            String what, String caller, Function<String, Request> request, int expected) {
        Request call = request.apply(caller);
        RequestSpecification spec =
                caller.equals("anonymous") ? given() : given().auth().oauth2(Tokens.of(caller));
        if (call.body() != null) {
            spec.contentType(call.contentType()).body(call.body());
        }
        spec.when().request(call.method(), call.path()).then().statusCode(expected);
    }

    private record Request(String method, String path, Object body, String contentType) {

        Request(String method, String path, Object body) {
            this(method, path, body, ContentType.JSON.toString());
        }
    }

    /**
     * One request, sent by each caller; the co-coordinator (FORESEE's Social Employers) is sent it too, and is
     * promised the coordinator's status: a co-coordinating organisation has the coordinator's rights.
     */
    private static void row(List<Arguments> cases, String what, Function<String, Request> request, int... expected) {
        for (int i = 0; i < CALLERS.size(); i++) {
            cases.add(Arguments.of(what, CALLERS.get(i), request, expected[i]));
        }
        cases.add(Arguments.of(what, CO_COORDINATOR, request, expected[CALLERS.indexOf("unipso-coordinator")]));
    }

    /** The item at {@code path} as it stands, with a forecast of the caller's own, so that each call changes it. */
    private static Map<String, Object> forecast(String path, String caller) {
        Map<String, Object> body = unchanged(path);
        body.put("forecastDate", String.format("2023-01-%02d", 11 + CALLERS.indexOf(caller)));
        return body;
    }

    private static Function<String, Request> get(String path) {
        return caller -> new Request("GET", inCopy(path), null);
    }

    /** {@code request}, nexem-partner having signed in first: their timesheets exist for the platform from then on. */
    private static Function<String, Request> ofNexemStaff(Function<String, Request> request) {
        return caller -> {
            given().auth()
                    .oauth2(Tokens.of("nexem-partner"))
                    .get("/api/me")
                    .then()
                    .statusCode(200);
            return request.apply(caller);
        };
    }

    private static Function<String, Request> delete(String path) {
        return caller -> new Request("DELETE", inCopy(path), null);
    }

    private static Function<String, Request> put(String path, Supplier<Object> body) {
        return caller -> new Request("PUT", inCopy(path), body.get());
    }

    private static Request post(String path, Object body) {
        return new Request("POST", inCopy(path), body);
    }
}
