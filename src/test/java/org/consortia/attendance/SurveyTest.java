package org.consortia.attendance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consortia.notification.MailSender;
import org.consortia.testsupport.DemoPartnersProject;
import org.consortia.testsupport.GreenMailResource;
import org.consortia.testsupport.PageSession;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An event's evaluation survey: closing the attendance mails a one-time link to each person who attended; their
 * answers are counted by question and score, tied to nobody; everyone who sees the event reads the results, its
 * organisers the comments.
 */
@QuarkusTest
class SurveyTest {

    private static final Pattern LINK = Pattern.compile("/survey/([A-Za-z0-9_-]{43})");

    @Inject
    MailSender sender;

    private DemoPartnersProject project;

    @BeforeEach
    void aTrainingWithThreePeopleOnItsList() {
        project = DemoPartnersProject.create().withTraining("IN_PERSON", List.of());
        add("Ana Exemplo", address("ana.survey"), List.of("2026-07-09"));
        add("Bogdan Noaddress", null, List.of("2026-07-09", "2026-07-10"));
        add("Claire Absent", address("claire.survey"), List.of());
    }

    @Test
    void whoAttendedAnswersOnceAnonymouslyAndEveryoneReadsTheResults() {
        close();
        as("elisfa-partner")
                .get(survey())
                .then()
                .statusCode(200)
                .body(
                        "invited",
                        equalTo(1),
                        "answers",
                        equalTo(0),
                        "questions.standard",
                        contains("USEFUL", "CONTENT", "ORGANISATION", "EXCHANGE"));
        String token = token(address("ana.survey"));
        assertTrue(GreenMailResource.mailsTo(address("claire.survey")).isEmpty(), "who did not attend is not asked");

        given().get("/survey/" + token)
                .then()
                .statusCode(200)
                .body(
                        containsString("How useful was the event for your work?"),
                        containsString("type=\"radio\""),
                        not(containsString("Ana Exemplo")));
        given().contentType(ContentType.URLENC)
                .formParam("score1", "9")
                .post("/survey/" + token)
                .then()
                .statusCode(400)
                .body(containsString("a score from 1 to 5"));
        given().contentType(ContentType.URLENC)
                .formParam("score1", "5")
                .formParam("comment", "C".repeat(2001))
                .post("/survey/" + token)
                .then()
                .statusCode(400);
        given().contentType(ContentType.URLENC)
                .formParam("score1", "5")
                .formParam("score2", "4")
                .formParam("score4", "3")
                .formParam("comment", "<script>alert(1)</script> More workshops")
                .post("/survey/" + token)
                .then()
                .statusCode(200)
                .body(containsString("your answers are recorded"));
        given().contentType(ContentType.URLENC)
                .formParam("score1", "1")
                .post("/survey/" + token)
                .then()
                .statusCode(404);
        given().get("/survey/" + token).then().statusCode(404);

        for (String reader : List.of("elisfa-partner", "ec-reviewer", "nexem-partner")) {
            as(reader)
                    .get(survey())
                    .then()
                    .statusCode(200)
                    .body(
                            "answers", equalTo(1),
                            "questions[0].average", equalTo(5.0f),
                            "questions[0].counts", contains(0, 0, 0, 0, 1),
                            "questions[2].answers", equalTo(0),
                            "questions[2].average", nullValue(),
                            "questions[3].counts", contains(0, 0, 1, 0, 0))
                    .body(not(containsString("More workshops")), not(containsString("Ana")));
        }
        as("nexem-partner")
                .get(survey() + "/comments")
                .then()
                .statusCode(200)
                .body("items", contains("<script>alert(1)</script> More workshops"));
        as("elisfa-partner").get(survey() + "/comments").then().statusCode(403);
        as("ec-reviewer").get(survey() + "/comments").then().statusCode(403);
        PageSession.of("nexem-partner")
                .given()
                .get("/projects/" + project.acronym() + "/events/D1.1")
                .then()
                .body(
                        containsString("1 answer(s); 1 participant(s) invited by mail."),
                        containsString("&lt;script&gt;alert(1)&lt;/script&gt; More workshops"),
                        not(containsString("<script>alert(1)")));
        PageSession.of("ec-reviewer")
                .given()
                .get("/projects/" + project.acronym() + "/events/D1.1")
                .then()
                .statusCode(200)
                .body(containsString("How useful was the event for your work?"), not(containsString("More workshops")));
    }

