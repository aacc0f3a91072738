package org.consortia.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.consortia.common.Sha256;
import org.consortia.testsupport.DemoConsortium;
import org.consortia.testsupport.DemoCopy;
import org.consortia.testsupport.DemoPartnersProject;
import org.consortia.testsupport.Fixtures;
import org.consortia.testsupport.PlanBuilder;
import org.consortia.testsupport.SqlStatements;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * FORESEE's first-period report from the first draft to acceptance: sections written by those they
 * belong to and refused to others, a submission that freezes the revision, the reviewer's comment and
 * request for changes, a second revision submitted and accepted, and never a draft in the funder's sight. On a copy
 * of FORESEE, whose periods and work packages the report follows.
 */
@QuarkusTest
class ReportTest {

    @jakarta.inject.Inject
    org.hibernate.SessionFactory sessionFactory;

    /** The copy, made once for the class: its first period's report goes from draft to acceptance. */
    private static String foresee;

    @BeforeEach
    void copyForesee() {
        if (foresee == null) {
            foresee = DemoCopy.of("demo/foresee.yaml");
        }
    }

    /** The copy's first-period report. */
    private static String report() {
        return "/api/projects/" + foresee + "/reporting-periods/1/report";
    }

    @Test
    void foreseesFirstPeriodFromDraftToAcceptance() {
        as("ec-reviewer").get(report()).then().statusCode(404);
        as("nexem-partner").post(report()).then().statusCode(403).contentType("application/problem+json");
        as("metz-coordinator").post(report()).then().statusCode(404);

        ValidatableResponse draft = as("unipso-coordinator")
                .post(report())
                .then()
                .statusCode(201)
                .body(
                        "status",
                        equalTo("DRAFT"),
                        "document.revision",
                        equalTo(1),
                        "document.periodEnd",
                        equalTo("2022-01-31"),
                        "document.dueDate",
                        equalTo("2022-04-01"));
        List<String> keys = draft.extract().path("document.sections.key");
        assertThat(keys, hasItems("summary", "wp-WP1", "wp-WP4", "partner-NEXEM", "partner-ELISFA"));
        assertThat(draft.extract().path("missingSections"), equalTo(keys));
        List<String> risks = draft.extract().path("document.risks.code");
        assertThat("FORESEE's risks identified by the end of the period", risks, equalTo(List.of("R1", "R2", "R4")));
        List<String> dueDates = draft.extract().path("document.tables.deliverables.dueDate");
        assertThat(dueDates, not(empty()));
        assertThat(dueDates, everyItem(lessThanOrEqualTo("2022-01-31")));
        as("unipso-coordinator").post(report()).then().statusCode(409);

        as("ec-reviewer").get(report()).then().statusCode(404);
        as("ec-reviewer").get(report() + "/revisions/1").then().statusCode(404);
        as("ec-reviewer").get(report() + "/revisions").then().statusCode(200).body("", empty());
        as("elisfa-partner")
                .get(report())
                .then()
                .statusCode(200)
                .body("writableSections", equalTo(List.of("partner-ELISFA")));

        write(
                        "nexem-partner",
                        "wp-WP4",
                        section(
                                "Four national trainings prepared",
                                "Training kit drafted",
                                "The Polish training moved online",
                                "Recorded sessions for those who missed it",
                                true))
                .statusCode(200)
                .header("ETag", containsString("1"))
                .body(
                        "document.sections.find { it.key == 'wp-WP4' }.editedBy",
                        containsString("NEXEM"),
                        "document.sections.find { it.key == 'wp-WP4' }.ready",
                        equalTo(true));
        for (String notTheirs : List.of("wp-WP1", "summary", "partner-ELISFA")) {
            write("nexem-partner", notTheirs, section("Not mine", null, null, null, false))
                    .statusCode(403);
        }
        write(
                        "elisfa-partner",
                        "partner-ELISFA",
                        section("ELISFA hosted the French stakeholders", null, null, null, true))
                .statusCode(200);
        write("elisfa-partner", "partner-NEXEM", section("Not mine", null, null, null, false))
                .statusCode(403);
        write("nexem-partner", "partner-NEXEM", section("Our part", "only work packages have these", null, null, false))
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(section("Stale", null, null, null, false))
                .put(report() + "/sections/wp-WP4")
                .then()
                .statusCode(412);
        write("nexem-partner", "wp-WP9", section("No such", null, null, null, false))
                .statusCode(404);

        as("unipso-coordinator")
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post(report() + "/submission")
                .then()
                .statusCode(409)
                .body("detail", containsString("summary"));
        ValidatableResponse submitted = as("unipso-coordinator")
                .contentType(ContentType.JSON)
                .body(Map.of("overrideReason", "The partners' sections follow in the next revision"))
                .post(report() + "/submission")
                .then()
                .statusCode(200)
                .body(
                        "status",
                        equalTo("SUBMITTED"),
                        "submittedAt",
                        equalTo("2026-06-15T09:00:00Z"),
                        "contentSha256",
                        matchesPattern("[0-9a-f]{64}"));
        String hash = submitted.extract().path("contentSha256");
        String content = as("ec-reviewer")
                .get(report() + "/revisions/1/content")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat("anyone may check the digest", Sha256.hex(content), equalTo(hash));
        write("unipso-coordinator", "summary", section("Too late", null, null, null, true))
                .statusCode(409);

        String code = submitted.extract().path("document.tables.deliverables[0].code");
        String title = submitted.extract().path("document.tables.deliverables[0].title");
        retitle(code, "Renamed after the submission");
        try {
            as("ec-reviewer")
                    .get(report() + "/revisions/1")
                    .then()
                    .statusCode(200)
                    .body("document.tables.deliverables[0].title", equalTo(title), "contentSha256", equalTo(hash));
            assertThat(
                    as("ec-reviewer")
                            .get(report() + "/revisions/1/content")
                            .then()
                            .extract()
                            .asString(),
                    equalTo(content));
        } finally {
            retitle(code, title);
        }

        as("ec-reviewer")
                .contentType(ContentType.JSON)
                .body(Map.of("section", "wp-WP4", "text", "Please give the number of participants per training."))
                .post(report() + "/comments")
                .then()
                .statusCode(201)
                .body("comments[0].section", equalTo("wp-WP4"));
        as("nexem-partner")
                .contentType(ContentType.JSON)
                .body(Map.of("text", "Noted"))
                .post(report() + "/comments")
                .then()
                .statusCode(403);
        as("ec-reviewer")
                .contentType(ContentType.JSON)
                .body(Map.of("section", "wp-WP77", "text", "?"))
                .post(report() + "/comments")
                .then()
                .statusCode(400);
        as("ec-reviewer")
                .contentType(ContentType.JSON)
                .body(Map.of("decision", "CHANGES_REQUESTED"))
                .post(report() + "/decision")
                .then()
                .statusCode(400);
        as("unipso-coordinator")
                .contentType(ContentType.JSON)
                .body(Map.of("decision", "ACCEPTED", "comment", "Fine by me"))
                .post(report() + "/decision")
                .then()
                .statusCode(403);
        as("ec-reviewer")
                .contentType(ContentType.JSON)
                .body(Map.of("decision", "CHANGES_REQUESTED", "comment", "The partners' sections are missing."))
                .post(report() + "/decision")
                .then()
                .statusCode(200)
                .body("status", equalTo("CHANGES_REQUESTED"));
        as("ec-reviewer")
                .contentType(ContentType.JSON)
                .body(Map.of("decision", "ACCEPTED", "comment", "Changed my mind"))
                .post(report() + "/decision")
                .then()
                .statusCode(409);

        ValidatableResponse second = as("unipso-coordinator")
                .post(report() + "/revisions")
                .then()
                .statusCode(201)
                .header("Location", containsString("/report/revisions/2"))
                .body(
                        "status",
                        equalTo("DRAFT"),
                        "document.revision",
                        equalTo(2),
                        "document.sections.find { it.key == 'wp-WP4' }.progress",
                        equalTo("Four national trainings prepared"),
                        "document.sections.find { it.key == 'wp-WP4' }.ready",
                        equalTo(false));
        as("unipso-coordinator").post(report() + "/revisions").then().statusCode(409);
        as("ec-reviewer").get(report()).then().statusCode(200).body("document.revision", equalTo(1));
        as("ec-reviewer").get(report() + "/revisions/2").then().statusCode(404);

        List<String> all = second.extract().path("document.sections.key");
        for (String key : all) {
            write("unipso-coordinator", key, section("Written for revision 2: " + key, null, null, null, true))
                    .statusCode(200);
        }
        as("unipso-coordinator")
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post(report() + "/submission")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"), "overrideReason", equalTo(null));
        as("ec-reviewer")
                .contentType(ContentType.JSON)
                .body(Map.of("decision", "ACCEPTED", "comment", "Thank you, complete and clear."))
                .post(report() + "/decision")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"));

        as("ec-reviewer")
                .get(report() + "/revisions")
                .then()
                .statusCode(200)
                .body("revision", equalTo(List.of(2, 1)), "status", equalTo(List.of("ACCEPTED", "CHANGES_REQUESTED")));
        as("unipso-coordinator")
                .get("/api/projects/" + foresee + "/deadlines?from=2022-04-01&to=2022-04-01")
                .then()
                .statusCode(200)
                .body(
                        "items.find { it.code == 'RP1' }.done",
                        equalTo(true),
                        "items.find { it.code == 'RP1' }.state",
                        equalTo("SUBMITTED"));
        List<String> seenByReviewer = as("ec-reviewer")
                .get("/api/projects/" + foresee + "/activity?size=200")
                .then()
                .statusCode(200)
                .extract()
                .path("items.action");
        assertThat(seenByReviewer, hasItems("REPORT_SUBMITTED", "REPORT_CHANGES_REQUESTED", "REPORT_ACCEPTED"));
        assertThat("no draft's history for the funder", seenByReviewer, not(hasItem("REPORT_SECTION_WRITTEN")));
        List<String> seenByCoordinator = as("unipso-coordinator")
                .get("/api/projects/" + foresee + "/activity?size=200")
                .then()
                .statusCode(200)
                .extract()
                .path("items.action");
        assertThat(seenByCoordinator, hasItems("REPORT_CREATED", "REPORT_SECTION_WRITTEN", "REPORT_REVISION_OPENED"));

        theReviewerDownloadsTheAcceptedReportAsAPdf();
    }

