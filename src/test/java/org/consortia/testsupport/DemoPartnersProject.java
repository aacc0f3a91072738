package org.consortia.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fresh project of the demo organisations, so the demo accounts can work on it: UNIPSO coordinates
 * (unipso-coordinator), NEXEM (nexem-partner) and ELISFA (elisfa-partner) are partners, ec-reviewer
 * reviews it for the funder. It runs 24 months from January 2025: on the tests' today (15 June 2026)
 * it is in month 18. Imported through the API by the platform administrator.
 */
public record DemoPartnersProject(String acronym) {

    /** NEXEM's training, due in month 20 (31 August 2026), not started yet. */
    public static final String TRAINING = "D1.1";
    /** NEXEM's report, not started yet either: a draft, out of the funder's sight. */
    public static final String DRAFT = "D1.2";
    /** NEXEM's study, waiting for the coordinator's internal review. */
    public static final String IN_REVIEW = "D1.3";

    /** A new one, the demo consortium's organisations loaded first. */
    public static DemoPartnersProject create() {
        return create(Fixtures.START, Fixtures.END);
    }

    /** A new one running from {@code start} to {@code end} (ISO dates; its deliverables' months count from there). */
    public static DemoPartnersProject create(String start, String end) {
        DemoConsortium.load();
        String acronym = Fixtures.unique("T");
        Map<String, Object> project = Fixtures.projectBody(acronym);
        project.put("startDate", start);
        project.put("endDate", end);
        Map<String, Object> plan = Map.of(
                "project", project,
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
                                        TRAINING, "Training on social dialogue – Lisbon", "TRAINING", 20, "PLANNED"),
                                deliverable(DRAFT, "Report on the trainings", "REPORT", 22, "PLANNED"),
                                deliverable(
                                        IN_REVIEW, "Study of the training needs", "STUDY", 19, "IN_INTERNAL_REVIEW")),
                "reviewers", List.of("ec-reviewer"));
        given().auth()
                .oauth2(Tokens.of("admin"))
                .contentType(ContentType.JSON)
                .body(plan)
                .when()
                .post("/api/projects/import")
                .then()
                .statusCode(201);
        return new DemoPartnersProject(acronym);
    }

    /**
     * NEXEM uploads its study (waiting for the coordinator's review), the coordinator approves it and submits that
     * version to the funder.
     */
    public void submitTheStudy() {
        String study = api(IN_REVIEW);
        int version = given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .multiPart("file", "study.pdf", MinimalPdf.bytes(), "application/pdf")
                .post(study + "/files")
                .then()
                .statusCode(201)
                .extract()
                .path("version");
        for (Map<String, ?> move : List.of(Map.of("to", "APPROVED"), Map.of("to", "SUBMITTED", "version", version))) {
            given().auth()
                    .oauth2(Tokens.of("unipso-coordinator"))
                    .contentType(ContentType.JSON)
                    .body(move)
                    .post(study + "/transitions")
                    .then()
                    .statusCode(200);
        }
    }

    /**
     * Gives the training D1.1 its event: 9 and 10 July 2026 in Lisbon, held {@code mode}, hosted by {@code hosts}
     * (NEXEM leads it). Returns this project.
     */
    public DemoPartnersProject withTraining(String mode, List<String> hosts) {
        Map<String, Object> body = new HashMap<>(given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .get(api(TRAINING))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap(""));
        body.put(
                "event",
                Map.of(
                        "plannedDate", "2026-07-09",
                        "endDate", "2026-07-10",
                        "mode", mode,
                        "venue", "Centro de Congressos",
                        "country", "PT",
                        "city", "Lisboa",
                        "hosts", hosts));
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .contentType(ContentType.JSON)
                .body(body)
                .put(api(TRAINING))
                .then()
                .statusCode(200);
        return this;
    }

    /**
     * NEXEM starts the deliverable {@code code}, uploads its output and asks for the review; the coordinator approves
     * it and submits that version to the funder.
     */
    public void submit(String code) {
        String deliverable = api(code);
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .contentType(ContentType.JSON)
                .body(Map.of("to", "IN_PROGRESS"))
                .post(deliverable + "/transitions")
                .then()
                .statusCode(200);
        int version = given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .multiPart("file", "output.pdf", MinimalPdf.bytes(), "application/pdf")
                .post(deliverable + "/files")
                .then()
                .statusCode(201)
                .extract()
                .path("version");
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .contentType(ContentType.JSON)
                .body(Map.of("to", "IN_INTERNAL_REVIEW"))
                .post(deliverable + "/transitions")
                .then()
                .statusCode(200);
        for (Map<String, ?> move : List.of(Map.of("to", "APPROVED"), Map.of("to", "SUBMITTED", "version", version))) {
            given().auth()
                    .oauth2(Tokens.of("unipso-coordinator"))
                    .contentType(ContentType.JSON)
                    .body(move)
                    .post(deliverable + "/transitions")
                    .then()
                    .statusCode(200);
        }
    }

    /** The API address of the event of one of its deliverables. */
    public String event(String code) {
        return "/api/projects/" + acronym + "/events/" + code;
    }

    /** The project's status page. */
    public String page() {
        return "/projects/" + acronym;
    }

    /** The page of one of its deliverables. */
    public String page(String code) {
        return page() + "/deliverables/" + code;
    }

    /** The API address of one of its deliverables. */
    public String api(String code) {
        return "/api/projects/" + acronym + "/deliverables/" + code;
    }

    private static Map<String, Object> deliverable(
            String code, String title, String kind, int dueMonth, String status) {
        return Map.of(
                "code",
                code,
                "title",
                title,
                "workPackage",
                "WP1",
                "lead",
                "NEXEM",
                "kind",
                kind,
                "dueMonth",
                dueMonth,
                "status",
                status);
    }
}
