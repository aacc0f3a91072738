package org.consortia.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.consortia.testsupport.DemoConsortium;
import org.consortia.testsupport.Fixtures;
import org.consortia.testsupport.GreenMailResource;
import org.consortia.testsupport.MinimalPdf;
import org.consortia.testsupport.PageSession;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The funder's side reads every output of a project and finds each obligation, never the consortium's internal
 * content. A unique marker is written into each piece of internal content (a comment kept within the consortium, a
 * draft's file name, an internal step's comment, the comment given with a submission); then every output the
 * reviewer reads is read as the reviewer (JSON, pages, CSV, XLSX, the plan export, the calendar feed, the mails) and
 * none may hold a marker, while the overdue draft must be there.
 */
@QuarkusTest
class FunderSeesNoInternalContentTest {

    private static final String SUBMITTED = "D1.1";
    private static final String OVERDUE_DRAFT = "D1.2";

    @Inject
    MailSender sender;

    private String acronym;
    private Map<String, String> markers;

    @BeforeEach
    void aSubmissionWithInternalContentAndAnOverdueDraft() {
        DemoConsortium.load();
        given().auth().oauth2(Tokens.of("ec-reviewer")).get("/api/me").then().statusCode(200);
        acronym = Fixtures.unique("F");
        markers = new LinkedHashMap<>();
        for (String piece : List.of("consortium-comment", "draft-file", "internal-step", "submission-comment")) {
            markers.put(piece, Fixtures.unique("MARK").toLowerCase());
        }
        importPlan();

        move("nexem-partner", SUBMITTED, Map.of("to", "IN_PROGRESS"));
        upload(SUBMITTED, markers.get("draft-file") + ".pdf");
        comment("nexem-partner", SUBMITTED, markers.get("consortium-comment"));
        move("nexem-partner", SUBMITTED, Map.of("to", "IN_INTERNAL_REVIEW"));
        move(
                "unipso-coordinator",
                SUBMITTED,
                Map.of("to", "CHANGES_REQUESTED", "comment", markers.get("internal-step")));
        int finalVersion = upload(SUBMITTED, "final-report.pdf");
        move("nexem-partner", SUBMITTED, Map.of("to", "IN_INTERNAL_REVIEW"));
        move("unipso-coordinator", SUBMITTED, Map.of("to", "APPROVED"));
        move(
                "unipso-coordinator",
                SUBMITTED,
                Map.of("to", "SUBMITTED", "version", finalVersion, "comment", markers.get("submission-comment")));

        move("nexem-partner", OVERDUE_DRAFT, Map.of("to", "IN_PROGRESS"));
        comment("nexem-partner", OVERDUE_DRAFT, markers.get("consortium-comment"));
    }

    @Test
    void theApiShowsEveryObligationInTheFundersWordsAndNoInternalContent() {
        String list = read("/api/projects/" + acronym + "/deliverables");
        given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .get("/api/projects/" + acronym + "/deliverables/" + OVERDUE_DRAFT)
                .then()
                .statusCode(200)
                .body("overdue", equalTo(true))
                .body("funderStatus", equalTo("NOT_SUBMITTED"))
                .body("status", nullValue());
        assertThat(list, containsString("\"" + OVERDUE_DRAFT + "\""));
        given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .get("/api/projects/" + acronym + "/deliverables?status=NOT_SUBMITTED")
                .then()
                .statusCode(200)
                .body("items.code", hasItem(OVERDUE_DRAFT))
                .body("items.code", not(hasItem(SUBMITTED)));
        given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .get("/api/projects/" + acronym + "/deliverables?status=IN_PROGRESS")
                .then()
                .statusCode(400);

        List<String> outputs = new ArrayList<>(List.of(
                list,
                read("/api/projects/" + acronym + "/deliverables/" + SUBMITTED),
                read("/api/projects/" + acronym + "/deliverables/" + OVERDUE_DRAFT),
                read("/api/projects/" + acronym + "/deliverables/" + SUBMITTED + "/comments"),
                read("/api/projects/" + acronym + "/deliverables/" + OVERDUE_DRAFT + "/comments"),
                read("/api/projects/" + acronym + "/deliverables/" + SUBMITTED + "/files"),
                read("/api/projects/" + acronym + "/deliverables/" + SUBMITTED + "/history"),
                read("/api/projects/" + acronym + "/activity"),
                read("/api/projects/" + acronym + "/deadlines"),
                read("/api/projects/" + acronym + "/export"),
                read("/api/me/notifications")));
        outputs.forEach(this::assertNoMarker);
        assertThat(String.join("\n", outputs), not(containsString("IN_PROGRESS")));
    }

