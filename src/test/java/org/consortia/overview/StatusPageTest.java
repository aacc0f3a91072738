package org.consortia.overview;

import static io.restassured.RestAssured.given;
import static org.consortia.testsupport.Fixtures.unique;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import org.consortia.testsupport.DemoConsortium;
import org.consortia.testsupport.Html;
import org.consortia.testsupport.PageSession;
import org.consortia.testsupport.PlanBuilder;
import org.consortia.testsupport.SqlStatements;
import org.consortia.testsupport.Tokens;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The status page of a project, read over HTTP in real sessions: FORESEE (ended in February 2023, so
 * what is still open is overdue) as its coordinator, a partner of another project, a stranger and the
 * Commission's reviewer see it.
 */
@QuarkusTest
class StatusPageTest {

    private static final String FORESEE = "/projects/FORESEE";
    private static final String DELIVERABLES = "Deliverables by work package";

    @Inject
    SessionFactory sessionFactory;

    private PageSession coordinator;

    @BeforeEach
    void signInAsTheCoordinator() {
        DemoConsortium.load();
        coordinator = PageSession.of("unipso-coordinator");
    }

    @Test
    void aPartnerOfAnotherProjectGetsNotFound() {
        PageSession.of("wrzos-partner")
                .given()
                .when()
                .get("/projects/NMLS")
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
                .get(FORESEE)
                .then()
                .statusCode(404)
                .contentType(ContentType.HTML)
                .body(containsString("Page not found"));
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() {
        given().redirects()
                .follow(false)
                .when()
                .get(FORESEE)
                .then()
                .statusCode(302)
                .header("Location", containsString("/protocol/openid-connect/auth"));
    }

    @Test
    void theCoordinatorSeesWhatIsOverdueOnTheTimeline() {
        Html page = Html.of(coordinator
                .given()
                .when()
                .get(FORESEE)
                .then()
                .statusCode(200)
                .contentType(ContentType.HTML)
                .extract());

        // The Greek national event is approved but was never submitted; the final conference is still in progress.
        assertThat(page.column("overdue items", 0), hasItems("D5.4", "D6.5"));
        assertThat(
                "a submitted deliverable is no longer overdue", page.column("overdue items", 0), not(hasItem("D3.2")));
        assertEquals(1, page.countWithin("figure", "class", "timeline", "svg"), "the timeline is one inline SVG");
        assertThat(
                "overdue deliverables are marked on the timeline",
                page.count("circle", "class", "mk overdue"),
                greaterThanOrEqualTo(2));
    }

    @ParameterizedTest(name = "?{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "status=ACCEPTED                                   | status=ACCEPTED",
                "partner=NEXEM                                     | lead=NEXEM",
                "wp=WP4                                            | workPackage=WP4",
                "kind=NATIONAL_EVENT                               | kind=NATIONAL_EVENT",
                "status=ACCEPTED&partner=NEXEM&wp=WP4&kind=TRAINING | status=ACCEPTED&lead=NEXEM&workPackage=WP4&kind=TRAINING"
            })
    void aFilterNarrowsTheTableToTheDeliverablesItNames(String filter, String sameFilterInTheApi) {
        List<String> all = deliverableCodes(FORESEE);
        List<String> expected = apiCodes("/api/projects/FORESEE/deliverables?size=500&" + sameFilterInTheApi);

        Html page = Html.of(coordinator
                .given()
                .when()
                .get(FORESEE + "?" + filter)
                .then()
                .statusCode(200)
                .extract());

        assertThat(page.column(DELIVERABLES, 0), containsInAnyOrder(expected.toArray()));
        assertThat(expected.size(), greaterThan(0));
        assertThat(expected.size(), lessThan(all.size()));
        assertThat(
                page.texts("p", "role", "status"),
                hasItem(expected.size() + " of " + all.size() + " deliverables shown"));
    }

