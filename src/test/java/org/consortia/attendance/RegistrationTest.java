package org.consortia.attendance;

import static io.restassured.RestAssured.given;
import static org.consortia.testsupport.GreenMailResource.mailsTo;
import static org.consortia.testsupport.GreenMailResource.text;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
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
 * An event's public registration, the platform's first write by people who are not signed in: opened by its
 * organisers, filled in without an account, confirmed by mail (double opt-in), and proof against floods, oversized
 * fields, markup in every field, duplicate addresses, robots and a closed event.
 */
@QuarkusTest
class RegistrationTest {

    private static final Pattern LINK = Pattern.compile("/register/confirm/([A-Za-z0-9_-]{43})");

    @Inject
    MailSender sender;

    @Inject
    RegistrationService registrations;

    @Inject
    EntityManager entityManager;

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private DemoPartnersProject project;
    private String form;

    /** The network address this test's visitors come from (through the proxy's X-Forwarded-For): one per test. */
    private String client;

    @BeforeEach
    void aTrainingWhoseRegistrationIsOpen() {
        client = "198.51.100." + (1 + CLIENTS.getAndIncrement() % 250);
        project = DemoPartnersProject.create().withTraining("HYBRID", List.of("ELISFA"));
        form = open(project, "elisfa-partner");
    }

    private static String open(DemoPartnersProject project, String organiser) {
        return as(organiser)
                .post(project.event("D1.1") + "/registration/open")
                .then()
                .statusCode(200)
                .body("open", equalTo(true), "accepting", equalTo(true), "until", equalTo("2026-07-10"))
                .body("path", startsWith("/register/"))
                .extract()
                .path("path");
    }

    @Test
    void aVisitorRegistersAndIsOnTheListOnceTheyConfirmByMail() {
        given().get(form)
                .then()
                .statusCode(200)
                .body(
                        containsString("Training on social dialogue – Lisbon"),
                        containsString("Centro de Congressos"),
                        containsString("name=\"website\""),
                        containsString("With the support of European Commission"));
        register(visitor("Ana Exemplo", "ana.exemplo@example.org"))
                .then()
                .statusCode(200)
                .body(containsString("Check your mailbox"));
        as("nexem-partner").get(registration()).then().body("pending", equalTo(1));
        as("nexem-partner").get(participants()).then().body("total", equalTo(0));

        MimeMessage mail = mailTo("ana.exemplo@example.org");
        String token = token(mail);
        given().get("/register/confirm/" + token)
                .then()
                .statusCode(200)
                .body(containsString("Ana Exemplo, confirm your registration"), containsString("method=\"post\""));
        as("nexem-partner").get(participants()).then().body("total", equalTo(0));
        given().post("/register/confirm/" + token)
                .then()
                .statusCode(200)
                .body(containsString("you are registered for Training on social dialogue"));
        as("nexem-partner")
                .get(participants())
                .then()
                .body(
                        "total", equalTo(1),
                        "items[0].name", equalTo("Ana Exemplo"),
                        "items[0].source", equalTo("REGISTERED"),
                        "items[0].presence", equalTo("ONLINE"),
                        "items[0].consent.textVersion", equalTo(ConsentText.VERSION),
                        "items[0].daysAttended.size()", equalTo(0));
        as("nexem-partner").get(registration()).then().body("pending", equalTo(0));
        given().post("/register/confirm/" + token).then().statusCode(404);
        given().get("/register/confirm/" + token).then().statusCode(404);
    }

