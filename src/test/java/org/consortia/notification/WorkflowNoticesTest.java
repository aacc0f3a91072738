package org.consortia.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.consortia.testsupport.DemoConsortium;
import org.consortia.testsupport.DemoPartnersProject;
import org.consortia.testsupport.GreenMailResource;
import org.consortia.testsupport.MinimalPdf;
import org.consortia.testsupport.PageSession;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each workflow step tells the right people, in the platform and by mail through a real SMTP server,
 * and nobody else: not the one who acted, not a partner who has no part in it, not another consortium.
 */
@QuarkusTest
class WorkflowNoticesTest {

    private static final List<String> EVERYONE = List.of(
            "unipso-coordinator",
            "unipso-partner",
            "nexem-partner",
            "elisfa-partner",
            "wrzos-partner",
            "metz-coordinator",
            "ec-reviewer");

    @Inject
    MailSender sender;

    @Inject
    Clock clock;

    private DemoPartnersProject project;

    @BeforeEach
    void everyoneHasSignedInOnce() {
        DemoConsortium.load();
        EVERYONE.forEach(user ->
                given().auth().oauth2(Tokens.of(user)).get("/api/me").then().statusCode(200));
        project = DemoPartnersProject.create();
    }

    @Test
    void aTrainingFromStartToAcceptanceTellsEachStepToTheRightPeople() throws Exception {
        String code = DemoPartnersProject.TRAINING;
        move("nexem-partner", code, Map.of("to", "IN_PROGRESS"));
        int version = given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .multiPart("file", "minutes.pdf", MinimalPdf.bytes(), "application/pdf")
                .post("/api/projects/" + project.acronym() + "/deliverables/" + code + "/files")
                .then()
                .statusCode(201)
                .extract()
                .path("version");

        move("nexem-partner", code, Map.of("to", "IN_INTERNAL_REVIEW"));
        assertThat(mailsAbout("Review requested", 1), containsInAnyOrder("coordinator@unipso.example"));

        move("unipso-coordinator", code, Map.of("to", "APPROVED"));
        assertThat(mailsAbout("Approved", 1), containsInAnyOrder("staff@nexem.example"));

        move("unipso-coordinator", code, Map.of("to", "SUBMITTED", "version", version));
        assertThat(mailsAbout("Submitted to the funder", 1), containsInAnyOrder("project-officer@ec.example"));

        move("ec-reviewer", code, Map.of("to", "ACCEPTED"));
        assertThat(
                mailsAbout("Accepted by the funder", 2),
                containsInAnyOrder("coordinator@unipso.example", "staff@nexem.example"));

        assertThat(
                "no mail about this project to anyone else",
                recipientsOfProject(),
                not(hasItem(org.hamcrest.Matchers.anyOf(
                        equalTo("staff@unipso.example"),
                        equalTo("staff@elisfa.example"),
                        equalTo("staff@wrzos.example"),
                        equalTo("coordinator@metz.example")))));
    }

    @Test
    void aNoticeWaitsInThePlatformUntilItsRecipientOpensIt() {
        move("nexem-partner", DemoPartnersProject.TRAINING, Map.of("to", "IN_PROGRESS"));
        move(
                "unipso-coordinator",
                DemoPartnersProject.IN_REVIEW,
                Map.of("to", "CHANGES_REQUESTED", "comment", "Add the Portuguese results"));

        List<Map<String, Object>> notices = given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .get("/api/me/notifications")
                .then()
                .statusCode(200)
                .extract()
                .path("findAll { it.project == '" + project.acronym() + "' }");
        assertThat(notices.size(), equalTo(1));
        Map<String, Object> notice = notices.get(0);
        assertThat(notice.get("kind"), equalTo("CHANGES_REQUESTED"));
        assertThat((String) notice.get("detail"), containsString("Add the Portuguese results"));
        assertThat(notice.get("read"), equalTo(false));

        PageSession pages = PageSession.of("nexem-partner");
        pages.given()
                .get("/notifications")
                .then()
                .statusCode(200)
                .body(containsString("href=\"/notifications/" + notice.get("id") + "\""), containsString("unread)"));
        pages.given()
                .redirects()
                .follow(false)
                .get("/notifications/" + notice.get("id"))
                .then()
                .statusCode(303)
                .header("Location", containsString(project.page(DemoPartnersProject.IN_REVIEW)));
        PageSession.of("elisfa-partner")
                .given()
                .get("/notifications/" + notice.get("id"))
                .then()
                .statusCode(404);

        given().auth()
                .oauth2(Tokens.of("elisfa-partner"))
                .post("/api/me/notifications/" + notice.get("id") + "/read")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .post("/api/me/notifications/" + notice.get("id") + "/read")
                .then()
                .statusCode(200)
                .body("read", equalTo(true));
        assertThat(
                given().auth()
                        .oauth2(Tokens.of("unipso-coordinator"))
                        .get("/api/me/notifications")
                        .then()
                        .extract()
                        .path("findAll { it.project == '" + project.acronym() + "' }"),
                empty());
    }

