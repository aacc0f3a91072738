package org.consortia.attendance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.consortia.common.Sha256;
import org.consortia.testsupport.DemoPartnersProject;
import org.consortia.testsupport.MinimalPdf;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The evidence of an event: each day's signature sheet, the check-in and the walk-ins, the closing of the attendance,
 * and the scanned signed sheets, which the funder reads once chosen for it and the deliverable submitted.
 */
@QuarkusTest
class EvidenceTest {

    private static final String TRAINING = DemoPartnersProject.TRAINING;

    @Test
    void aDaysSignatureSheetListsThoseWhoComeInPersonThenBlankLines() throws IOException {
        DemoPartnersProject project = DemoPartnersProject.create().withTraining("HYBRID", List.of());
        add(project, person("Ana Exemplo", "RO", "IN_PERSON"));
        add(project, person("Bogdan Inventat", "BE", "IN_PERSON"));
        add(project, person("Claire Enligne", "FR", "ONLINE"));

        byte[] pdf = as("nexem-partner")
                .queryParam("blank", 3)
                .get(attendance(project) + "/2026-07-10/signature-sheet")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        String text = text(pdf);
        for (String expected : List.of(
                "Attendance sheet",
                "With the support of European Commission – DG EMPL",
                "D1.1 – Training on social dialogue – Lisbon",
                "Day 2 of 2",
                "Centro de Congressos, Lisboa (PT)",
                "Project " + project.acronym(),
                "Ana Exemplo",
                "Exemplo Union",
                "Bogdan Inventat",
                "Signature")) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
        assertFalse(text.contains("Claire Enligne"), "who takes part online signs no sheet");
        assertTrue(text.contains("5"), "two names and three blank lines are numbered 1 to 5");
        assertFalse(text.contains("\n6 "), "no sixth line");

        as("nexem-partner")
                .queryParam("blank", -1)
                .get(attendance(project) + "/2026-07-10/signature-sheet")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        for (String notADay : List.of("2026-07-11", "yesterday", "2026-02-30")) {
            as("nexem-partner")
                    .get(attendance(project) + "/" + notADay + "/signature-sheet")
                    .then()
                    .statusCode(404);
        }
        for (String outsider : List.of("elisfa-partner", "ec-reviewer")) {
            as(outsider)
                    .get(attendance(project) + "/2026-07-09/signature-sheet")
                    .then()
                    .statusCode(403);
        }
    }

    @Test
    void anEuGrantsSheetSaysItIsCoFundedByTheEuropeanUnion() throws IOException {
        byte[] pdf = as("unipso-coordinator")
                .get("/api/projects/FORESEE/events/D4.5/attendance/2022-05-20/signature-sheet")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        String text = text(pdf);
        for (String expected : List.of("Co-funded by the European Union", "VS/2021/0054", "Day 2 of 2: 20 May 2022")) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
    }

    @Test
    void theOrganisersCheckPeopleInDayByDayAndAddWalkIns() {
        DemoPartnersProject project = DemoPartnersProject.create().withTraining("IN_PERSON", List.of("ELISFA"));
        long ana = add(project, person("Ana Exemplo", "RO", "IN_PERSON"));

        as("elisfa-partner")
                .put(attendance(project) + "/2026-07-09/present/" + ana)
                .then()
                .statusCode(200)
                .body("daysAttended", contains("2026-07-09"));
        as("nexem-partner")
                .put(attendance(project) + "/2026-07-10/present/" + ana)
                .then()
                .statusCode(200)
                .body("daysAttended", contains("2026-07-09", "2026-07-10"));
        int version = as("nexem-partner")
                .put(attendance(project) + "/2026-07-10/present/" + ana)
                .then()
                .statusCode(200)
                .body("daysAttended", contains("2026-07-09", "2026-07-10"))
                .extract()
                .path("version");
        as("nexem-partner")
                .delete(attendance(project) + "/2026-07-09/present/" + ana)
                .then()
                .statusCode(200)
                .body("daysAttended", contains("2026-07-10"), "version", equalTo(version + 1));

        Map<String, Object> walkIn = person("Dora Spontan", "PT", "ONLINE");
        as("nexem-partner")
                .contentType(ContentType.JSON)
                .body(walkIn)
                .post(attendance(project) + "/2026-07-10/walk-ins")
                .then()
                .statusCode(201)
                .body(
                        "source", equalTo("WALK_IN"),
                        "presence", equalTo("IN_PERSON"),
                        "daysAttended", contains("2026-07-10"));
        walkIn.put("processingConsent", false);
        walkIn.put("email", "other@example.org");
        as("nexem-partner")
                .contentType(ContentType.JSON)
                .body(walkIn)
                .post(attendance(project) + "/2026-07-10/walk-ins")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("processingConsent"));

