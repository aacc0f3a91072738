package org.consortia.partner;

import static io.restassured.RestAssured.given;
import static org.consortia.testsupport.Fixtures.deliverable;
import static org.consortia.testsupport.Fixtures.deliverableBody;
import static org.consortia.testsupport.Fixtures.organisation;
import static org.consortia.testsupport.Fixtures.organisationBody;
import static org.consortia.testsupport.Fixtures.partner;
import static org.consortia.testsupport.Fixtures.unique;
import static org.consortia.testsupport.Fixtures.workPackage;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.consortia.testsupport.Fixtures;
import org.consortia.testsupport.Fixtures.Consortium;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "admin", roles = "platform-admin")
class PartnerResourceTest {

    private static Map<String, Object> partnerBody(String organisation, String role) {
        Map<String, Object> body = new HashMap<>();
        body.put("organisation", organisation);
        body.put("role", role);
        return body;
    }

    @Test
    void partnersGetTheNextPartnerNumberWhenNoneIsGiven() {
        String acronym = Fixtures.project();
        String first = organisation();
        String second = organisation();
        String third = organisation();

        given().contentType(ContentType.JSON)
                .body(partnerBody(first, "COORDINATOR"))
                .when()
                .post("/api/projects/{acronym}/partners", acronym)
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/projects/" + acronym + "/partners/" + first))
                .header("ETag", equalTo("\"0\""))
                .body("organisation", equalTo(first), "role", equalTo("COORDINATOR"), "partnerNumber", equalTo(1));
        given().contentType(ContentType.JSON)
                .body(partnerBody(second, "BENEFICIARY"))
                .when()
                .post("/api/projects/{acronym}/partners", acronym)
                .then()
                .statusCode(201)
                .body("partnerNumber", equalTo(2));
        given().contentType(ContentType.JSON)
                .body(partnerBody(third, "AFFILIATED_ENTITY"))
                .when()
                .post("/api/projects/{acronym}/partners", acronym)
                .then()
                .statusCode(201)
                .body("partnerNumber", equalTo(3));
    }

    @Test
    void listIsSortedByPartnerNumberAndShowsTheOrganisation() {
        String acronym = Fixtures.project();
        String french = unique("FRA");
        Map<String, Object> frenchBody = organisationBody(french);
        frenchBody.put("country", "FR");
        given().contentType(ContentType.JSON)
                .body(frenchBody)
                .post("/api/organisations")
                .then()
                .statusCode(201);
        String third = organisation();
        String first = organisation();

        Map<String, Object> body = partnerBody(third, "BENEFICIARY");
        body.put("partnerNumber", 3);
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/projects/{acronym}/partners", acronym)
                .then()
                .statusCode(201);
        body = partnerBody(french, "BENEFICIARY");
        body.put("partnerNumber", 2);
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/projects/{acronym}/partners", acronym)
                .then()
                .statusCode(201);
        body = partnerBody(first, "COORDINATOR");
        body.put("partnerNumber", 1);
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/projects/{acronym}/partners", acronym)
                .then()
                .statusCode(201);

        given().when()
                .get("/api/projects/{acronym}/partners", acronym)
                .then()
                .statusCode(200)
                .body(
                        "total",
                        equalTo(3),
                        "items",
                        hasSize(3),
                        "items.organisation",
                        contains(first, french, third),
                        "items.partnerNumber",
                        contains(1, 2, 3),
                        "items.legalName",
                        contains("Organisation " + first, "Organisation " + french, "Organisation " + third),
                        "items.country",
                        contains("BE", "FR", "BE"),
                        "items.role",
                        contains("COORDINATOR", "BENEFICIARY", "BENEFICIARY"));
    }

    @Test
    void partnerCanBeReadBack() {
        Consortium c = Fixtures.consortium();
        given().when()
                .get("/api/projects/{acronym}/partners/{org}", c.acronym(), c.partner())
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body(
                        "organisation",
                        equalTo(c.partner()),
                        "legalName",
                        equalTo("Organisation " + c.partner()),
                        "country",
                        equalTo("BE"),
                        "type",
                        equalTo("EMPLOYERS_ORGANISATION"),
                        "role",
                        equalTo("BENEFICIARY"),
                        "partnerNumber",
                        equalTo(2),
                        "contactEmail",
                        nullValue());
    }

    @Test
    void secondCoordinatorIsAConflict() {
        Consortium c = Fixtures.consortium();
        String candidate = organisation();
        given().contentType(ContentType.JSON)
                .body(partnerBody(candidate, "COORDINATOR"))
                .when()
                .post("/api/projects/{acronym}/partners", c.acronym())
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", contains("role"));
        given().when()
                .get("/api/projects/{acronym}/partners/{org}", c.acronym(), candidate)
                .then()
                .statusCode(404);

        given().contentType(ContentType.JSON)
                .body(partnerBody(c.partner(), "COORDINATOR"))
                .when()
                .put("/api/projects/{acronym}/partners/{org}", c.acronym(), c.partner())
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", contains("role"));
        given().when()
                .get("/api/projects/{acronym}/partners/{org}", c.acronym(), c.partner())
                .then()
                .body("role", equalTo("BENEFICIARY"));
    }