    @Test
    void aMailWaitsWhileTheMailServerIsDownAndIsSentOnceItIsBack() throws Exception {
        GreenMailResource.stopServer();
        try {
            move("unipso-coordinator", DemoPartnersProject.IN_REVIEW, Map.of("to", "APPROVED"));
            sender.sendDue();
        } finally {
            GreenMailResource.startServer();
        }
        sender.sendDue();
        assertThat("not retried before its next attempt", received("[" + project.acronym() + "] Approved"), empty());

        // Each attempt once the server is back is a later one on the sender's clock, past any wait it set: the
        // first may still fail on a connection the mail client pooled before the server went down.
        OffsetDateTime attempt = OffsetDateTime.now(clock);
        for (int attempts = 0;
                attempts < 10
                        && received("[" + project.acronym() + "] Approved").isEmpty();
                attempts++) {
            attempt = attempt.plusHours(2);
            int before = GreenMailResource.mailbox().getReceivedMessages().length;
            sender.sendDueAt(attempt);
            GreenMailResource.mailbox().waitForIncomingEmail(2000, before + 1);
        }
        assertThat(received("[" + project.acronym() + "] Approved"), containsInAnyOrder("staff@nexem.example"));
        sender.sendDueAt(attempt.plusHours(3));
        assertThat("sent once", received("[" + project.acronym() + "] Approved").size(), equalTo(1));
    }

    @Test
    void mailsFollowTheRecipientsChoicesOfLanguageAndKinds() throws Exception {
        PageSession nexem = PageSession.of("nexem-partner");
        nexem.given()
                .redirects()
                .follow(false)
                .formParam("_csrf", nexem.formToken("/settings"))
                .formParam("language", "fr")
                .formParam("mail", "APPROVED")
                .when()
                .post("/settings/notifications")
                .then()
                .statusCode(303);
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .get("/api/me/preferences")
                .then()
                .statusCode(200)
                .body("language", equalTo("fr"), "mutedKinds", hasItem("CHANGES_REQUESTED"));

        move("unipso-coordinator", DemoPartnersProject.IN_REVIEW, Map.of("to", "CHANGES_REQUESTED", "comment", "More"));
        move("nexem-partner", DemoPartnersProject.IN_REVIEW, Map.of("to", "IN_INTERNAL_REVIEW"));
        move("unipso-coordinator", DemoPartnersProject.IN_REVIEW, Map.of("to", "APPROVED"));

        assertThat("approval mailed, in French", mailsAbout("Approuvé", 1), containsInAnyOrder("staff@nexem.example"));
        assertThat(
                "changes requested: muted, so no mail", received("[" + project.acronym() + "] Modifications"), empty());
        assertThat(received("[" + project.acronym() + "] Changes"), empty());
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .get("/api/me/notifications")
                .then()
                .body("findAll { it.project == '" + project.acronym() + "' }.kind", hasItem("CHANGES_REQUESTED"));
    }

    @Test
    void choicesAreChecked() {
        given().auth()
                .oauth2(Tokens.of("elisfa-partner"))
                .contentType(ContentType.JSON)
                .body(Map.of("language", "de", "mutedKinds", List.of()))
                .put("/api/me/preferences")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("language"));
        given().auth()
                .oauth2(Tokens.of("elisfa-partner"))
                .contentType(ContentType.JSON)
                .body(Map.of("mutedKinds", List.of("NOPE")))
                .put("/api/me/preferences")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        PageSession.of("elisfa-partner")
                .given()
                .formParam("mail", "APPROVED")
                .post("/settings/notifications")
                .then()
                .statusCode(403);
    }

    @Test
    void everyKindOfNoticeIsWordedInEveryLanguage() {
        for (String language : List.of("en-GB", "fr")) {
            NotificationMessages messages =
                    MessageBundles.get(NotificationMessages.class, Localized.Literal.of(language));
            for (NotificationKind kind : NotificationKind.values()) {
                assertThat(
                        language + " " + kind,
                        messages.mail_subject(kind, "P", "").strip(),
                        not(equalTo("[P]")));
                assertThat(language + " " + kind, messages.mail_intro(kind).isBlank(), equalTo(false));
                assertThat(language + " " + kind, messages.mail_kind(kind).isBlank(), equalTo(false));
            }
        }
    }

    @AfterEach
    void backToTheDefaults() {
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .contentType(ContentType.JSON)
                .body(Map.of("mutedKinds", List.of()))
                .put("/api/me/preferences")
                .then()
                .statusCode(200);
    }

    private void move(String who, String code, Map<String, Object> move) {
        given().auth()
                .oauth2(Tokens.of(who))
                .contentType(ContentType.JSON)
                .body(move)
                .post("/api/projects/" + project.acronym() + "/deliverables/" + code + "/transitions")
                .then()
                .statusCode(200);
    }

    /** The recipients of this project's mails whose subject says {@code what}, once {@code expected} arrived. */
    private List<String> mailsAbout(String what, int expected) throws MessagingException {
        sender.sendDue();
        GreenMail mailbox = GreenMailResource.mailbox();
        String subject = "[" + project.acronym() + "] " + what;
        for (int waited = 0; waited < 40 && received(subject).size() < expected; waited++) {
            mailbox.waitForIncomingEmail(250, mailbox.getReceivedMessages().length + 1);
        }
        return received(subject);
    }

    private static List<String> received(String subject) {
        return Arrays.stream(GreenMailResource.mailbox().getReceivedMessages())
                .filter(m -> subjectOf(m).startsWith(subject))
                .map(WorkflowNoticesTest::recipient)
                .toList();
    }

    private List<String> recipientsOfProject() {
        return Arrays.stream(GreenMailResource.mailbox().getReceivedMessages())
                .filter(m -> subjectOf(m).startsWith("[" + project.acronym() + "]"))
                .map(WorkflowNoticesTest::recipient)
                .toList();
    }

    private static String subjectOf(Message message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(Message message) {
        try {
            return ((InternetAddress) message.getAllRecipients()[0]).getAddress();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
