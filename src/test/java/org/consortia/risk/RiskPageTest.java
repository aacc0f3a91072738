package org.consortia.risk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consortia.testsupport.DemoConsortium;
import org.consortia.testsupport.DemoPartnersProject;
import org.consortia.testsupport.Html;
import org.consortia.testsupport.PageSession;
import org.consortia.testsupport.SqlStatements;
import org.consortia.testsupport.Tokens;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The register page and its forms in real sessions, on a fresh project of the demo organisations
 * (UNIPSO coordinates, NEXEM and ELISFA are partners, ec-reviewer reviews): R1 is NEXEM's, R2 has no
 * owner.
 */
@QuarkusTest
class RiskPageTest {

    private static final String CAPTION = "The register, by number";
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"([0-9]+)\"");

    @Inject
    SessionFactory sessionFactory;

    private DemoPartnersProject project;

    @BeforeEach
    void aProjectWithTwoRisks() {
        DemoConsortium.load();
        project = DemoPartnersProject.create();
        api().body(risk("Trainers fall ill", "NEXEM")).post(risks()).then().statusCode(201);
        api().body(risk("The funder changes the reporting rules", null))
                .post(risks())
                .then()
                .statusCode(201);
    }

    @Test
    void theCoordinatorSeesTheRegisterAndAddsARisk() {
        PageSession coordinator = PageSession.of("unipso-coordinator");
        Html page = Html.of(coordinator
                .given()
                .when()
                .get(register())
                .then()
                .statusCode(200)
                .contentType(ContentType.HTML)
                .extract());
        assertThat(page.column(CAPTION, 0), contains("R1", "R2"));
        assertThat(page.column(CAPTION, 4), contains("NEXEM", "–"));
        assertThat(page.column(CAPTION, 5), contains("Open", "Open"));
        assertThat(page.column(CAPTION, 9), contains("Edit R1", "Edit R2"));

        ExtractableResponse<Response> added = form(coordinator, register() + "/new")
                .formParam("description", "Low attendance at the national event")
                .formParam("likelihood", "MEDIUM")
                .formParam("impact", "HIGH")
                .formParam("owner", "ELISFA")
                .formParam("identifiedOn", "2025-09-01")
                .formParam("status", "MITIGATED")
                .formParam("mitigation", "Invitations through the national networks")
                .formParam("closedOn", "")
                .when()
                .post(register() + "/new")
                .then()
                .statusCode(303)
                .header("Location", endsWith(register()))
                .extract();
        assertThat(
                coordinator
                        .given()
                        .cookie("consortia-flash", added.cookie("consortia-flash"))
                        .when()
                        .get(register())
                        .then()
                        .extract()
                        .asString(),
                containsString("R3 was created."));
        api().get(risks() + "/3")
                .then()
                .body(
                        "description",
                        equalTo("Low attendance at the national event"),
                        "owner",
                        equalTo("ELISFA"),
                        "status",
                        equalTo("MITIGATED"),
                        "identifiedOn",
                        equalTo("2025-09-01"),
                        "mitigation",
                        equalTo("Invitations through the national networks"),
                        "closedOn",
                        nullValue());

        ExtractableResponse<Response> edit = coordinator
                .given()
                .when()
                .get(register() + "/2")
                .then()
                .statusCode(200)
                .body(containsString("name=\"description\""))
                .extract();
        form(coordinator, register() + "/2")
                .formParam("version", versionOf(edit.asString()))
                .formParam("description", "The funder changes the reporting rules")
                .formParam("likelihood", "LOW")
                .formParam("impact", "MEDIUM")
                .formParam("owner", "")
                .formParam("identifiedOn", "2025-03-10")
                .formParam("status", "CLOSED")
                .formParam("closedOn", "2025-12-31")
                .formParam("mitigation", "")
                .when()
                .post(register() + "/2")
                .then()
                .statusCode(303);
        api().get(risks() + "/2")
                .then()
                .body(
                        "likelihood",
                        equalTo("LOW"),
                        "status",
                        equalTo("CLOSED"),
                        "closedOn",
                        equalTo("2025-12-31"),
                        "owner",
                        nullValue());
    }

    @Test
    void aRefusedFormComesBackWithTheReasonsAndWhatWasTyped() {
        PageSession coordinator = PageSession.of("unipso-coordinator");
        String unreadable = form(coordinator, register() + "/new")
                .formParam("description", "Kept as typed")
                .formParam("likelihood", "")
                .formParam("impact", "HIGH")
                .formParam("owner", "NEXEM")
                .formParam("identifiedOn", "soon")
                .formParam("status", "OPEN")
                .when()
                .post(register() + "/new")
                .then()
                .statusCode(400)
                .contentType(ContentType.HTML)
                .extract()
                .asString();
        assertThat(unreadable, containsString("role=\"alert\""));
        assertThat(unreadable, containsString("aria-invalid=\"true\""));
        assertThat(unreadable, containsString("Kept as typed"));
        assertThat(unreadable, containsString("value=\"soon\""));
        assertThat(unreadable, containsString("<option value=\"NEXEM\" selected>"));
        assertThat(unreadable, containsString("Likelihood: must not be null"));

        String refused = form(coordinator, register() + "/new")
                .formParam("description", "Closed without a day")
                .formParam("likelihood", "LOW")
                .formParam("impact", "LOW")
                .formParam("identifiedOn", "2025-05-05")
                .formParam("status", "CLOSED")
                .when()
                .post(register() + "/new")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertThat(refused, containsString("give the day a closed risk was closed"));
        assertThat(refused, containsString("value=\"2025-05-05\""));
        api().get(risks()).then().body("total", equalTo(2));
    }

    @Test
    void theOwnersStaffUpdateWhatIsDoneAboutTheirRiskAndNothingElse() {
        PageSession nexem = PageSession.of("nexem-partner");
        Html page = Html.of(
                nexem.given().when().get(register()).then().statusCode(200).extract());
        assertThat(page.column(CAPTION, 9), contains("Update R1", ""));
        assertThat(
                nexem.given().when().get(register()).then().extract().asString(),
                not(containsString("href=\"" + register() + "/new\"")));

        String form = nexem.given()
                .when()
                .get(register() + "/1")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(form, not(containsString("name=\"description\"")));
        assertThat(form, containsString("name=\"mitigation\""));
        form(nexem, register() + "/1")
                .formParam("version", versionOf(form))
                .formParam("mitigation", "Two back-up trainers")
                .formParam("status", "CLOSED")
                .formParam("closedOn", "2025-06-30")
                .formParam("description", "Forged: not the owner's to change")
                .when()
                .post(register() + "/1")
                .then()
                .statusCode(303);
        api().get(risks() + "/1")
                .then()
                .body(
                        "mitigation",
                        equalTo("Two back-up trainers"),
                        "status",
                        equalTo("CLOSED"),
                        "closedOn",
                        equalTo("2025-06-30"),
                        "description",
                        equalTo("Trainers fall ill"));

        assertEquals(403, nexem.given().when().get(register() + "/2").statusCode());
        assertEquals(403, nexem.given().when().get(register() + "/new").statusCode());
        PageSession elisfa = PageSession.of("elisfa-partner");
        assertEquals(403, elisfa.given().when().get(register() + "/1").statusCode());
        form(elisfa, project.page(DemoPartnersProject.TRAINING))
                .formParam("mitigation", "Not ours")
                .formParam("status", "OPEN")
                .when()
                .post(register() + "/1")
                .then()
                .statusCode(403);
        api().get(risks() + "/1").then().body("mitigation", equalTo("Two back-up trainers"));
    }

    @Test
    void reviewersAndStrangersGetNotFound() {
        for (String visitor : new String[] {"ec-reviewer", "wrzos-partner", "guest"}) {
            PageSession session = PageSession.of(visitor);
            session.given()
                    .when()
                    .get(register())
                    .then()
                    .statusCode(404)
                    .contentType(ContentType.HTML)
                    .body(containsString("Page not found"));
            session.given().when().get(register() + "/1").then().statusCode(404);
            session.given().when().get(register() + "/new").then().statusCode(404);
        }
        given().redirects()
                .follow(false)
                .when()
                .get(register())
                .then()
                .statusCode(302)
                .header("Location", containsString("/protocol/openid-connect/auth"));
    }

    @Test
    void theStatusPageLeadsTheConsortiumToTheRegister() {
        String link = "href=\"" + register() + "\"";
        PageSession.of("elisfa-partner")
                .given()
                .when()
                .get(project.page())
                .then()
                .statusCode(200)
                .body(containsString(link));
        PageSession.of("ec-reviewer")
                .given()
                .when()
                .get(project.page())
                .then()
                .statusCode(200)
                .body(not(containsString(link)));
    }

    @Test
    void anEditOfAnOlderVersionIsRefusedWith412UntilSentAgainKnowingly() {
        PageSession nexem = PageSession.of("nexem-partner");
        String read =
                nexem.given().when().get(register() + "/1").then().extract().asString();
        Map<String, Object> meanwhile = risk("Trainers fall ill or leave", "NEXEM");
        api().header("If-Match", "\"0\"")
                .body(meanwhile)
                .put(risks() + "/1")
                .then()
                .statusCode(200);

        String stale = form(nexem, register() + "/1")
                .formParam("version", versionOf(read))
                .formParam("mitigation", "Mine")
                .formParam("status", "OPEN")
                .when()
                .post(register() + "/1")
                .then()
                .statusCode(412)
                .extract()
                .asString();
        assertThat(stale, containsString("Someone else saved a change"));
        assertThat(stale, containsString(">Mine</textarea>"));
        assertThat(stale, containsString("Trainers fall ill or leave"));
        api().get(risks() + "/1").then().body("mitigation", nullValue());

        form(nexem, register() + "/1")
                .formParam("version", versionOf(stale))
                .formParam("mitigation", "Mine")
                .formParam("status", "OPEN")
                .when()
                .post(register() + "/1")
                .then()
                .statusCode(303);
        api().get(risks() + "/1")
                .then()
                .body("mitigation", equalTo("Mine"), "description", equalTo("Trainers fall ill or leave"));
    }

    @Test
    void aFrenchVisitorReadsTheRegisterInFrench() {
        Html page = Html.of(PageSession.of("nexem-partner")
                .given()
                .header("Accept-Language", "fr")
                .when()
                .get(register())
                .then()
                .statusCode(200)
                .extract());
        assertEquals("fr", page.lang());
        assertThat(page.column("Le registre, par numéro", 5), contains("Ouvert", "Ouvert"));
        assertThat(page.column("Le registre, par numéro", 2), hasItem("Moyen"));
    }

    @Test
    void theRegisterCostsTheSameStatementsForThreeOrThirtyRisks() {
        PageSession coordinator = PageSession.of("unipso-coordinator");
        String few = projectWithRisks(3);
        String many = projectWithRisks(30);
        coordinator.given().when().get(few).then().statusCode(200);

        long three = SqlStatements.during(
                sessionFactory, () -> coordinator.given().when().get(few).then().statusCode(200));
        long thirty = SqlStatements.during(
                sessionFactory,
                () -> coordinator.given().when().get(many).then().statusCode(200));

        assertEquals(three, thirty, "SQL statements for the register of 3 vs 30 risks");
    }

    /** The register page of a new project with {@code count} risks, NEXEM's and ELISFA's in turn. */
    private String projectWithRisks(int count) {
        DemoPartnersProject other = DemoPartnersProject.create();
        for (int i = 1; i <= count; i++) {
            api().body(risk("Risk " + i, i % 2 == 0 ? "NEXEM" : "ELISFA"))
                    .post("/api/projects/" + other.acronym() + "/risks")
                    .then()
                    .statusCode(201);
        }
        return other.page() + "/risks";
    }

    /** A form post in {@code session}, with the token of the page at {@code readFrom}. */
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

    private static Map<String, Object> risk(String description, String owner) {
        Map<String, Object> body = new HashMap<>();
        body.put("description", description);
        body.put("likelihood", "MEDIUM");
        body.put("impact", "HIGH");
        body.put("owner", owner);
        body.put("identifiedOn", "2025-03-10");
        return body;
    }

    private static RequestSpecification api() {
        return given().auth().oauth2(Tokens.of("unipso-coordinator")).contentType(ContentType.JSON);
    }

    private String risks() {
        return "/api/projects/" + project.acronym() + "/risks";
    }

    private String register() {
        return project.page() + "/risks";
    }
}