        as("nexem-partner")
                .get(project.event(TRAINING) + "/breakdown")
                .then()
                .body("days.value", contains("2026-07-10"), "days.participants", contains(2));
        as("nexem-partner")
                .put(attendance(project) + "/2026-07-11/present/" + ana)
                .then()
                .statusCode(404);
        as("nexem-partner")
                .put(attendance(project) + "/2026-07-09/present/999999999")
                .then()
                .statusCode(404);
        DemoPartnersProject other = DemoPartnersProject.create().withTraining("IN_PERSON", List.of());
        as("nexem-partner")
                .put(attendance(other) + "/2026-07-09/present/" + ana)
                .then()
                .statusCode(404);
        for (String outsider : List.of("ec-reviewer")) {
            as(outsider)
                    .put(attendance(project) + "/2026-07-09/present/" + ana)
                    .then()
                    .statusCode(403);
            as(outsider)
                    .contentType(ContentType.JSON)
                    .body(person("Eve Outsider", "PT", "IN_PERSON"))
                    .post(attendance(project) + "/2026-07-09/walk-ins")
                    .then()
                    .statusCode(403);
        }
        as("nexem-partner")
                .get("/api/projects/" + project.acronym() + "/activity")
                .then()
                .statusCode(200)
                .body("items.action", hasItem("PARTICIPANT_CHECKED_IN"))
                .body(not(containsString("Ana Exemplo")));
    }

    @Test
    void aClosedAttendanceTakesNoMoreCheckInUntilReopened() {
        DemoPartnersProject project = DemoPartnersProject.create().withTraining("IN_PERSON", List.of());
        long ana = add(project, person("Ana Exemplo", "RO", "IN_PERSON"));
        as("nexem-partner")
                .get(attendance(project))
                .then()
                .statusCode(200)
                .body("days", contains("2026-07-09", "2026-07-10"), "closedAt", nullValue());

        as("nexem-partner")
                .post(attendance(project) + "/close")
                .then()
                .statusCode(200)
                .body("closedAt", notNullValue(), "closedBy", equalTo("nexem-partner"));
        as("nexem-partner")
                .post(attendance(project) + "/close")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        as("nexem-partner")
                .put(attendance(project) + "/2026-07-09/present/" + ana)
                .then()
                .statusCode(409);
        as("nexem-partner")
                .contentType(ContentType.JSON)
                .body(person("Dora Spontan", "PT", "IN_PERSON"))
                .post(attendance(project) + "/2026-07-09/walk-ins")
                .then()
                .statusCode(409);
        as("elisfa-partner").post(attendance(project) + "/reopen").then().statusCode(403);

        as("unipso-coordinator")
                .post(attendance(project) + "/reopen")
                .then()
                .statusCode(200)
                .body("closedAt", nullValue());
        as("unipso-coordinator").post(attendance(project) + "/reopen").then().statusCode(409);
        as("nexem-partner")
                .put(attendance(project) + "/2026-07-09/present/" + ana)
                .then()
                .statusCode(200);
    }

    @Test
    void signedSheetsAreVersionedHashedAndReadByTheFunderOnceChosenAndSubmitted() {
        DemoPartnersProject project = DemoPartnersProject.create().withTraining("IN_PERSON", List.of());
        String sheets = project.event(TRAINING) + "/signed-sheets";
        byte[] scan = MinimalPdf.bytes();
        long first = upload(project, "2026-07-09", "day-1.pdf", scan)
                .then()
                .statusCode(201)
                .body("number", equalTo(1), "day", equalTo("2026-07-09"), "mediaType", equalTo("application/pdf"))
                .body("sha256", equalTo(Sha256.hex(scan)))
                .extract()
                .jsonPath()
                .getLong("id");
        long second = upload(project, "2026-07-09", "day-1-again.pdf", scan)
                .then()
                .statusCode(201)
                .body("number", equalTo(2))
                .extract()
                .jsonPath()
                .getLong("id");
        upload(project, "2026-07-10", "day-2.pdf", scan).then().statusCode(201).body("number", equalTo(1));
        upload(project, "2026-07-10", "notes.txt", "just text".getBytes(StandardCharsets.UTF_8))
                .then()
                .statusCode(415);
        upload(project, "2026-07-12", "day-4.pdf", scan).then().statusCode(404);
        as("nexem-partner")
                .get(sheets)
                .then()
                .statusCode(200)
                .body("total", equalTo(3), "items.number", contains(2, 1, 1));
        as("elisfa-partner").get(sheets).then().statusCode(403);
        as("elisfa-partner").get(sheets + "/" + first + "/content").then().statusCode(403);

        as("nexem-partner")
                .put(sheets + "/" + first + "/for-funder")
                .then()
                .statusCode(200)
                .body("forFunder", equalTo(true));
        as("ec-reviewer").get(sheets).then().statusCode(200).body("items", empty());
        as("ec-reviewer").get(sheets + "/" + first + "/content").then().statusCode(404);

        project.submit(TRAINING);
        as("ec-reviewer").get(sheets).then().statusCode(200).body("total", equalTo(1), "items[0].id", equalTo((int)
                first));
        byte[] read = as("ec-reviewer")
                .get(sheets + "/" + first + "/content")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Cache-Control", "private, no-store")
                .extract()
                .asByteArray();
        assertArrayEquals(scan, read);
        as("ec-reviewer").get(sheets + "/" + second + "/content").then().statusCode(404);
        as("ec-reviewer").get(sheets + "/" + second).then().statusCode(404);
        as("ec-reviewer").put(sheets + "/" + first + "/for-funder").then().statusCode(403);

        as("nexem-partner").delete(sheets + "/" + first + "/for-funder").then().statusCode(409);
        as("nexem-partner").put(sheets + "/" + second + "/for-funder").then().statusCode(409);
        as("nexem-partner").delete(sheets + "/" + first).then().statusCode(409);
        as("nexem-partner").delete(sheets + "/" + second).then().statusCode(204);
        as("nexem-partner").get(sheets).then().body("total", equalTo(2));
        assertEquals(
                1, as("ec-reviewer").get(sheets).then().extract().jsonPath().getInt("total"));
    }

    @Test
    void anEventWithSignedSheetsOrAnswersButNoListKeepsItsDetails() {
        DemoPartnersProject project = DemoPartnersProject.create().withTraining("IN_PERSON", List.of());
        upload(project, "2026-07-09", "day-1.pdf", MinimalPdf.bytes()).then().statusCode(201);
        Map<String, Object> study = new HashMap<>(as("unipso-coordinator")
                .get(project.api(TRAINING))
                .then()
                .extract()
                .jsonPath()
                .getMap(""));
        study.put("event", null);
        as("unipso-coordinator")
                .contentType(ContentType.JSON)
                .body(study)
                .put(project.api(TRAINING))
                .then()
                .statusCode(409)
                .body("errors.field", hasItem("event"), "errors.message", hasItem(containsString("signed sheets")));
        as("unipso-coordinator").delete(project.api(TRAINING)).then().statusCode(409);

        DemoPartnersProject answered = DemoPartnersProject.create().withTraining("IN_PERSON", List.of());
        as("nexem-partner")
                .contentType(ContentType.JSON)
                .body(Map.of("scores", List.of(4)))
                .post(answered.event(TRAINING) + "/survey/answers")
                .then()
                .statusCode(201);
        as("unipso-coordinator").delete(answered.api(TRAINING)).then().statusCode(409);
    }

    private static Response upload(DemoPartnersProject project, String day, String name, byte[] bytes) {
        return as("nexem-partner")
                .contentType("application/octet-stream")
                .queryParam("day", day)
                .queryParam("name", name)
                .body(bytes)
                .post(project.event(TRAINING) + "/signed-sheets");
    }

    private static long add(DemoPartnersProject project, Map<String, Object> person) {
        return as("nexem-partner")
                .contentType(ContentType.JSON)
                .body(person)
                .post(project.event(TRAINING) + "/participants")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** Someone obviously invented, consenting to the processing of their data. */
    private static Map<String, Object> person(String name, String country, String presence) {
        Map<String, Object> person = new HashMap<>();
        person.put("name", name);
        person.put("email", name.toLowerCase().replace(' ', '.') + "@example.org");
        person.put("organisation", name.split(" ")[1] + " Union");
        person.put("organisationType", "TRADE_UNION");
        person.put("country", country);
        person.put("presence", presence);
        person.put("processingConsent", true);
        return person;
    }

    private static String attendance(DemoPartnersProject project) {
        return project.event(TRAINING) + "/attendance";
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user));
    }
}