    @Test
    void unknownOrganisationIsRefusedNamingTheField() {
        String acronym = Fixtures.project();
        given().contentType(ContentType.JSON)
                .body(partnerBody(unique("GHOST"), "BENEFICIARY"))
                .when()
                .post("/api/projects/{acronym}/partners", acronym)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("organisation"));
        given().when().get("/api/projects/{acronym}/partners", acronym).then().body("total", equalTo(0));
    }

    @Test
    void sameOrganisationTwiceIsAConflict() {
        Consortium c = Fixtures.consortium();
        given().contentType(ContentType.JSON)
                .body(partnerBody(c.other(), "ASSOCIATED_PARTNER"))
                .when()
                .post("/api/projects/{acronym}/partners", c.acronym())
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", contains("organisation"));
        given().when()
                .get("/api/projects/{acronym}/partners", c.acronym())
                .then()
                .body("total", equalTo(3));
    }

    @Test
    void duplicatePartnerNumberIsAConflict() {
        Consortium c = Fixtures.consortium();
        Map<String, Object> body = partnerBody(organisation(), "BENEFICIARY");
        body.put("partnerNumber", 2);
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/projects/{acronym}/partners", c.acronym())
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", contains("partnerNumber"));

        Map<String, Object> renumbered = partnerBody(c.other(), "BENEFICIARY");
        renumbered.put("partnerNumber", 1);
        given().contentType(ContentType.JSON)
                .body(renumbered)
                .when()
                .put("/api/projects/{acronym}/partners/{org}", c.acronym(), c.other())
                .then()
                .statusCode(409)
                .body("errors.field", contains("partnerNumber"));
    }

    @Test
    void updateWithCurrentETagSucceedsAndStaleETagIsRefused() {
        Consortium c = Fixtures.consortium();
        Map<String, Object> changed = partnerBody(c.other(), "AFFILIATED_ENTITY");
        changed.put("contactName", "Ana Costa");
        changed.put("contactEmail", "ana.costa@example.org");

        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(changed)
                .when()
                .put("/api/projects/{acronym}/partners/{org}", c.acronym(), c.other())
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body(
                        "role",
                        equalTo("AFFILIATED_ENTITY"),
                        "contactName",
                        equalTo("Ana Costa"),
                        "contactEmail",
                        equalTo("ana.costa@example.org"),
                        "partnerNumber",
                        equalTo(3));

        changed.put("contactName", "Lost update");
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(changed)
                .when()
                .put("/api/projects/{acronym}/partners/{org}", c.acronym(), c.other())
                .then()
                .statusCode(412)
                .contentType("application/problem+json");

        given().when()
                .get("/api/projects/{acronym}/partners/{org}", c.acronym(), c.other())
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("contactName", equalTo("Ana Costa"), "role", equalTo("AFFILIATED_ENTITY"));
    }

    @Test
    void invalidContactEmailIsRefusedNamingTheField() {
        Consortium c = Fixtures.consortium();
        Map<String, Object> body = partnerBody(c.partner(), "BENEFICIARY");
        body.put("contactEmail", "not an address");
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/api/projects/{acronym}/partners/{org}", c.acronym(), c.partner())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("contactEmail"));

        Map<String, Object> added = partnerBody(organisation(), "BENEFICIARY");
        added.put("contactEmail", "nobody-at-example.org");
        given().contentType(ContentType.JSON)
                .body(added)
                .when()
                .post("/api/projects/{acronym}/partners", c.acronym())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("contactEmail"));
    }

    @Test
    void partnerLeadingNothingCanBeRemoved() {
        Consortium c = Fixtures.consortium();
        given().when()
                .delete("/api/projects/{acronym}/partners/{org}", c.acronym(), c.other())
                .then()
                .statusCode(204);
        given().when()
                .get("/api/projects/{acronym}/partners/{org}", c.acronym(), c.other())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().when()
                .delete("/api/projects/{acronym}/partners/{org}", c.acronym(), c.other())
                .then()
                .statusCode(404);
        given().when().get("/api/organisations/{code}", c.other()).then().statusCode(200);
    }

    @Test
    void partnerLeadingAWorkPackageCannotBeRemoved() {
        Consortium c = Fixtures.consortium();
        workPackage(c.acronym(), "WP2", c.other());
        given().when()
                .delete("/api/projects/{acronym}/partners/{org}", c.acronym(), c.other())
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", contains("organisation"));
        given().when()
                .get("/api/projects/{acronym}/partners/{org}", c.acronym(), c.other())
                .then()
                .statusCode(200);
    }

    @Test
    void partnerLeadingADeliverableCannotBeRemoved() {
        Consortium c = Fixtures.consortium();
        deliverable(c.acronym(), deliverableBody("D1.1", c.partner(), 6));
        given().when()
                .delete("/api/projects/{acronym}/partners/{org}", c.acronym(), c.partner())
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", contains("organisation"));
        given().when()
                .get("/api/projects/{acronym}/partners/{org}", c.acronym(), c.partner())
                .then()
                .statusCode(200);
    }

    @Test
    void coordinatorCannotBeRemoved() {
        String acronym = Fixtures.project();
        String coordinator = partner(acronym, "COORDINATOR");
        given().when()
                .delete("/api/projects/{acronym}/partners/{org}", acronym, coordinator)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", contains("role"));
        given().when()
                .get("/api/projects/{acronym}/partners/{org}", acronym, coordinator)
                .then()
                .statusCode(200)
                .body("role", equalTo("COORDINATOR"));
    }

    @Test
    void partnersOfAnUnknownProjectAreNotFound() {
        given().when()
                .get("/api/projects/NOPE-NOT-HERE/partners")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404), "instance", equalTo("/api/projects/NOPE-NOT-HERE/partners"));
        given().contentType(ContentType.JSON)
                .body(partnerBody(organisation(), "BENEFICIARY"))
                .when()
                .post("/api/projects/NOPE-NOT-HERE/partners")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void organisationThatIsNotAPartnerIsNotFound() {
        String acronym = Fixtures.project();
        given().when()
                .get("/api/projects/{acronym}/partners/{org}", acronym, organisation())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
