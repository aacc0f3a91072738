package org.consortia.deliverable.page;

import static io.restassured.RestAssured.given;
import static org.consortia.testsupport.DemoPartnersProject.IN_REVIEW;
import static org.consortia.testsupport.DemoPartnersProject.TRAINING;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.consortia.testsupport.DemoConsortium;
import org.consortia.testsupport.DemoPartnersProject;
import org.consortia.testsupport.Html;
import org.consortia.testsupport.MinimalPdf;
import org.consortia.testsupport.PageSession;
import org.consortia.testsupport.SqlStatements;
import org.consortia.testsupport.Tokens;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The page of one deliverable, read and posted to over HTTP in real sessions: each visitor is offered
 * only what they may do, and what they may not do is refused even when forged.
 */
@QuarkusTest
class DeliverablePageTest {

    @Inject
    SessionFactory sessionFactory;

    private DemoPartnersProject project;

    @BeforeEach
    void aFreshProject() {
        DemoConsortium.load();
        project = DemoPartnersProject.create();
    }

    @Test
    void aPartnerOfAnotherProjectGetsNotFound() {
        PageSession.of("wrzos-partner")
                .given()
                .when()
                .get("/projects/NMLS/deliverables/D1.1")
                .then()
                .statusCode(404)
                .contentType(ContentType.HTML)
                .body(containsString("Page not found"));
    }

    @Test
    void someoneOfNoOrganisationGetsNotFound() {
        PageSession.of("guest")
                .given()
                .when()
                .get("/projects/FORESEE/deliverables/D3.2")
                .then()
                .statusCode(404)
                .contentType(ContentType.HTML)
                .body(containsString("Page not found"));
    }

    @Test
    void theReviewerReadsAnOverdueDraftAsAnObligationNotYetSubmitted() {
        PageSession reviewer = PageSession.of("ec-reviewer");

        Html draft = Html.of(reviewer.given()
                .when()
                .get("/projects/FORESEE/deliverables/D6.5")
                .then()
                .statusCode(200)
                .contentType(ContentType.HTML)
                .extract());
        assertThat(draft.formActions(), everyItem(not(containsString("/deliverables/D6.5"))));
        String text =
                reviewer.given().get("/projects/FORESEE/deliverables/D6.5").asString();
        assertThat(text, containsString("Not submitted"));
        assertThat(text, containsString("overdue"));
        reviewer.given()
                .when()
                .get("/projects/FORESEE/deliverables/D3.2")
                .then()
                .statusCode(200);
    }

    @Test
    void theLeadPartnerIsOfferedToStartTheWorkAndToUpload() {
        Html page = Html.of(PageSession.of("nexem-partner")
                .given()
                .when()
                .get(project.page(TRAINING))
                .then()
                .statusCode(200)
                .extract());

        assertThat(page.formActions(), hasItem(project.page(TRAINING) + "/transitions"));
        assertThat(page.formActions(), hasItem(project.page(TRAINING) + "/files"));
        assertThat(page.buttons(), hasItem("Start the work"));
    }

    @Test
    void aPartnerWhoDoesNotLeadItIsOfferedNeitherUploadNorWorkflow() {
        Html page = Html.of(PageSession.of("elisfa-partner")
                .given()
                .when()
                .get(project.page(TRAINING))
                .then()
                .statusCode(200)
                .extract());

        assertThat(page.formActions(), not(hasItem(project.page(TRAINING) + "/transitions")));
        assertThat(page.formActions(), not(hasItem(project.page(TRAINING) + "/files")));
        assertThat(page.buttons(), not(hasItem("Start the work")));
        assertThat("a partner may still comment", page.formActions(), hasItem(project.page(TRAINING) + "/comments"));
    }

    @Test
    void aForgedWorkflowPostByAPartnerWhoDoesNotLeadItIsForbidden() {
        PageSession elisfa = PageSession.of("elisfa-partner");

        elisfa.given()
                .formParam("to", "IN_PROGRESS")
                .formParam("_csrf", elisfa.formToken(project.page(TRAINING)))
                .when()
                .post(project.page(TRAINING) + "/transitions")
                .then()
                .statusCode(403)
                .contentType(ContentType.HTML)
                .body(containsString("You may not do this"));

        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .when()
                .get(project.api(TRAINING))
                .then()
                .statusCode(200)
                .body("status", equalTo("PLANNED"));
    }

    @Test
    void aForgedUploadByAPartnerWhoDoesNotLeadItIsForbidden() {
        PageSession elisfa = PageSession.of("elisfa-partner");

        elisfa.given()
                .multiPart("file", "minutes.pdf", MinimalPdf.bytes(), "application/pdf")
                .multiPart("_csrf", elisfa.formToken(project.page(TRAINING)))
                .when()
                .post(project.page(TRAINING) + "/files")
                .then()
                .statusCode(403)
                .contentType(ContentType.HTML);

        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .when()
                .get(project.api(TRAINING) + "/files")
                .then()
                .statusCode(200)
                .body("items", empty());
    }