    @Test
    void aVisitorOnTheFrenchFormGetsTheirMailsInFrench() throws MessagingException {
        String address = "ana.fr." + project.acronym().toLowerCase() + "@example.org";
        given().header("Accept-Language", "fr")
                .header("X-Forwarded-For", client)
                .contentType(ContentType.URLENC)
                .formParams(visitor("Ana Exemple", address))
                .post(form)
                .then()
                .statusCode(200)
                .body(containsString("Consultez votre messagerie"));
        MimeMessage confirmation = latestMailTo(address);
        assertEquals("[" + project.acronym() + "] Confirmez votre inscription : D1.1", confirmation.getSubject());
        given().post("/register/confirm/" + token(confirmation)).then().statusCode(200);
        long id = as("nexem-partner")
                .get(participants())
                .then()
                .extract()
                .jsonPath()
                .getLong("items[0].id");
        as("nexem-partner")
                .put(project.event("D1.1") + "/attendance/2026-07-09/present/" + id)
                .then()
                .statusCode(200);
        as("nexem-partner")
                .post(project.event("D1.1") + "/attendance/close")
                .then()
                .statusCode(200);
        assertTrue(latestMailTo(address).getSubject().startsWith("[" + project.acronym() + "] Votre avis"));
    }

    @Test
    void aRobotFillingTheHiddenFieldIsToldTheSameAndNothingIsKept() {
        Map<String, String> robot = visitor("Bot Spammer", "bot@example.org");
        robot.put("website", "https://spam.example");
        register(robot).then().statusCode(200).body(containsString("Check your mailbox"));
        as("nexem-partner").get(registration()).then().body("pending", equalTo(0));
        sender.sendDue();
        assertFalse(!mailsTo("bot@example.org").isEmpty(), "no mail for a robot");
    }

    @Test
    void oversizedFieldsAMissingConsentOrAddressAndAForeignSiteAreRefused() {
        for (Map.Entry<String, String> oversized : Map.of(
                        "name", "N".repeat(201),
                        "email", "e".repeat(250) + "@example.org",
                        "organisation", "O".repeat(256),
                        "role", "R".repeat(256),
                        "country", "ROU")
                .entrySet()) {
            Map<String, String> visitor = visitor("Ana Exemplo", "ana@example.org");
            visitor.put(oversized.getKey(), oversized.getValue());
            register(visitor).then().statusCode(400).body(containsString("field-" + oversized.getKey() + "-error"));
        }
        Map<String, String> noConsent = visitor("Ana Exemplo", "ana@example.org");
        noConsent.remove("processingConsent");
        register(noConsent).then().statusCode(400).body(containsString("field-processingConsent-error"));
        Map<String, String> noAddress = visitor("Ana Exemplo", "ana@example.org");
        noAddress.remove("email");
        register(noAddress).then().statusCode(400).body(containsString("field-email-error"));
        given().header("Origin", "https://elsewhere.example")
                .contentType(ContentType.URLENC)
                .formParams(visitor("Ana Exemplo", "ana@example.org"))
                .post(form)
                .then()
                .statusCode(403);
        as("nexem-partner").get(registration()).then().body("pending", equalTo(0));
    }

    @Test
    void markupInEveryFieldIsKeptAsTextAndNeverRunsAnywhere() {
        String script = "<script>alert(1)</script>";
        Map<String, String> visitor = visitor("Eve " + script, "eve@example.org");
        visitor.put("organisation", "<b>Bold</b> " + script);
        visitor.put("role", "<img src=x onerror=alert(2)>");
        register(visitor).then().statusCode(200).body(not(containsString(script)));
        MimeMessage mail = mailTo("eve@example.org");
        String body = GreenMailUtil.getBody(mail);
        assertFalse(body.contains(script), body);
        assertTrue(text(mail).contains("Confirm your registration with the link below"), text(mail));
        String token = token(mail);
        given().get("/register/confirm/" + token)
                .then()
                .statusCode(200)
                .body(not(containsString(script)), containsString("&lt;script&gt;"));
        given().post("/register/confirm/" + token).then().statusCode(200).body(not(containsString(script)));
        as("nexem-partner")
                .get(participants())
                .then()
                .body(
                        "items[0].name",
                        equalTo("Eve " + script),
                        "items[0].role",
                        equalTo("<img src=x onerror=alert(2)>"));
        PageSession.of("nexem-partner")
                .given()
                .get("/projects/" + project.acronym() + "/events/D1.1")
                .then()
                .statusCode(200)
                .body(not(containsString(script)), not(containsString("<img src=x")));

        Map<String, String> badCountry = visitor("Eve Again", "eve2@example.org");
        badCountry.put("country", "<s>");
        register(badCountry).then().statusCode(400).body(not(containsString("<s>\"")));
    }

