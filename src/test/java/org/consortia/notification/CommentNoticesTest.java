package org.consortia.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.consortia.testsupport.DemoConsortium;
import org.consortia.testsupport.DemoPartnersProject;
import org.consortia.testsupport.GreenMailResource;
import org.consortia.testsupport.MinimalPdf;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A comment tells the people it is addressed to — named with {@code @username} or through their
 * organisation's {@code @CODE}, or the coordinator and lead partner when the funder comments — and only
 * those who may read it.
 */
@QuarkusTest
class CommentNoticesTest {

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

    private DemoPartnersProject project;

    @BeforeEach
    void everyoneHasSignedInOnce() {
        DemoConsortium.load();
        EVERYONE.forEach(user ->
                given().auth().oauth2(Tokens.of(user)).get("/api/me").then().statusCode(200));
        project = DemoPartnersProject.create();
    }

    @Test
    void aPartnersCommentReachesThePeopleAndOrganisationsItNamesWhoMayReadIt() throws Exception {
        comment(
                "nexem-partner",
                DemoPartnersProject.IN_REVIEW,
                "@unipso-coordinator could @ELISFA add its figures?"
                        + " Also @ec-reviewer, @wrzos-partner, @METZ and @nexem-partner; mail me at staff@nexem.example.");

        assertThat(notices("unipso-coordinator"), contains("COMMENTED D1.3"));
        assertThat(notices("elisfa-partner"), contains("COMMENTED D1.3"));
        assertThat("the funder never sees an internal draft", notices("ec-reviewer"), empty());
        assertThat("another consortium", notices("wrzos-partner"), empty());
        assertThat("an organisation outside the project", notices("metz-coordinator"), empty());
        assertThat("not the author", notices("nexem-partner"), empty());
        assertThat("not named", notices("unipso-partner"), empty());

        Map<String, Object> notice = given().auth()
                .oauth2(Tokens.of("elisfa-partner"))
                .get("/api/me/notifications")
                .then()
                .extract()
                .path("find { it.project == '" + project.acronym() + "' }");
        assertThat((String) notice.get("detail"), containsString("could @ELISFA add its figures?"));

        sender.sendDue();
        assertThat(
                mailsOfProject(2),
                containsInAnyOrder(
                        "coordinator@unipso.example [" + project.acronym() + "] A comment for you: D1.3",
                        "staff@elisfa.example [" + project.acronym() + "] A comment for you: D1.3"));
    }

    @Test
    void theFundersCommentOnASubmittedDeliverableReachesTheCoordinatorAndTheLeadPartner() {
        String code = DemoPartnersProject.TRAINING;
        move("nexem-partner", code, Map.of("to", "IN_PROGRESS"));
        int version = given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .multiPart("file", "minutes.pdf", MinimalPdf.bytes(), "application/pdf")
                .post(project.api(code) + "/files")
                .then()
                .statusCode(201)
                .extract()
                .path("version");
        move("nexem-partner", code, Map.of("to", "IN_INTERNAL_REVIEW"));
        move("unipso-coordinator", code, Map.of("to", "APPROVED"));
        move("unipso-coordinator", code, Map.of("to", "SUBMITTED", "version", version));

        comment("ec-reviewer", code, "The attendance list is missing its second page.");

        assertThat(notices("unipso-coordinator"), org.hamcrest.Matchers.hasItem("COMMENTED D1.1"));
        assertThat(notices("nexem-partner"), org.hamcrest.Matchers.hasItem("COMMENTED D1.1"));
        assertThat(notices("elisfa-partner"), empty());
    }

    @Test
    void aMentionIsAnAtSignAfterASpaceNotPartOfAnAddress() {
        assertThat(
                CommentNotices.mentions("(@ELISFA) mail a@b.org, @nexem-partner. @unipso.coordinator_2!"),
                contains("ELISFA", "nexem-partner", "unipso.coordinator_2"));
    }

    private void comment(String who, String code, String text) {
        given().auth()
                .oauth2(Tokens.of(who))
                .contentType(ContentType.JSON)
                .body(Map.of("text", text, "visibility", "CONSORTIUM"))
                .post(project.api(code) + "/comments")
                .then()
                .statusCode(201);
    }

    private void move(String who, String code, Map<String, Object> move) {
        given().auth()
                .oauth2(Tokens.of(who))
                .contentType(ContentType.JSON)
                .body(move)
                .post(project.api(code) + "/transitions")
                .then()
                .statusCode(200);
    }

    /** "KIND CODE" of the person's notices about this project. */
    private List<String> notices(String user) {
        List<Map<String, Object>> all = given().auth()
                .oauth2(Tokens.of(user))
                .get("/api/me/notifications")
                .then()
                .statusCode(200)
                .extract()
                .path("findAll { it.project == '" + project.acronym() + "' }");
        return all.stream().map(n -> n.get("kind") + " " + n.get("code")).toList();
    }

    /** "address subject" of this project's mails, once at least {@code expected} arrived. */
    private List<String> mailsOfProject(int expected) {
        GreenMail mailbox = GreenMailResource.mailbox();
        for (int waited = 0; waited < 40 && ofProject().size() < expected; waited++) {
            mailbox.waitForIncomingEmail(250, mailbox.getReceivedMessages().length + 1);
        }
        return ofProject();
    }

    private List<String> ofProject() {
        return Arrays.stream(GreenMailResource.mailbox().getReceivedMessages())
                .map(CommentNoticesTest::describe)
                .filter(m -> m.contains(" [" + project.acronym() + "]"))
                .toList();
    }

    private static String describe(MimeMessage message) {
        try {
            return ((InternetAddress) message.getAllRecipients()[0]).getAddress() + " " + message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
