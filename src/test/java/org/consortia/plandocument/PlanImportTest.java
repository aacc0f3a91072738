package org.consortia.plandocument;

import static io.restassured.RestAssured.given;
import static org.consortia.testsupport.Fixtures.deliverableBody;
import static org.consortia.testsupport.Fixtures.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.consortia.testsupport.PlanBuilder;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "admin", roles = "platform-admin")
class PlanImportTest {

    private static final String IMPORT = "/api/projects/import";

    @Test
    void yamlDocumentCreatesTheWholePlan() {
        String acronym = unique("Y");
        String lead = unique("YL");
        String host = unique("YH");
        String yaml = """
                project:
                  acronym: %1$s
                  title: Social dialogue in social services
                  funder: European Commission – DG EMPL
                  grantReference: VS/2021/0054
                  startDate: 2021-02-01
                  endDate: 2023-02-28
                  status: ACTIVE
                organisations:
                  - {code: %2$s, legalName: Lead federation, country: BE, type: EMPLOYERS_ORGANISATION}
                  - {code: %3$s, legalName: Host union, country: GR, type: TRADE_UNION}
                partners:
                  - {organisation: %2$s, role: COORDINATOR, partnerNumber: 1}
                  - {organisation: %3$s, role: BENEFICIARY}
                workPackages:
                  - {number: WP1, title: Study, lead: %2$s, startMonth: 1, endMonth: 12}
                deliverables:
                  - code: D1.1
                    title: Covid-19 study
                    workPackage: WP1
                    lead: %2$s
                    kind: STUDY
                    dueMonth: 8
                  - code: D1.2
                    title: Thematic meeting
                    workPackage: WP1
                    lead: %2$s
                    contributors: [%3$s]
                    kind: THEMATIC_MEETING
                    dueDate: 2021-10-06
                    dependsOn: [D1.1]
                    event: {plannedDate: 2021-10-06, country: GR, city: Athens, hosts: [%3$s], expectedParticipants: 40}
                milestones:
                  - {code: MS1, title: Study published, workPackage: WP1, dueMonth: 9}
                reportingPeriods:
                  - {startMonth: 1, endMonth: 12}
                  - {startMonth: 13, endMonth: 25}
                """.formatted(acronym, lead, host);

        given().contentType("application/yaml")
                .body(yaml.getBytes(StandardCharsets.UTF_8))
                .when()
                .post(IMPORT)
                .then()
                .log()
                .ifValidationFails()
                .statusCode(201)
                .header("Location", endsWith("/api/projects/" + acronym))
                .body("created", equalTo(true), "deliverables", equalTo(2), "reportingPeriods", equalTo(2));

        given().get("/api/projects/{a}", acronym).then().body("durationMonths", equalTo(25));
        given().get("/api/projects/{a}/partners", acronym).then().body("items.partnerNumber", contains(1, 2));
        given().get("/api/projects/{a}/deliverables/D1.2", acronym)
                .then()
                .body("dueMonth", equalTo(9), "dependsOn", contains("D1.1"), "event.hosts", contains(host));
        given().get("/api/projects/{a}/milestones/MS1", acronym).then().body("dueDate", equalTo("2021-10-31"));
        given().get("/api/projects/{a}/reporting-periods/2", acronym).then().body("endDate", equalTo("2023-02-28"));
    }

    @Test
    void importingAgainUpdatesWithoutDuplicating() {
        Names n = new Names();
        PlanBuilder plan = n.plan();
        plan.deliverable(deliverableBody("D1.1", n.partner, 3));
        plan.deliverable(deliverableBody("D1.2", n.partner, 6));
        given().contentType(ContentType.JSON)
                .body(plan.build())
                .post(IMPORT)
                .then()
                .statusCode(201);
        given().contentType(ContentType.JSON)
                .body(plan.build())
                .post(IMPORT)
                .then()
                .statusCode(200)
                .body("created", equalTo(false));
        given().get("/api/projects/{a}/deliverables/D1.1", n.acronym).then().header("ETag", equalTo("\"0\""));

        plan.deliverables().remove(1);
        plan.deliverables().get(0).put("title", "Renamed study");
        plan.project().put("title", "Renamed project");
        given().contentType(ContentType.JSON)
                .body(plan.build())
                .post(IMPORT)
                .then()
                .statusCode(200);

        given().get("/api/projects/{a}/deliverables", n.acronym)
                .then()
                .body("total", equalTo(1), "items[0].title", equalTo("Renamed study"));
        given().get("/api/projects/{a}", n.acronym).then().body("title", equalTo("Renamed project"));
        given().get("/api/projects/{a}/partners", n.acronym).then().body("total", equalTo(3));
        given().queryParam("size", 500)
                .get("/api/projects")
                .then()
                .body("items.findAll { it.acronym == '" + n.acronym + "' }.size()", equalTo(1));
    }

