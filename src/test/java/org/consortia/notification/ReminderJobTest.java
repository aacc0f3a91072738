package org.consortia.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.consortia.testsupport.DemoConsortium;
import org.consortia.testsupport.DemoPartnersProject;
import org.consortia.testsupport.FixedClock;
import org.consortia.testsupport.Fixtures;
import org.consortia.testsupport.GreenMailResource;
import org.consortia.testsupport.MailPreferences;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reminders before a deadline and notices of what is overdue, with the clock moved: each sent once to
 * the right people, however often and on however many instances the job runs.
 */
@QuarkusTest
class ReminderJobTest {

    @Inject
    ReminderJob job;

    @Inject
    MailSender sender;

    private DemoPartnersProject project;

    @BeforeEach
    void aProjectWithADeadlineNextWeekAndOneLastWeek() {
        DemoConsortium.load();
        List.of("unipso-coordinator", "nexem-partner", "elisfa-partner", "unipso-partner")
                .forEach(user -> given().auth()
                        .oauth2(Tokens.of(user))
                        .get("/api/me")
                        .then()
                        .statusCode(200));
        project = DemoPartnersProject.create();
        deliverable("D2.1", "NEXEM", FixedClock.TODAY.plusDays(7));
        deliverable("D2.2", "ELISFA", FixedClock.TODAY.minusDays(5));
    }

    @Test
    void theResponsibleOrganisationIsRemindedAndTheOverdueOneToldWithItsCoordinatorOnce() throws Exception {
        ExecutorService twoInstances = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Integer> one =
                    CompletableFuture.supplyAsync(() -> job.remindAsOf(FixedClock.TODAY), twoInstances);
            CompletableFuture<Integer> other =
                    CompletableFuture.supplyAsync(() -> job.remindAsOf(FixedClock.TODAY), twoInstances);
            one.get();
            other.get();
        } finally {
            twoInstances.shutdown();
        }
        job.remindAsOf(FixedClock.TODAY);