    @Test
    void theReviewerSeesEveryDeliverableInTheFundersWords() {
        List<String> all = apiCodes("/api/projects/FORESEE/deliverables?size=500");

        ExtractableResponse<Response> response = PageSession.of("ec-reviewer")
                .given()
                .when()
                .get(FORESEE)
                .then()
                .statusCode(200)
                .extract();

        Html page = Html.of(response);
        assertThat(page.column(DELIVERABLES, 0), containsInAnyOrder(all.toArray()));
        assertThat(
                page.column(DELIVERABLES, 5),
                everyItem(is(in(List.of("Not submitted", "Submitted", "Accepted", "Revision requested")))));
        // The approved D5.4 and the draft D6.5 are there, overdue, never under an internal status.
        assertThat(response.asString(), containsString("D5.4"));
        assertThat(response.asString(), containsString("D6.5"));
        assertThat(response.asString(), not(containsString("Approved internally")));
        assertThat(response.asString(), not(containsString("In progress")));
    }

    @Test
    void aFrenchBrowserGetsThePageInFrench() {
        Html page = Html.of(coordinator
                .given()
                .header("Accept-Language", "fr-BE, fr;q=0.9, en;q=0.5")
                .when()
                .get(FORESEE)
                .then()
                .statusCode(200)
                .extract());

        assertEquals("fr", page.lang());
        assertEquals("En retard", page.textOf("overdue"));
        assertEquals("Calendrier", page.textOf("timeline"));
        assertEquals("Livrables", page.textOf("deliverables"));
        assertThat(
                page.column("Livrables par lot de travail", 5), hasItems("Accepté", "Approuvé en interne", "En cours"));
    }

    @Test
    void aStatusPageCostsTheSameStatementsForTenOrAHundredDeliverables() {
        PageSession admin = PageSession.of("admin");
        String small = "/projects/" + projectWith(10);
        String large = "/projects/" + projectWith(100);
        admin.given().when().get(small + "?kind=STUDY").then().statusCode(200);

        long ten = statements(() -> admin.given().when().get(small).then().statusCode(200));
        long hundred = statements(() -> admin.given().when().get(large).then().statusCode(200));

        assertEquals(ten, hundred, "SQL statements for the status page of 10 vs 100 deliverables");
    }

    @Test
    void aSecondViewReusesTheRenderedContentUntilTheProjectChanges() {
        PageSession admin = PageSession.of("admin");
        String acronym = projectWith(10);
        String page = "/projects/" + acronym;
        long first = statements(() -> admin.given().when().get(page).then().statusCode(200));

        long again = statements(() -> admin.given().when().get(page).then().statusCode(200));
        given().auth()
                .oauth2(Tokens.of("admin"))
                .when()
                .delete("/api/projects/" + acronym + "/deliverables/D10")
                .then()
                .statusCode(204);
        List<String> afterTheChange = Html.of(
                        admin.given().when().get(page).then().statusCode(200).extract())
                .column(DELIVERABLES, 0);

        assertThat("statements of a second view", again, lessThan(first));
        assertThat(afterTheChange, not(hasItem("D10")));
        assertThat(afterTheChange, hasItem("D9"));
    }

    private List<String> deliverableCodes(String path) {
        return Html.of(coordinator
                        .given()
                        .when()
                        .get(path)
                        .then()
                        .statusCode(200)
                        .extract())
                .column(DELIVERABLES, 0);
    }

    private static List<String> apiCodes(String path) {
        return given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.code", String.class);
    }

    private long statements(Runnable request) {
        return SqlStatements.during(sessionFactory, request);
    }

    /** A project whose deliverables have contributors, dependencies, events and milestones, imported by the admin. */
    private static String projectWith(int count) {
        String acronym = unique("S");
        String coordinator = unique("SC");
        String partner = unique("SP");
        String other = unique("SO");
        PlanBuilder plan = PlanBuilder.consortium(acronym, coordinator, partner, other)
                .chainOfDeliverables(count, coordinator, partner, other);
        plan.milestone("MS1", 6).milestone("MS2", 18);
        given().auth()
                .oauth2(Tokens.of("admin"))
                .contentType(ContentType.JSON)
                .body(plan.build())
                .when()
                .post("/api/projects/import")
                .then()
                .statusCode(201);
        return acronym;
    }
}