    @Test
    void rejectedImportLeavesNothingBehind() {
        Names n = new Names();
        String outsider = unique("OUT");
        PlanBuilder plan = n.plan();
        plan.deliverable(deliverableBody("D1.1", n.partner, 3));
        plan.deliverable(deliverableBody("D1.2", outsider, 6));

        given().contentType(ContentType.JSON)
                .body(plan.build())
                .when()
                .post(IMPORT)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("deliverables[1].lead"), "detail", containsString(outsider));

        given().get("/api/projects/{a}", n.acronym).then().statusCode(404);
        given().get("/api/organisations/{c}", n.coordinator).then().statusCode(404);
    }

    @Test
    void rejectedReimportKeepsThePreviousPlan() {
        Names n = new Names();
        PlanBuilder plan = n.plan();
        plan.deliverable(deliverableBody("D1.1", n.partner, 3));
        given().contentType(ContentType.JSON)
                .body(plan.build())
                .post(IMPORT)
                .then()
                .statusCode(201);

        plan.project().put("title", "Should not stick");
        plan.deliverables().get(0).put("title", "Should not stick either");
        plan.deliverable(deliverableBody("D1.2", n.partner, 99));
        given().contentType(ContentType.JSON)
                .body(plan.build())
                .when()
                .post(IMPORT)
                .then()
                .statusCode(400)
                .body("errors.field", contains("deliverables[1].dueMonth"));

        given().get("/api/projects/{a}", n.acronym).then().body("title", startsWith("Project "));
        given().get("/api/projects/{a}/deliverables", n.acronym)
                .then()
                .body("total", equalTo(1), "items[0].title", equalTo("Deliverable D1.1"));
    }

    @Test
    void dependencyCycleIsRefused() {
        Names n = new Names();
        PlanBuilder plan = n.plan();
        Map<String, Object> first = deliverableBody("D1.1", n.partner, 3);
        first.put("dependsOn", List.of("D1.2"));
        Map<String, Object> second = deliverableBody("D1.2", n.partner, 6);
        second.put("dependsOn", List.of("D1.1"));
        plan.deliverable(first).deliverable(second);
        given().contentType(ContentType.JSON)
                .body(plan.build())
                .when()
                .post(IMPORT)
                .then()
                .statusCode(409)
                .body("errors.field", contains("deliverables.dependsOn"));
        given().get("/api/projects/{a}", n.acronym).then().statusCode(404);
    }

    @Test
    void documentNeedsExactlyOneCoordinatorAndUniqueCodes() {
        Names n = new Names();
        PlanBuilder twoCoordinators = n.plan();
        twoCoordinators.partners().get(1).put("role", "COORDINATOR");
        given().contentType(ContentType.JSON)
                .body(twoCoordinators.build())
                .when()
                .post(IMPORT)
                .then()
                .statusCode(400)
                .body("errors.field", contains("partners"));

        PlanBuilder duplicates = n.plan();
        duplicates
                .deliverable(deliverableBody("D1.1", n.partner, 3))
                .deliverable(deliverableBody("D1.1", n.partner, 4));
        given().contentType(ContentType.JSON)
                .body(duplicates.build())
                .when()
                .post(IMPORT)
                .then()
                .statusCode(400)
                .body("errors.field", contains("deliverables[1]"));
    }

    @Test
    void invalidFieldsArePointedAtInsideTheDocument() {
        Names n = new Names();
        PlanBuilder plan = n.plan();
        Map<String, Object> bad = deliverableBody("D1.1", n.partner, 3);
        bad.remove("title");
        plan.deliverable(bad);
        given().contentType(ContentType.JSON)
                .body(plan.build())
                .when()
                .post(IMPORT)
                .then()
                .statusCode(400)
                .body("errors.field", contains("deliverables[0].title"));

        given().contentType("application/yaml")
                .body("project: [unclosed".getBytes(StandardCharsets.UTF_8))
                .when()
                .post(IMPORT)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().contentType("application/yaml")
                .body("project:\n  acronym: X1\n  colour: blue\n".getBytes(StandardCharsets.UTF_8))
                .when()
                .post(IMPORT)
                .then()
                .statusCode(400)
                .body("errors.field", contains("project.colour"));
    }

    @Test
    void coordinationCanBeHandedOverByReimport() {
        Names n = new Names();
        PlanBuilder plan = n.plan();
        given().contentType(ContentType.JSON)
                .body(plan.build())
                .post(IMPORT)
                .then()
                .statusCode(201);
        plan.partners().get(0).put("role", "BENEFICIARY");
        plan.partners().get(1).put("role", "COORDINATOR");
        given().contentType(ContentType.JSON)
                .body(plan.build())
                .post(IMPORT)
                .then()
                .statusCode(200);
        given().get("/api/projects/{a}/partners/{o}", n.acronym, n.partner)
                .then()
                .body("role", equalTo("COORDINATOR"));
    }

    @Test
    void exportImportsBackUnchanged() {
        Names n = new Names();
        PlanBuilder plan = n.plan();
        Map<String, Object> event = deliverableBody("D1.1", n.partner, 3);
        event.put("kind", "NATIONAL_EVENT");
        event.put("event", Map.of("country", "RO", "city", "Bucharest", "hosts", List.of(n.other)));
        event.put("contributors", List.of(n.other));
        plan.deliverable(event);
        Map<String, Object> report = deliverableBody("D1.2", n.other, 5);
        report.put("dependsOn", List.of("D1.1"));
        report.put("dueDate", "2025-05-20");
        Map<String, Object> fixedOnMonthEnd = deliverableBody("D1.3", n.other, 6);
        fixedOnMonthEnd.remove("dueMonth");
        fixedOnMonthEnd.put("dueDate", "2025-06-30");
        plan.deliverable(report).deliverable(fixedOnMonthEnd).milestone("MS1", 6);
        given().contentType(ContentType.JSON)
                .body(plan.build())
                .post(IMPORT)
                .then()
                .statusCode(201);
        int version =
                given().get("/api/projects/{a}/deliverables/D1.2", n.acronym).path("version");

        String json = given().accept(ContentType.JSON)
                .get("/api/projects/{a}/export", n.acronym)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        given().contentType(ContentType.JSON).body(json).post(IMPORT).then().statusCode(200);
        String again = given().accept(ContentType.JSON)
                .get("/api/projects/{a}/export", n.acronym)
                .asString();
        assertEquals(json, again);

        String yaml = given().accept("application/yaml")
                .get("/api/projects/{a}/export", n.acronym)
                .then()
                .statusCode(200)
                .contentType(startsWith("application/yaml"))
                .extract()
                .asString();
        given().contentType("application/yaml")
                .body(yaml.getBytes(StandardCharsets.UTF_8))
                .post(IMPORT)
                .then()
                .statusCode(200);
        given().get("/api/projects/{a}/deliverables/D1.2", n.acronym)
                .then()
                .body("dueDate", equalTo("2025-05-20"), "dependsOn", contains("D1.1"), "version", equalTo(version));
        given().get("/api/projects/{a}/deliverables/D1.1", n.acronym)
                .then()
                .body("event.city", equalTo("Bucharest"), "contributors", containsInAnyOrder(n.other));
        given().get("/api/projects/{a}/deliverables/D1.3", n.acronym)
                .then()
                .body("dueDate", equalTo("2025-06-30"), "dueDateExplicit", equalTo(true));
    }

    @Test
    void exportOfUnknownProjectIsNotFound() {
        given().get("/api/projects/NOT-THERE/export").then().statusCode(404).contentType("application/problem+json");
    }

    /** Fresh codes for one test's consortium. */
    private static final class Names {
        final String acronym = unique("I");
        final String coordinator = unique("IC");
        final String partner = unique("IP");
        final String other = unique("IO");

        PlanBuilder plan() {
            return PlanBuilder.consortium(acronym, coordinator, partner, other);
        }
    }
}
