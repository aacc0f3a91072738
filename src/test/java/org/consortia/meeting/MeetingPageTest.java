package org.consortia.meeting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consortia.testsupport.DemoPartnersProject;
import org.consortia.testsupport.Html;
import org.consortia.testsupport.PageSession;
import org.consortia.testsupport.SqlStatements;
import org.consortia.testsupport.Tokens;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * The meetings page and its form in real sessions, on a fresh project of the demo organisations: UNIPSO coordinates,
 * NEXEM leads WP1, ELISFA is a partner, ec-reviewer reviews.
 */
@QuarkusTest
class MeetingPageTest {

    private static final String CAPTION = "The meetings, by date";
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"([0-9]+)\"");

    @Inject
    SessionFactory sessionFactory;

    @Test
    void theWorkPackageLeadPlansAMeetingOnTheFormAndItsHostChangesItsPlace() {
        DemoPartnersProject project = DemoPartnersProject.create();
        String page = project.page() + "/meetings";
        PageSession lead = PageSession.of("nexem-partner");
        lead.given().get(page).then().statusCode(200).body(containsString("No meeting recorded yet."));

        form(lead, page + "/new")
                .formParam("title", "")
                .formParam("kind", "STEERING_COMMITTEE")
                .formParam("workPackage", "WP1")
                .formParam("event.plannedDate", "2026-09-14")
                .when()
                .post(page + "/new")
                .then()
                .statusCode(400)
                .body(containsString("aria-invalid=\"true\""), containsString("name=\"code\""));
        ExtractableResponse<Response> added = form(lead, page + "/new")
                .formParam("code", "SC1")
                .formParam("title", "Steering committee – autumn")
                .formParam("kind", "STEERING_COMMITTEE")
                .formParam("workPackage", "WP1")
                .formParam("event.plannedDate", "2026-09-14")
                .formParam("event.mode", "HYBRID")
                .formParam("event.country", "pt")
                .formParam("event.city", "Lisboa")
                .formParam("event.hosts", "ELISFA")
                .when()
                .post(page + "/new")
                .then()
                .statusCode(303)
                .header("Location", endsWith(page))
                .extract();
        Html list = Html.of(lead.given()
                .cookie("consortia-flash", added.cookie("consortia-flash"))
                .get(page)
                .then()
                .statusCode(200)
                .body(containsString("SC1 was created."))
                .extract());
        assertThat(list.column(CAPTION, 0), contains("SC1"));
        assertThat(list.column(CAPTION, 2), contains("Steering committee"));
        assertThat(list.column(CAPTION, 5), contains("PT, Lisboa"));
        as("nexem-partner")
                .get("/api/projects/" + project.acronym() + "/meetings/SC1")
                .then()
                .body("event.mode", equalTo("HYBRID"), "event.hosts", contains("ELISFA"));

        // The host changes the place; the form offers it the meeting's work package alone.
        PageSession host = PageSession.of("elisfa-partner");
        String edit = host.given()
                .get(page + "/SC1")
                .then()
                .statusCode(200)
                .body(not(containsString("name=\"code\"")))
                .extract()
                .asString();
        form(host, page + "/SC1")
                .formParam("version", versionOf(edit))
                .formParam("title", "Steering committee – autumn")
                .formParam("kind", "STEERING_COMMITTEE")
                .formParam("workPackage", "WP1")
                .formParam("event.plannedDate", "2026-09-14")
                .formParam("event.mode", "HYBRID")
                .formParam("event.country", "PT")
                .formParam("event.city", "Porto")
                .formParam("event.hosts", "ELISFA")
                .when()
                .post(page + "/SC1")
                .then()
                .statusCode(303);
        as("elisfa-partner")
                .get("/api/projects/" + project.acronym() + "/meetings/SC1")
                .then()
                .body("event.city", equalTo("Porto"));

        PageSession.of("unipso-partner").given().get(page + "/new").then().statusCode(403);
        PageSession.of("ec-reviewer").given().get(page + "/SC1").then().statusCode(404);
        form(host, page + "/SC1").when().post(page + "/SC1/remove").then().statusCode(403);
        form(lead, page).when().post(page + "/SC1/remove").then().statusCode(303);
        as("nexem-partner")
                .get("/api/projects/" + project.acronym() + "/meetings/SC1")
                .then()
                .statusCode(404);
    }

    @Test
    void theMeetingsCostTheSameStatementsForTwoOrTwelve() {
        PageSession member = PageSession.of("elisfa-partner");
        DemoPartnersProject few = projectWithMeetings(2);
        DemoPartnersProject many = projectWithMeetings(12);
        for (String path : List.of("/meetings", "/meetings?size=50")) {
            member.given().get(few.page() + path).then().statusCode(200);
            long two = SqlStatements.during(
                    sessionFactory,
                    () -> member.given().get(few.page() + path).then().statusCode(200));
            long twelve = SqlStatements.during(
                    sessionFactory,
                    () -> member.given().get(many.page() + path).then().statusCode(200));
            assertEquals(two, twelve, path + ": statements for 2 vs 12 meetings");
        }
        for (String path : List.of("/meetings?size=50", "/deadlines?from=2026-01-01&to=2026-12-31")) {
            long two = SqlStatements.during(
                    sessionFactory,
                    () -> as("elisfa-partner")
                            .get("/api/projects/" + few.acronym() + path)
                            .then()
                            .statusCode(200));
            long twelve = SqlStatements.during(
                    sessionFactory,
                    () -> as("elisfa-partner")
                            .get("/api/projects/" + many.acronym() + path)
                            .then()
                            .statusCode(200));
            assertEquals(two, twelve, path + ": statements for 2 vs 12 meetings");
        }
    }

    /** A new project with {@code count} meetings in 2026, hosted by ELISFA and NEXEM in turn. */
    private static DemoPartnersProject projectWithMeetings(int count) {
        DemoPartnersProject project = DemoPartnersProject.create();
        for (int i = 1; i <= count; i++) {
            as("unipso-coordinator")
                    .contentType(ContentType.JSON)
                    .body(MeetingTest.meeting(
                            "PM" + i,
                            "Partner meeting " + i,
                            "2026-%02d-10".formatted(1 + i % 12),
                            List.of(i % 2 == 0 ? "NEXEM" : "ELISFA")))
                    .post(MeetingTest.meetings(project))
                    .then()
                    .statusCode(201);
        }
        return project;
    }

    private static RequestSpecification form(PageSession session, String readFrom) {
        return session.given().contentType(ContentType.URLENC).formParam("_csrf", session.formToken(readFrom));
    }

    private static String versionOf(String form) {
        Matcher version = VERSION.matcher(form);
        if (!version.find()) {
            throw new AssertionError("No version on the form:\n" + form);
        }
        return version.group(1);
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user));
    }
}