    private void theReviewerDownloadsTheAcceptedReportAsAPdf() {
        byte[] pdf = as("ec-reviewer")
                .header("Accept-Language", "en-GB")
                .get(report() + "/pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString(foresee + "-report-P1-r2.pdf"))
                .extract()
                .asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Pictures of the title page, the contents and the first section, for docs/.
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
            org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                javax.imageio.ImageIO.write(
                        renderer.renderImageWithDPI(page, 60),
                        "png",
                        java.nio.file.Path.of("target", "screenshots", "report-pdf-page-" + (page + 1) + ".png")
                                .toFile());
            }
            String text = new PDFTextStripper().getText(document);
            assertThat(text, containsString("Progress report – period 1"));
            assertThat(text, containsString("VS/2021/0054"));
            assertThat(text, containsString("Written for revision 2: wp-WP4"));
            assertThat(text, containsString("Deliverables due in or before the period"));
            assertThat("page numbers", text, containsString("2 / " + document.getNumberOfPages()));
            assertThat(document.getNumberOfPages(), org.hamcrest.Matchers.greaterThan(3));
            assertThat(document.getDocumentCatalog().getDocumentOutline(), org.hamcrest.Matchers.notNullValue());
            List<String> fonts = new java.util.ArrayList<>();
            for (var name : document.getPage(1).getResources().getFontNames()) {
                fonts.add(document.getPage(1).getResources().getFont(name).getName());
            }
            assertThat("the bundled font, embedded", fonts, hasItem(containsString("DejaVuSans")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        byte[] french = as("ec-reviewer")
                .header("Accept-Language", "fr-FR")
                .get(report() + "/pdf?revision=1")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (PDDocument document = Loader.loadPDF(french)) {
            assertThat(new PDFTextStripper().getText(document), containsString("Rapport d'avancement – période 1"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aPeriodWithAReportCannotBeRemovedFromThePlan() {
        String acronym = Fixtures.unique("P");
        as("admin")
                .contentType(ContentType.JSON)
                .body(PlanBuilder.consortium(
                                acronym, Fixtures.unique("ORG"), Fixtures.unique("ORG"), Fixtures.unique("ORG"))
                        .build())
                .post("/api/projects/import")
                .then()
                .statusCode(201);
        String project = "/api/projects/" + acronym;
        as("admin").post(project + "/reporting-periods/2/report").then().statusCode(201);
        Map<String, Object> plan = new HashMap<>(as("admin")
                .get(project + "/export")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap(""));
        plan.put("reportingPeriods", List.of(Map.of("number", 1, "startMonth", 1, "endMonth", 24)));
        as("admin")
                .contentType(ContentType.JSON)
                .body(plan)
                .post("/api/projects/import")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("reporting period 2 has a periodic report"));
        as("admin").get(project + "/reporting-periods/2").then().statusCode(200);
    }

    @Test
    void readingADraftCostsTheSameStatementsWhateverTheSizeOfThePlan() {
        DemoPartnersProject small = DemoPartnersProject.create();
        DemoPartnersProject large = DemoPartnersProject.create();
        for (int wp = 2; wp <= 6; wp++) {
            as("unipso-coordinator")
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "number",
                            "WP" + wp,
                            "title",
                            "Work package " + wp,
                            "lead",
                            wp % 2 == 0 ? "ELISFA" : "NEXEM",
                            "startMonth",
                            1,
                            "endMonth",
                            24))
                    .post("/api/projects/" + large.acronym() + "/work-packages")
                    .then()
                    .statusCode(201);
        }
        for (int i = 1; i <= 30; i++) {
            Map<String, Object> body = Fixtures.deliverableBody("D9." + i, i % 2 == 0 ? "ELISFA" : "NEXEM", 1 + i % 20);
            body.put("workPackage", "WP" + (2 + i % 5));
            as("unipso-coordinator")
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/projects/" + large.acronym() + "/deliverables")
                    .then()
                    .statusCode(201);
        }
        long smallCost = costOfReading(small);
        long largeCost = costOfReading(large);
        assertThat(
                "statements to read the draft, 3 vs 33 deliverables and 1 vs 6 work packages",
                largeCost,
                equalTo(smallCost));
    }

    private long costOfReading(DemoPartnersProject project) {
        String report = "/api/projects/" + project.acronym() + "/reporting-periods/1/report";
        as("unipso-coordinator")
                .contentType(ContentType.JSON)
                .body(Map.of("startMonth", 1, "endMonth", 24))
                .post("/api/projects/" + project.acronym() + "/reporting-periods")
                .then()
                .statusCode(201);
        as("unipso-coordinator").post(report).then().statusCode(201);
        as("nexem-partner").get(report).then().statusCode(200);
        return SqlStatements.during(
                sessionFactory, () -> as("nexem-partner").get(report).then().statusCode(200));
    }

    private static io.restassured.specification.RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user));
    }

    private static ValidatableResponse write(String user, String key, Map<String, Object> section) {
        return as(user).contentType(ContentType.JSON)
                .body(section)
                .put(report() + "/sections/" + key)
                .then();
    }

    private static Map<String, Object> section(
            String progress, String achievements, String deviations, String corrective, boolean ready) {
        Map<String, Object> body = new HashMap<>();
        body.put("progress", progress);
        body.put("achievements", achievements);
        body.put("deviations", deviations);
        body.put("correctiveActions", corrective);
        body.put("ready", ready);
        return body;
    }

    private static void retitle(String code, String title) {
        String path = "/api/projects/" + foresee + "/deliverables/" + code;
        Map<String, Object> body = DemoConsortium.unchanged(path, "workflow", "status");
        body.put("title", title);
        as("admin").contentType(ContentType.JSON).body(body).put(path).then().statusCode(200);
    }
}