    @Test
    void oneAddressRegistersThreeTimesADayAndIsListedOnce() {
        for (int i = 0; i < 3; i++) {
            register(visitor("Ana Exemplo", "Ana.Twice@example.org")).then().statusCode(200);
        }
        register(visitor("Ana Exemplo", "ana.twice@EXAMPLE.org"))
                .then()
                .statusCode(429)
                .header("Retry-After", notNullValue());
        sender.sendDue();
        List<String> tokens = mailsTo("ana.twice@example.org").stream()
                .map(RegistrationTest::token)
                .toList();
        assertEquals(3, tokens.size());
        given().post("/register/confirm/" + tokens.get(0)).then().statusCode(200);
        given().post("/register/confirm/" + tokens.get(1))
                .then()
                .statusCode(200)
                .body(containsString("is on the list of Training on social dialogue – Lisbon already"));
        as("nexem-partner").get(participants()).then().body("total", equalTo(1));
    }

    @Test
    void aFloodStopsAtTheEventsLimit() {
        int limit = 12;
        for (int i = 0; i < limit; i++) {
            register(visitor("Flood " + i, "flood" + i + "@example.org")).then().statusCode(200);
        }
        register(visitor("Flood " + limit, "flood" + limit + "@example.org"))
                .then()
                .statusCode(429)
                .body(containsString("many registrations"));
        as("nexem-partner").get(registration()).then().body("pending", equalTo(limit));
    }

    @Test
    void anUnconfirmedRegistrationAndItsMailGoWhenItsLinkExpires() {
        String address = "late." + project.acronym().toLowerCase() + "@example.org";
        register(visitor("Ana Late", address)).then().statusCode(200);
        String token = token(mailTo(address));
        assertEquals(1L, mailsHeld(address));

        registrations.purgeAsOf(OffsetDateTime.parse("2026-06-17T09:00:01Z"));

        as("nexem-partner").get(registration()).then().body("pending", equalTo(0));
        assertEquals(0L, mailsHeld(address), "the outbox no longer holds the address");
        given().get("/register/confirm/" + token).then().statusCode(404);
    }

    @Test
    void oneClientRegistersTwentyTimesAnHourWhateverTheEvents() {
        for (int i = 0; i < 12; i++) {
            register(visitor("Client " + i, "client" + i + "@example.org"))
                    .then()
                    .statusCode(200);
        }
        DemoPartnersProject other = DemoPartnersProject.create().withTraining("IN_PERSON", List.of());
        String otherForm = open(other, "nexem-partner");
        for (int i = 12; i < 20; i++) {
            register(otherForm, inPerson(visitor("Client " + i, "client" + i + "@example.org")))
                    .then()
                    .statusCode(200);
        }
        Map<String, String> visitor = inPerson(visitor("Client 20", "client20@example.org"));
        register(otherForm, visitor)
                .then()
                .statusCode(429)
                .header("Retry-After", notNullValue())
                .body(containsString("from your network"));
        client = "203.0.113.20";
        register(otherForm, visitor).then().statusCode(200);
    }