    @Test
    void closingAgainInvitesOnlyThoseNotInvitedYet() {
        close();
        as("nexem-partner")
                .post(project.event("D1.1") + "/attendance/reopen")
                .then()
                .statusCode(200);
        add("Dora Late", address("dora.survey"), List.of("2026-07-10"));
        close();
        as("nexem-partner").get(survey()).then().body("invited", equalTo(2));
        sender.sendDue();
        assertEquals(1, GreenMailResource.mailsTo(address("ana.survey")).size());
        assertEquals(1, GreenMailResource.mailsTo(address("dora.survey")).size());
    }

    @Test
    void theOrganisersWriteTheirQuestionsUntilSomeoneAnswersAndEnterPaperForms() {
        as("nexem-partner")
                .contentType(ContentType.JSON)
                .body(Map.of("questions", List.of("  Was the venue accessible?  ", "Would you come again?")))
                .put(survey() + "/questions")
                .then()
                .statusCode(200)
                .body("text", contains("Was the venue accessible?", "Would you come again?"));
        List<String> six = new ArrayList<>(List.of("a", "b", "c", "d", "e", "f"));
        as("nexem-partner")
                .contentType(ContentType.JSON)
                .body(Map.of("questions", six))
                .put(survey() + "/questions")
                .then()
                .statusCode(400);
        as("nexem-partner")
                .contentType(ContentType.JSON)
                .body(Map.of("questions", List.of("Fine?", " ")))
                .put(survey() + "/questions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("questions[1]"));
        as("elisfa-partner")
                .contentType(ContentType.JSON)
                .body(Map.of("questions", List.of("Mine?")))
                .put(survey() + "/questions")
                .then()
                .statusCode(403);

        as("nexem-partner")
                .contentType(ContentType.JSON)
                .body(Map.of("scores", List.of(4, 6)))
                .post(survey() + "/answers")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("score2"));
        as("nexem-partner")
                .contentType(ContentType.JSON)
                .body(Map.of("scores", List.of(4, 5, 3)))
                .post(survey() + "/answers")
                .then()
                .statusCode(400);
        Map<String, Object> paper = new HashMap<>();
        paper.put("scores", Arrays.asList(4, null));
        paper.put("comment", "Written on paper");
        as("nexem-partner")
                .contentType(ContentType.JSON)
                .body(paper)
                .post(survey() + "/answers")
                .then()
                .statusCode(201)
                .body("answers", equalTo(1), "questions[0].average", equalTo(4.0f), "questions[1].answers", equalTo(0));
        as("ec-reviewer")
                .contentType(ContentType.JSON)
                .body(paper)
                .post(survey() + "/answers")
                .then()
                .statusCode(403);
        as("nexem-partner")
                .contentType(ContentType.JSON)
                .body(Map.of("questions", List.of("Changed?")))
                .put(survey() + "/questions")
                .then()
                .statusCode(409);
    }

    private void close() {
        as("nexem-partner")
                .post(project.event("D1.1") + "/attendance/close")
                .then()
                .statusCode(200);
    }

    private void add(String name, String email, List<String> days) {
        Map<String, Object> person = new HashMap<>();
        person.put("name", name);
        person.put("email", email);
        person.put("organisationType", "NGO");
        person.put("daysAttended", days);
        person.put("processingConsent", true);
        as("nexem-partner")
                .contentType(ContentType.JSON)
                .body(person)
                .post(project.event("D1.1") + "/participants")
                .then()
                .statusCode(201);
    }

    private String token(String address) {
        sender.sendDue();
        for (int waited = 0; waited < 40 && GreenMailResource.mailsTo(address).isEmpty(); waited++) {
            GreenMailResource.mailbox().waitForIncomingEmail(250, 1);
        }
        MimeMessage mail = GreenMailResource.mailsTo(address).get(0);
        try {
            assertEquals("[" + project.acronym() + "] How was the event?: D1.1", mail.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
        Matcher link = LINK.matcher(GreenMailResource.text(mail));
        assertTrue(link.find(), "a survey link in the mail");
        return link.group(1);
    }

    /** An address of this test's project only: each test reads its own mails. */
    private String address(String local) {
        return local + "." + project.acronym().toLowerCase() + "@example.org";
    }

    private String survey() {
        return project.event("D1.1") + "/survey";
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user));
    }
}