        assertThat(notices("nexem-partner"), containsInAnyOrder("REMINDER D2.1"));
        assertThat(notices("elisfa-partner"), containsInAnyOrder("OVERDUE D2.2"));
        assertThat(notices("unipso-coordinator"), containsInAnyOrder("OVERDUE D2.2", "DIGEST null"));
        assertThat("not the partner's business", notices("unipso-partner"), equalTo(List.of()));
    }

    @Test
    void aWeekLaterTheLastReminderAndTheWeeklyOverdueNoticeFollow() {
        job.remindAsOf(FixedClock.TODAY);
        job.remindAsOf(FixedClock.TODAY.plusDays(7));
        job.remindAsOf(FixedClock.TODAY.plusDays(7));

        assertThat(notices("nexem-partner"), containsInAnyOrder("REMINDER D2.1", "REMINDER D2.1"));
        assertThat(notices("elisfa-partner"), containsInAnyOrder("OVERDUE D2.2", "OVERDUE D2.2"));
    }

    @Test
    void theCoordinatorsGetOneDigestAWeekWithWhatIsOverdueAndWhatComes() throws Exception {
        job.remindAsOf(FixedClock.TODAY);
        job.remindAsOf(FixedClock.TODAY.plusDays(1));
        assertThat(
                notices("unipso-coordinator").stream()
                        .filter(n -> n.startsWith("DIGEST"))
                        .count(),
                equalTo(1L));

        sender.sendDue();
        GreenMail mailbox = GreenMailResource.mailbox();
        mailbox.waitForIncomingEmail(5000, 1);
        MimeMessage digest = Arrays.stream(mailbox.getReceivedMessages())
                .filter(m -> subject(m).equals("[" + project.acronym() + "] Your week"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no digest among "
                        + Arrays.stream(mailbox.getReceivedMessages())
                                .map(ReminderJobTest::subject)
                                .filter(t -> t.contains(project.acronym()))
                                .toList()));
        String text = GreenMailUtil.getBody(digest);
        assertThat(text, containsString("D2.2"));
        assertThat(text, containsString("D2.1"));
        assertThat(
                ((InternetAddress) digest.getAllRecipients()[0]).getAddress(), equalTo("coordinator@unipso.example"));

        job.remindAsOf(FixedClock.TODAY.plusDays(7));
        assertThat(
                notices("unipso-coordinator").stream()
                        .filter(n -> n.startsWith("DIGEST"))
                        .count(),
                equalTo(2L));
    }

    @Test
    void theResponsibleOrganisationsContactAddressIsToldByMailOnceAndNobodyTwice() throws Exception {
        contact("ELISFA", "office@elisfa.example");
        contact("NEXEM", "STAFF@nexem.example");
        job.remindAsOf(FixedClock.TODAY);
        job.remindAsOf(FixedClock.TODAY);
        sender.sendDue();

        List<MimeMessage> mails = mailsOfProject(5);
        assertThat(
                mails.stream().map(m -> address(m) + " " + subject(m)).toList(),
                containsInAnyOrder(
                        "office@elisfa.example [" + project.acronym() + "] Overdue: D2.2",
                        "staff@elisfa.example [" + project.acronym() + "] Overdue: D2.2",
                        "coordinator@unipso.example [" + project.acronym() + "] Overdue: D2.2",
                        "staff@nexem.example [" + project.acronym() + "] Deadline coming: D2.1",
                        "coordinator@unipso.example [" + project.acronym() + "] Your week"));
        MimeMessage toTheContact = mails.stream()
                .filter(m -> address(m).equals("office@elisfa.example"))
                .findFirst()
                .orElseThrow();
        assertThat(GreenMailUtil.getBody(toTheContact), containsString("contact address in " + project.acronym()));
        assertThat(
                "a mail, not anybody's notice in the platform",
                notices("elisfa-partner"),
                containsInAnyOrder("OVERDUE D2.2"));
    }

    @Test
    void aReportsReminderNamesItInTheLanguageOfItsReader() {
        // Period 1 ends with month 16 (April 2026): its report is due 60 days later, on 29 June.
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .contentType(ContentType.JSON)
                .body(Map.of("number", 1, "startMonth", 1, "endMonth", 16))
                .post("/api/projects/" + project.acronym() + "/reporting-periods")
                .then()
                .statusCode(201);
        job.remindAsOf(LocalDate.of(2026, 6, 22));
        assertThat("a week before, in English", titles("unipso-coordinator"), hasItem("RP1 – periodic report"));
        try {
            MailPreferences.language("unipso-coordinator", "fr");
            job.remindAsOf(LocalDate.of(2026, 6, 28));

            assertThat("the day before, in French", titles("unipso-coordinator"), hasItem("RP1 – rapport périodique"));
        } finally {
            MailPreferences.language("unipso-coordinator", null);
        }
    }

    /** The titles of the person's notices about this project. */
    private List<String> titles(String user) {
        return given().auth()
                .oauth2(Tokens.of(user))
                .get("/api/me/notifications")
                .then()
                .statusCode(200)
                .extract()
                .path("findAll { it.project == '" + project.acronym() + "' }.title");
    }

    private void contact(String organisation, String email) {
        String partner = "/api/projects/" + project.acronym() + "/partners/" + organisation;
        Map<String, Object> current = given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .get(partner)
                .then()
                .statusCode(200)
                .extract()
                .path("$");
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "organisation",
                        organisation,
                        "role",
                        current.get("role"),
                        "partnerNumber",
                        current.get("partnerNumber"),
                        "contactEmail",
                        email))
                .put(partner)
                .then()
                .statusCode(200);
    }

    /** This project's mails, once at least {@code expected} arrived. */
    private List<MimeMessage> mailsOfProject(int expected) {
        GreenMail mailbox = GreenMailResource.mailbox();
        for (int waited = 0; waited < 40 && ofProject().size() < expected; waited++) {
            mailbox.waitForIncomingEmail(250, mailbox.getReceivedMessages().length + 1);
        }
        return ofProject();
    }

    private List<MimeMessage> ofProject() {
        return Arrays.stream(GreenMailResource.mailbox().getReceivedMessages())
                .filter(m -> subject(m).startsWith("[" + project.acronym() + "]"))
                .toList();
    }

    private static String address(MimeMessage message) {
        try {
            return ((InternetAddress) message.getAllRecipients()[0]).getAddress();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
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

    private void deliverable(String code, String lead, java.time.LocalDate due) {
        Map<String, Object> body = Fixtures.deliverableBody(code, lead, 1);
        body.remove("dueMonth");
        body.put("dueDate", due.toString());
        body.put("workPackage", "WP1");
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/projects/" + project.acronym() + "/deliverables")
                .then()
                .statusCode(201);
    }
}