    @Test
    void theLeadOfItsWorkPackageMovesTheForecastOnThePageAndAnotherPartnerMayNot() {
        PageSession elisfa = PageSession.of("elisfa-partner");
        elisfa.given()
                .formParam("forecastDate", "2026-10-15")
                .formParam("_csrf", elisfa.formToken(project.page(TRAINING)))
                .when()
                .post(project.page(TRAINING) + "/forecast")
                .then()
                .statusCode(403);

        PageSession nexem = PageSession.of("nexem-partner");
        nexem.given().when().get(project.page(TRAINING)).then().body(containsString("Save the forecast"));
        nexem.given()
                .formParam("forecastDate", "2026-10-15")
                .formParam("_csrf", nexem.formToken(project.page(TRAINING)))
                .redirects()
                .follow(false)
                .when()
                .post(project.page(TRAINING) + "/forecast")
                .then()
                .statusCode(303);
        given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .get(project.api(TRAINING))
                .then()
                .body("dueDate", equalTo("2026-08-31"))
                .body("forecastDate", equalTo("2026-10-15"));
    }

    @Test
    void theCoordinatorArchivesOnThePageWhatMustLeaveThePlanAndAPartnerMayNot() {
        PageSession elisfa = PageSession.of("elisfa-partner");
        elisfa.given()
                .formParam("reason", "Not needed")
                .formParam("_csrf", elisfa.formToken(project.page(TRAINING)))
                .when()
                .post(project.page(TRAINING) + "/archive")
                .then()
                .statusCode(403);

        PageSession coordinator = PageSession.of("unipso-coordinator");
        coordinator
                .given()
                .formParam("reason", "The training moved to the next grant")
                .formParam("_csrf", coordinator.formToken(project.page(TRAINING)))
                .redirects()
                .follow(false)
                .when()
                .post(project.page(TRAINING) + "/archive")
                .then()
                .statusCode(303);
        coordinator
                .given()
                .when()
                .get(project.page(TRAINING))
                .then()
                .statusCode(200)
                .body(containsString("The training moved to the next grant"))
                .body(containsString("Bring it back into the plan"));
        coordinator
                .given()
                .when()
                .get("/projects/" + project.acronym() + "/plan")
                .then()
                .statusCode(200)
                .body(containsString("Archived: they left the plan"));
    }

    @Test
    void theLeadPartnerUploadsThroughTheFormAndComesBackToThePage() {
        PageSession nexem = PageSession.of("nexem-partner");

        nexem.given()
                .multiPart("file", "minutes.pdf", MinimalPdf.bytes(), "application/pdf")
                .multiPart("note", "Signed attendance list included")
                .multiPart("_csrf", nexem.formToken(project.page(TRAINING)))
                .when()
                .post(project.page(TRAINING) + "/files")
                .then()
                .statusCode(303)
                .header("Location", endsWith(project.page(TRAINING)));

        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .when()
                .get(project.api(TRAINING) + "/files")
                .then()
                .statusCode(200)
                .body(
                        "items",
                        hasSize(1),
                        "items[0].fileName",
                        equalTo("minutes.pdf"),
                        "items[0].note",
                        equalTo("Signed attendance list included"));
    }

    @Test
    void askingForChangesWithoutSayingWhatShowsTheFormAgainAndChangesNothing() {
        PageSession coordinator = PageSession.of("unipso-coordinator");

        Html page = Html.of(coordinator
                .given()
                .formParam("to", "CHANGES_REQUESTED")
                .formParam("comment", "  ")
                .formParam("_csrf", coordinator.formToken(project.page(IN_REVIEW)))
                .when()
                .post(project.page(IN_REVIEW) + "/transitions")
                .then()
                .statusCode(400)
                .contentType(ContentType.HTML)
                .body(containsString("role=\"alert\""))
                .extract());

        assertEquals(1, page.count("div", "role", "alert"));
        assertThat(
                "the error is next to the field", page.texts("p", "class", "error"), hasItem("say what should change"));
        assertEquals(1, page.count("div", "class", "field invalid"));
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .when()
                .get(project.api(IN_REVIEW))
                .then()
                .statusCode(200)
                .body("status", equalTo("IN_INTERNAL_REVIEW"));
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .when()
                .get(project.api(IN_REVIEW) + "/comments")
                .then()
                .statusCode(200)
                .body("items", empty());
    }