    @Test
    void aClosedRegistrationTakesNothingAndItsLinksNoLongerConfirm() {
        register(visitor("Ana Exemplo", "ana.late@example.org")).then().statusCode(200);
        String token = token(mailTo("ana.late@example.org"));
        as("nexem-partner")
                .post(registration() + "/close")
                .then()
                .statusCode(200)
                .body("open", equalTo(false), "path", equalTo(form));
        given().get(form).then().statusCode(410).body(containsString("Registration for this event is closed"));
        register(visitor("Bogdan Inventat", "bogdan@example.org")).then().statusCode(410);
        given().post("/register/confirm/" + token).then().statusCode(410);
        as("nexem-partner").get(participants()).then().body("total", equalTo(0));

        as("nexem-partner")
                .post(registration() + "/open")
                .then()
                .statusCode(200)
                .body("path", equalTo(form));
        as("nexem-partner")
                .post(project.event("D1.1") + "/attendance/close")
                .then()
                .statusCode(200);
        given().get(form).then().statusCode(410);
        as("nexem-partner").post(registration() + "/close").then().statusCode(200);
        as("nexem-partner").post(registration() + "/open").then().statusCode(409);
        given().get("/register/" + "x".repeat(43)).then().statusCode(404);
        given().get("/register/confirm/" + "y".repeat(43)).then().statusCode(404);
    }

    @Test
    void onlyTheOrganisersOpenAndCloseIt() {
        for (String outsider : List.of("ec-reviewer")) {
            as(outsider).get(registration()).then().statusCode(403);
            as(outsider).post(registration() + "/close").then().statusCode(403);
        }
        DemoPartnersProject other = DemoPartnersProject.create().withTraining("IN_PERSON", List.of());
        as("elisfa-partner")
                .post(other.event("D1.1") + "/registration/open")
                .then()
                .statusCode(403);
        given().post(registration() + "/open").then().statusCode(401);
    }

    private Response register(Map<String, String> visitor) {
        return register(form, visitor);
    }

    private Response register(String address, Map<String, String> visitor) {
        return given().header("X-Forwarded-For", client)
                .contentType(ContentType.URLENC)
                .formParams(visitor)
                .post(address);
    }

    /** Someone obviously invented, with their consent; ASCII only (a form is sent as ISO-8859-1 here). */
    private static Map<String, String> visitor(String name, String email) {
        Map<String, String> visitor = new HashMap<>();
        visitor.put("name", name);
        visitor.put("email", email);
        visitor.put("organisation", "Fictitious union");
        visitor.put("organisationType", "TRADE_UNION");
        visitor.put("country", "RO");
        visitor.put("presence", "ONLINE");
        visitor.put("processingConsent", "yes");
        return visitor;
    }

    /** The visitor of an event held in person only: no choice of presence. */
    private static Map<String, String> inPerson(Map<String, String> visitor) {
        visitor.remove("presence");
        return visitor;
    }

    /** The latest mail to {@code address}, once the outbox was sent and it arrived. */
    private MimeMessage latestMailTo(String address) {
        sender.sendDue();
        GreenMail mailbox = GreenMailResource.mailbox();
        for (int waited = 0; waited < 40 && mailsTo(address).isEmpty(); waited++) {
            mailbox.waitForIncomingEmail(250, mailbox.getReceivedMessages().length + 1);
        }
        return last(mailsTo(address));
    }

    private MimeMessage mailTo(String address) {
        sender.sendDue();
        GreenMail mailbox = GreenMailResource.mailbox();
        for (int waited = 0; waited < 40 && mailsTo(address).isEmpty(); waited++) {
            mailbox.waitForIncomingEmail(250, mailbox.getReceivedMessages().length + 1);
        }
        MimeMessage mail = last(mailsTo(address));
        try {
            assertEquals("[" + project.acronym() + "] Confirm your registration: D1.1", mail.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
        return mail;
    }

    private static MimeMessage last(List<MimeMessage> mails) {
        return mails.get(mails.size() - 1);
    }

    private static String token(MimeMessage mail) {
        Matcher link = LINK.matcher(text(mail));
        assertTrue(link.find(), "a confirmation link in the mail");
        return link.group(1);
    }

    private long mailsHeld(String address) {
        return (Long) entityManager
                .createQuery("select count(n) from Notification n where n.recipientEmail = :address")
                .setParameter("address", address)
                .getSingleResult();
    }

    private String registration() {
        return project.event("D1.1") + "/registration";
    }

    private String participants() {
        return project.event("D1.1") + "/participants";
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user));
    }
}
