package org.consortia.risk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.testsupport.DemoConsortium;
import org.consortia.testsupport.DemoPartnersProject;
import org.consortia.testsupport.Fixtures;
import org.consortia.testsupport.SqlStatements;
import org.consortia.testsupport.Tokens;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The risk register over the API with real tokens: a fresh project of the demo organisations each test
 * (UNIPSO coordinates, NEXEM and ELISFA are partners, ec-reviewer reviews it; January 2025 to December
 * 2026), and what the periodic report reads of it ({@link RiskService#asOf}).
 */
@QuarkusTest
class RiskResourceTest {

    @Inject
    RiskService risks;

    @Inject
    ProjectService projects;

    @Inject
    SessionFactory sessionFactory;

    private DemoPartnersProject project;

    @BeforeEach
    void aFreshProject() {
        DemoConsortium.load();
        project = DemoPartnersProject.create();
    }

    @Test
    void theCoordinatorEntersRisksNumberedOneAfterTheOther() {
        as("unipso-coordinator")
                .body(risk("Trainers fall ill", "NEXEM"))
                .when()
                .post(risks())
                .then()
                .statusCode(201)
                .header("Location", endsWith(risks() + "/1"))
                .header("ETag", equalTo("\"0\""))
                .body(
                        "number",
                        equalTo(1),
                        "code",
                        equalTo("R1"),
                        "description",
                        equalTo("Trainers fall ill"),
                        "likelihood",
                        equalTo("MEDIUM"),
                        "impact",
                        equalTo("HIGH"),
                        "owner",
                        equalTo("NEXEM"),
                        "status",
                        equalTo("OPEN"),
                        "identifiedOn",
                        equalTo("2025-03-10"),
                        "closedOn",
                        nullValue(),
                        "version",
                        equalTo(0));
        Map<String, Object> closed = risk("  Venue not available  ", null);
        closed.put("status", "closed");
        closed.put("closedOn", "2025-06-30");
        as("admin")
                .body(closed)
                .when()
                .post(risks())
                .then()
                .statusCode(201)
                .body(
                        "number",
                        equalTo(2),
                        "code",
                        equalTo("R2"),
                        "description",
                        equalTo("Venue not available"),
                        "owner",
                        nullValue(),
                        "status",
                        equalTo("CLOSED"),
                        "closedOn",
                        equalTo("2025-06-30"));

        as("elisfa-partner")
                .when()
                .get(risks())
                .then()
                .statusCode(200)
                .body("total", equalTo(2), "page", equalTo(0), "size", equalTo(50), "items.code", contains("R1", "R2"));
        as("nexem-partner")
                .when()
                .get(risks() + "/2")
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("description", equalTo("Venue not available"));
        as("nexem-partner")
                .queryParam("page", 1)
                .queryParam("size", 1)
                .when()
                .get(risks())
                .then()
                .statusCode(200)
                .body("items.code", contains("R2"), "total", equalTo(2));
    }

    @Test
    void aRemovedRiskIsGoneAndTheNextTakesTheNextNumber() {
        add(risk("First", null));
        add(risk("Second", null));
        as("unipso-coordinator").when().delete(risks() + "/1").then().statusCode(204);
        as("unipso-coordinator").when().get(risks() + "/1").then().statusCode(404);
        as("unipso-coordinator").when().get(risks() + "/R2").then().statusCode(404);
        as("unipso-coordinator")
                .body(risk("Third", null))
                .when()
                .post(risks())
                .then()
                .statusCode(201)
                .body("code", equalTo("R3"));
    }

    @Test
    void badInputIsA400NamingTheField() {
        Map<String, Object> blank = risk(" ", null);
        blank.remove("likelihood");
        blank.put("description", " ");
        refused(blank, "description", "likelihood");
        Map<String, Object> tooLong = risk("x".repeat(2001), null);
        tooLong.put("mitigation", "y".repeat(4001));
        refused(tooLong, "description", "mitigation");
        Map<String, Object> noDate = risk("Late", null);
        noDate.remove("identifiedOn");
        refused(noDate, "identifiedOn");
        Map<String, Object> before = risk("Before the project", null);
        before.put("identifiedOn", "2024-12-31");
        refused(before, "identifiedOn");
        refused(risk("Owned by a stranger", "WRZOS"), "owner");
        Map<String, Object> notClosed = risk("Open with a closing day", null);
        notClosed.put("closedOn", "2025-04-01");
        refused(notClosed, "closedOn");
        Map<String, Object> noDay = risk("Closed without a day", null);
        noDay.put("status", "CLOSED");
        refused(noDay, "closedOn");
        Map<String, Object> tooEarly = risk("Closed before it was seen", null);
        tooEarly.put("status", "CLOSED");
        tooEarly.put("closedOn", "2025-03-09");
        refused(tooEarly, "closedOn");
        Map<String, Object> unknown = risk("Unknown level", null);
        unknown.put("impact", "CATASTROPHIC");
        as("unipso-coordinator").body(unknown).when().post(risks()).then().statusCode(400);
        Map<String, Object> numbered = risk("Numbered by the client", null);
        numbered.put("number", 7);
        as("unipso-coordinator").body(numbered).when().post(risks()).then().statusCode(400);

        as("unipso-coordinator").when().get(risks()).then().body("total", equalTo(0));
    }

    @Test
    void theOwnersStaffUpdateTheMitigationAndStatusOnly() {
        add(risk("Trainers fall ill", "NEXEM"));
        Map<String, Object> update = risk("Trainers fall ill", "NEXEM");
        update.put("mitigation", "Two back-up trainers trained in May");
        update.put("status", "CLOSED");
        update.put("closedOn", "2025-05-31");
        as("nexem-partner")
                .header("If-Match", "\"0\"")
                .body(update)
                .when()
                .put(risk(1))
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body(
                        "mitigation",
                        equalTo("Two back-up trainers trained in May"),
                        "status",
                        equalTo("CLOSED"),
                        "closedOn",
                        equalTo("2025-05-31"),
                        "version",
                        equalTo(1));

        Map<String, Object> graver = new HashMap<>(update);
        graver.put("impact", "LOW");
        as("nexem-partner")
                .body(graver)
                .when()
                .put(risk(1))
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("As the owner of R1 you may change its mitigation and status"));
        Map<String, Object> handedOver = new HashMap<>(update);
        handedOver.put("owner", "ELISFA");
        as("nexem-partner").body(handedOver).when().put(risk(1)).then().statusCode(403);

        as("elisfa-partner")
                .body(update)
                .when()
                .put(risk(1))
                .then()
                .statusCode(403)
                .body("detail", equalTo("Only the coordinator or NEXEM, the owner of R1, may change it"));
        as("nexem-partner")
                .body(risk("A risk of our own", "NEXEM"))
                .when()
                .post(risks())
                .then()
                .statusCode(403);
        as("nexem-partner").when().delete(risk(1)).then().statusCode(403);
        as("unipso-coordinator").when().get(risk(1)).then().body("impact", equalTo("HIGH"), "owner", equalTo("NEXEM"));
    }

    @Test
    void aRiskWithoutOwnerIsTheCoordinatorsAlone() {
        add(risk("Funder changes the reporting rules", null));
        as("nexem-partner")
                .body(risk("Funder changes the reporting rules", null))
                .when()
                .put(risk(1))
                .then()
                .statusCode(403)
                .body("detail", containsString("which has no owner"));
        Map<String, Object> changed = risk("Funder changes the reporting rules", "ELISFA");
        changed.put("likelihood", "LOW");
        as("unipso-coordinator")
                .body(changed)
                .when()
                .put(risk(1))
                .then()
                .statusCode(200)
                .body("owner", equalTo("ELISFA"), "likelihood", equalTo("LOW"));
    }

    @Test
    void reviewersAndStrangersDoNotKnowTheRegisterExists() {
        add(risk("Trainers fall ill", "NEXEM"));
        for (String caller : List.of("ec-reviewer", "wrzos-partner", "metz-coordinator", "guest")) {
            as(caller).when().get(risks()).then().statusCode(404).contentType("application/problem+json");
            as(caller).when().get(risk(1)).then().statusCode(404);
            as(caller).body(risk("Mine", null)).when().post(risks()).then().statusCode(404);
            as(caller)
                    .body(risk("Trainers fall ill", "NEXEM"))
                    .when()
                    .put(risk(1))
                    .then()
                    .statusCode(404);
            as(caller).when().delete(risk(1)).then().statusCode(404);
        }
        as("ec-reviewer")
                .when()
                .get("/api/projects/" + project.acronym())
                .then()
                .statusCode(200);

        given().when()
                .get(risks())
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer"));
        given().contentType(ContentType.JSON)
                .body(risk("Anonymous", null))
                .when()
                .post(risks())
                .then()
                .statusCode(401);
        given().when().get(risk(1)).then().statusCode(401);
    }

    @Test
    void anEditOfAnOlderVersionIsRefusedWith412() {
        add(risk("Trainers fall ill", "NEXEM"));
        Map<String, Object> changed = risk("Trainers fall ill or leave", "NEXEM");
        as("unipso-coordinator")
                .header("If-Match", "\"0\"")
                .body(changed)
                .when()
                .put(risk(1))
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""));

        Map<String, Object> stale = risk("Trainers fall ill", "NEXEM");
        stale.put("mitigation", "Back-up trainers");
        as("nexem-partner")
                .header("If-Match", "\"0\"")
                .body(stale)
                .when()
                .put(risk(1))
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        as("unipso-coordinator")
                .header("If-Match", "W/\"0\"")
                .body(stale)
                .when()
                .put(risk(1))
                .then()
                .statusCode(412);
        as("unipso-coordinator")
                .when()
                .get(risk(1))
                .then()
                .body("description", equalTo("Trainers fall ill or leave"), "mitigation", nullValue());
    }

    @Test
    void everyChangeIsInTheAuditTrailOutOfTheFundersSight() {
        add(risk("Trainers fall ill", "NEXEM"));
        Map<String, Object> update = risk("Trainers fall ill", "NEXEM");
        update.put("mitigation", "Back-up trainers");
        as("nexem-partner").body(update).when().put(risk(1)).then().statusCode(200);
        as("nexem-partner").body(update).when().put(risk(1)).then().statusCode(200); // changes nothing
        as("unipso-coordinator").when().delete(risk(1)).then().statusCode(204);

        as("unipso-coordinator")
                .when()
                .get(activity())
                .then()
                .statusCode(200)
                .body(
                        "items.action",
                        contains("RISK_REMOVED", "RISK_CHANGED", "RISK_CREATED", "PLAN_IMPORTED", "REVIEWER_ASSIGNED"),
                        "items[0].subjectType",
                        equalTo("RISK"),
                        "items[0].subject",
                        equalTo("R1"),
                        "items[0].actor",
                        equalTo("unipso-coordinator"),
                        "items[0].after",
                        nullValue(),
                        "items[1].actor",
                        equalTo("nexem-partner"),
                        "items[1].actorOrganisation",
                        equalTo("NEXEM"),
                        "items[1].before.mitigation",
                        nullValue(),
                        "items[1].after.mitigation",
                        equalTo("Back-up trainers"),
                        "items[2].after.code",
                        equalTo("R1"),
                        "items[2].after.owner",
                        equalTo("NEXEM"));
        as("ec-reviewer").when().get(activity()).then().statusCode(200).body("items.subjectType", not(hasItem("RISK")));
    }

    @Test
    void aPartnerThatOwnsARiskStaysUntilTheRiskIsHandedOver() {
        add(risk("Trainers fall ill", "ELISFA"));
        as("admin")
                .when()
                .delete("/api/projects/" + project.acronym() + "/partners/ELISFA")
                .then()
                .statusCode(409)
                .body("detail", containsString("ELISFA still leads, hosts, contributes to or owns 1"));
        as("admin")
                .body(risk("Trainers fall ill", null))
                .when()
                .put(risk(1))
                .then()
                .statusCode(200);
        as("admin")
                .when()
                .delete("/api/projects/" + project.acronym() + "/partners/ELISFA")
                .then()
                .statusCode(204);
    }

    @Test
    void newProjectDatesMustStillCoverTheDayARiskWasIdentified() {
        String acronym = Fixtures.unique("RD");
        Map<String, Object> dates = Fixtures.projectBody(acronym);
        as("admin").body(dates).when().post("/api/projects").then().statusCode(201);
        as("admin")
                .body(risk("Trainers fall ill", null)) // identified on 10 March 2025
                .when()
                .post("/api/projects/" + acronym + "/risks")
                .then()
                .statusCode(201);

        dates.put("startDate", "2025-04-01");
        as("admin")
                .body(dates)
                .when()
                .put("/api/projects/" + acronym)
                .then()
                .statusCode(409)
                .body(
                        "errors[0].field",
                        equalTo("startDate"),
                        "detail",
                        containsString("R1 was identified on 2025-03-10"));
        as("admin").when().get("/api/projects/" + acronym).then().body("startDate", equalTo("2025-01-01"));
        dates.put("startDate", "2025-03-10");
        as("admin").body(dates).when().put("/api/projects/" + acronym).then().statusCode(200);
    }

    @Test
    void theReportReadsTheRisksOfAPeriod() {
        add(dated("Identified before, still open", "2025-02-01", null, null));
        add(dated("Closed before the period", "2025-02-01", "CLOSED", "2025-06-30"));
        add(dated("Closed on the period's first day", "2025-02-01", "CLOSED", "2025-07-01"));
        add(dated("Identified and closed during the period", "2025-08-01", "CLOSED", "2025-09-15"));
        add(dated("Identified on the period's last day", "2025-12-31", "MITIGATED", null));
        add(dated("Identified after the period", "2026-01-01", null, null));
        add(dated("Closed after the period", "2025-03-01", "CLOSED", "2026-02-01"));

        List<RiskView> period = asOf(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31));

        assertEquals(
                List.of("R1", "R3", "R4", "R5", "R7"),
                period.stream().map(RiskView::code).toList());
        RiskView closedDuring = period.get(2);
        assertEquals(
                new RiskView(
                        4,
                        "R4",
                        "Identified and closed during the period",
                        RiskLevel.MEDIUM,
                        RiskLevel.HIGH,
                        null,
                        "NEXEM",
                        RiskStatus.CLOSED,
                        LocalDate.of(2025, 8, 1),
                        LocalDate.of(2025, 9, 15),
                        0),
                closedDuring);
        assertEquals(List.of(), asOf(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
    }

    @Test
    void thePeriodsRisksAreReadInOneStatementHoweverManyThereAre() {
        Project few = projectWithRisks(3);
        Project many = projectWithRisks(30);
        LocalDate start = LocalDate.of(2025, 1, 1);
        LocalDate end = LocalDate.of(2025, 12, 31);

        long three = SqlStatements.during(
                sessionFactory,
                () -> assertEquals(3, inTransaction(few, start, end).size()));
        long thirty = SqlStatements.during(
                sessionFactory,
                () -> assertEquals(30, inTransaction(many, start, end).size()));

        assertEquals(1, three, "SQL statements of asOf for 3 risks");
        assertEquals(1, thirty, "SQL statements of asOf for 30 risks");
    }

    @Test
    void aListOfTheRegisterCostsTheSameStatementsForThreeOrThirtyRisks() {
        String few = projectWithRisks(3).acronym;
        String many = projectWithRisks(30).acronym;
        as("unipso-coordinator")
                .when()
                .get("/api/projects/" + few + "/risks")
                .then()
                .statusCode(200);

        long three = SqlStatements.during(
                sessionFactory,
                () -> as("unipso-coordinator")
                        .when()
                        .get("/api/projects/" + few + "/risks")
                        .then()
                        .statusCode(200)
                        .body("total", equalTo(3)));
        long thirty = SqlStatements.during(
                sessionFactory,
                () -> as("unipso-coordinator")
                        .when()
                        .get("/api/projects/" + many + "/risks")
                        .then()
                        .statusCode(200)
                        .body("total", equalTo(30)));

        assertEquals(three, thirty, "SQL statements for a list of 3 vs 30 risks");
    }

    private List<RiskView> asOf(LocalDate start, LocalDate end) {
        return QuarkusTransaction.requiringNew().call(() -> risks.asOf(projects.find(project.acronym()), start, end));
    }

    private List<RiskView> inTransaction(Project stored, LocalDate start, LocalDate end) {
        return QuarkusTransaction.requiringNew().call(() -> risks.asOf(stored, start, end));
    }

    /** A new demo partners' project whose register holds {@code count} risks, owned by NEXEM and ELISFA in turn. */
    private Project projectWithRisks(int count) {
        DemoPartnersProject other = DemoPartnersProject.create();
        for (int i = 1; i <= count; i++) {
            as("unipso-coordinator")
                    .body(risk("Risk " + i, i % 2 == 0 ? "NEXEM" : "ELISFA"))
                    .when()
                    .post("/api/projects/" + other.acronym() + "/risks")
                    .then()
                    .statusCode(201);
        }
        return QuarkusTransaction.requiringNew().call(() -> projects.find(other.acronym()));
    }

    private void refused(Map<String, Object> body, String... fields) {
        as("unipso-coordinator")
                .body(body)
                .when()
                .post(risks())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains((Object[]) fields));
    }

    private void add(Map<String, Object> body) {
        as("unipso-coordinator").body(body).when().post(risks()).then().statusCode(201);
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

    private static Map<String, Object> dated(String description, String identifiedOn, String status, String closedOn) {
        Map<String, Object> body = risk(description, "NEXEM");
        body.put("identifiedOn", identifiedOn);
        body.put("status", status);
        body.put("closedOn", closedOn);
        return body;
    }

    private static RequestSpecification as(String username) {
        return given().auth().oauth2(Tokens.of(username)).contentType(ContentType.JSON);
    }

    private String risks() {
        return "/api/projects/" + project.acronym() + "/risks";
    }

    private String risk(int number) {
        return risks() + "/" + number;
    }

    private String activity() {
        return "/api/projects/" + project.acronym() + "/activity";
    }
}