    @Test
    void thePagesShowTheOverdueDraftAndNoInternalContent() {
        PageSession reviewer = PageSession.of("ec-reviewer");
        List<String> pages = List.of(
                "/",
                "/projects/" + acronym,
                "/projects/" + acronym + "/review",
                "/projects/" + acronym + "/partners/NEXEM",
                "/projects/" + acronym + "/deliverables/" + SUBMITTED,
                "/projects/" + acronym + "/deliverables/" + OVERDUE_DRAFT,
                "/notifications");
        for (String page : pages) {
            String html =
                    reviewer.given().get(page).then().statusCode(200).extract().asString();
            assertNoMarker(html);
            assertThat(page, html, not(containsString("In progress")));
            assertThat(page, html, not(containsString("In internal review")));
        }
        String status =
                reviewer.given().get("/projects/" + acronym).then().extract().asString();
        assertThat(status, containsString(OVERDUE_DRAFT));
        assertThat(status, containsString("Not submitted"));
    }

    @Test
    void theExportsAndTheCalendarFeedHoldTheOverdueDraftAndNoInternalContent() throws IOException {
        String csv = read("/api/projects/" + acronym + "/exports/deliverables.csv");
        assertNoMarker(csv);
        assertThat(csv, containsString(OVERDUE_DRAFT));
        assertThat(csv, containsString("Not submitted"));
        assertThat(csv, not(containsString("In progress")));
        assertNoMarker(read("/api/projects/" + acronym + "/exports/events.csv"));

        byte[] workbook = given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .get("/api/projects/" + acronym + "/exports/deliverables.xlsx")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(workbook));
                XSSFExcelExtractor text = new XSSFExcelExtractor(xlsx)) {
            assertNoMarker(text.getText());
            assertThat(text.getText(), containsString(OVERDUE_DRAFT));
            assertThat(text.getText(), not(containsString("In progress")));
        }

        String feed = given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .post("/api/me/calendar")
                .then()
                .statusCode(201)
                .extract()
                .path("url");
        String calendar = given().get(
                        URI.create(feed.replace(".ics", "/" + acronym + ".ics")).getPath())
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertNoMarker(calendar);
        assertThat(calendar, containsString(OVERDUE_DRAFT));
    }

    @Test
    void theSubmittedReportHoldsNoInternalAnnexInItsJsonPageOrPdf() throws IOException {
        String report = "/api/projects/" + acronym + "/reporting-periods/1/report";
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .post(report)
                .then()
                .statusCode(201);
        String draft = given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .get(report)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat("the consortium's draft has its internal annex", draft, containsString(markers.get("draft-file")));
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .contentType(ContentType.JSON)
                .body(Map.of("overrideReason", "The sections follow in the next revision"))
                .post(report + "/submission")
                .then()
                .statusCode(200);

        assertNoMarker(read(report));
        assertNoMarker(read(report + "/revisions/1/content"));
        String page = PageSession.of("ec-reviewer")
                .given()
                .get("/projects/" + acronym + "/reports/1")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertNoMarker(page);
        assertThat(page, containsString(OVERDUE_DRAFT));
        byte[] pdf = given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .get(report + "/pdf")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertNoMarker(text);
            assertThat(text, containsString(OVERDUE_DRAFT));
            assertThat(text, containsString("Not submitted"));
        }
    }

    @Test
    void theMailsToTheFunderHoldNoInternalContent() throws Exception {
        sender.sendDue();
        GreenMail mailbox = GreenMailResource.mailbox();
        String subject = "[" + acronym + "] Submitted to the funder";
        for (int waited = 0;
                waited < 40 && mailsTo("project-officer@ec.example", subject).isEmpty();
                waited++) {
            mailbox.waitForIncomingEmail(250, mailbox.getReceivedMessages().length + 1);
        }
        List<String> mails = mailsTo("project-officer@ec.example", "[" + acronym + "]");
        assertThat(mails.size(), equalTo(1));
        mails.forEach(this::assertNoMarker);
    }

    @Test
    void theFunderOfForeseeSeesItsOverdueNationalEventAndFinalConference() {
        for (String code : List.of("D5.4", "D6.5")) {
            given().auth()
                    .oauth2(Tokens.of("ec-reviewer"))
                    .get("/api/projects/FORESEE/deliverables/" + code)
                    .then()
                    .statusCode(200)
                    .body("overdue", equalTo(true))
                    .body("funderStatus", equalTo("NOT_SUBMITTED"))
                    .body("status", nullValue())
                    .body("workflow.submittedAt", nullValue());
        }
        given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .get("/api/projects/FORESEE/deliverables?overdue=true&size=100")
                .then()
                .statusCode(200)
                .body("items.code", hasItem("D5.4"))
                .body("items.code", hasItem("D6.5"));
    }

    private void assertNoMarker(String output) {
        markers.forEach((piece, marker) -> assertThat(piece, output.toLowerCase(), not(containsString(marker))));
    }

    private static String read(String path) {
        return given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    private static List<String> mailsTo(String address, String subjectStart) {
        return Arrays.stream(GreenMailResource.mailbox().getReceivedMessages())
                .filter(m -> GreenMailUtil.getAddressList(recipients(m)).contains(address))
                .filter(m -> subject(m).startsWith(subjectStart))
                .map(m -> subject(m) + "\n" + GreenMailUtil.getWholeMessage(m))
                .toList();
    }

    private static jakarta.mail.Address[] recipients(Message message) {
        try {
            return message.getAllRecipients();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(Message message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void importPlan() {
        Map<String, Object> plan = Map.of(
                "project", Fixtures.projectBody(acronym),
                "partners",
                        List.of(
                                Map.of("organisation", "UNIPSO", "role", "COORDINATOR"),
                                Map.of("organisation", "NEXEM", "role", "BENEFICIARY")),
                "workPackages",
                        List.of(Map.of(
                                "number",
                                "WP1",
                                "title",
                                "Training",
                                "lead",
                                "NEXEM",
                                "startMonth",
                                1,
                                "endMonth",
                                24)),
                "deliverables",
                        List.of(
                                deliverable(SUBMITTED, "Study of the training needs", "STUDY", 20),
                                deliverable(OVERDUE_DRAFT, "National event in Greece", "NATIONAL_EVENT", 3)),
                "reportingPeriods", List.of(Map.of("number", 1, "startMonth", 1, "endMonth", 24)),
                "reviewers", List.of("ec-reviewer"));
        given().auth()
                .oauth2(Tokens.of("admin"))
                .contentType(ContentType.JSON)
                .body(plan)
                .post("/api/projects/import")
                .then()
                .statusCode(201);
    }

    private static Map<String, Object> deliverable(String code, String title, String kind, int dueMonth) {
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
                dueMonth);
    }

    private void move(String who, String code, Map<String, Object> move) {
        given().auth()
                .oauth2(Tokens.of(who))
                .contentType(ContentType.JSON)
                .body(move)
                .post("/api/projects/" + acronym + "/deliverables/" + code + "/transitions")
                .then()
                .statusCode(200);
    }

    private int upload(String code, String fileName) {
        return given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .multiPart("file", fileName, MinimalPdf.bytes(), "application/pdf")
                .post("/api/projects/" + acronym + "/deliverables/" + code + "/files")
                .then()
                .statusCode(201)
                .extract()
                .path("version");
    }

    private void comment(String who, String code, String text) {
        given().auth()
                .oauth2(Tokens.of(who))
                .contentType(ContentType.JSON)
                .body(Map.of("text", text, "visibility", "CONSORTIUM"))
                .post("/api/projects/" + acronym + "/deliverables/" + code + "/comments")
                .then()
                .statusCode(201);
    }
}