    @Test
    void aCommentTooLongShowsTheFormAgainWithTheAPIsConstraintAndAddsNothing() {
        PageSession nexem = PageSession.of("nexem-partner");
        String tooLong = "x".repeat(10001);

        nexem.given()
                .formParam("text", tooLong)
                .formParam("_csrf", nexem.formToken(project.page(TRAINING)))
                .when()
                .post(project.page(TRAINING) + "/comments")
                .then()
                .statusCode(400)
                .contentType(ContentType.HTML)
                .body(containsString("role=\"alert\""), containsString("size must be between 0 and 10000"));
        nexem.given()
                .formParam("text", "   ")
                .formParam("_csrf", nexem.formToken(project.page(TRAINING)))
                .when()
                .post(project.page(TRAINING) + "/comments")
                .then()
                .statusCode(400)
                .body(containsString("must not be blank"));
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .when()
                .get(project.api(TRAINING) + "/comments")
                .then()
                .statusCode(200)
                .body("items", empty());
    }

    @Test
    void anUploadWithoutAFileShowsTheFormAgainWithTheNoteAsTyped() {
        PageSession nexem = PageSession.of("nexem-partner");

        nexem.given()
                .multiPart("note", "Draft agenda")
                .multiPart("_csrf", nexem.formToken(project.page(TRAINING)))
                .when()
                .post(project.page(TRAINING) + "/files")
                .then()
                .statusCode(400)
                .contentType(ContentType.HTML)
                .body(
                        containsString("role=\"alert\""),
                        containsString("value=\"Draft agenda\""),
                        containsString("choose the file to upload"));
    }

    @Test
    void theHistorySaysInWordsWhatHappened() {
        move("nexem-partner", project.api(TRAINING), "IN_PROGRESS");
        work(project.api(TRAINING), 1, "unipso-coordinator");

        Html page = Html.of(PageSession.of("nexem-partner")
                .given()
                .when()
                .get(project.page(TRAINING))
                .then()
                .statusCode(200)
                .extract());

        assertThat(
                page.column("What happened to this deliverable", 2),
                contains("Commented", "File uploaded (version 1)", "Moved → In progress"));
    }

    @Test
    void aFrenchBrowserGetsThePageInFrench() {
        Html page = Html.of(PageSession.of("nexem-partner")
                .given()
                .header("Accept-Language", "fr")
                .when()
                .get(project.page(TRAINING))
                .then()
                .statusCode(200)
                .body(containsString("<h3>Déposer une nouvelle version</h3>"))
                .extract());

        assertEquals("fr", page.lang());
        assertThat(page.buttons(), hasItem("Commencer le travail"));
    }

    @Test
    void aDeliverablePageCostsTheSameStatementsWhateverItsFilesCommentsAndHistory() {
        PageSession coordinator = PageSession.of("unipso-coordinator");
        work(project.api(IN_REVIEW), 1, "nexem-partner");
        move("nexem-partner", project.api(TRAINING), "IN_PROGRESS");
        work(project.api(TRAINING), 5, "nexem-partner", "unipso-coordinator", "elisfa-partner");
        move("nexem-partner", project.api(TRAINING), "IN_INTERNAL_REVIEW");
        coordinator.given().when().get(project.page(IN_REVIEW)).then().statusCode(200);

        long little = statements(() ->
                coordinator.given().when().get(project.page(IN_REVIEW)).then().statusCode(200));
        long much = statements(() ->
                coordinator.given().when().get(project.page(TRAINING)).then().statusCode(200));

        assertEquals(
                little,
                much,
                "SQL statements for a deliverable with one version and comment vs one with five"
                        + " versions, comments by three people and moves in its history");
    }

    /** {@code versions} uploads by NEXEM and a comment by each of {@code authors}. */
    private static void work(String deliverable, int versions, String... authors) {
        for (int version = 1; version <= versions; version++) {
            given().auth()
                    .oauth2(Tokens.of("nexem-partner"))
                    .multiPart("file", "minutes-" + version + ".pdf", MinimalPdf.bytes(), "application/pdf")
                    .when()
                    .post(deliverable + "/files")
                    .then()
                    .statusCode(201);
        }
        for (String author : authors) {
            given().auth()
                    .oauth2(Tokens.of(author))
                    .contentType(ContentType.JSON)
                    .body(Map.of("text", "Seen by " + author, "visibility", "CONSORTIUM"))
                    .when()
                    .post(deliverable + "/comments")
                    .then()
                    .statusCode(201);
        }
    }

    private static void move(String who, String deliverable, String to) {
        given().auth()
                .oauth2(Tokens.of(who))
                .contentType(ContentType.JSON)
                .body(Map.of("to", to))
                .when()
                .post(deliverable + "/transitions")
                .then()
                .statusCode(200);
    }

    private long statements(Runnable request) {
        return SqlStatements.during(sessionFactory, request);
    }
}
