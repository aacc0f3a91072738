package org.consortia.organisation;

import static io.restassured.RestAssured.given;
import static org.consortia.testsupport.Fixtures.organisationBody;
import static org.consortia.testsupport.Fixtures.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "admin", roles = "platform-admin")
class OrganisationResourceTest {

    @Test
    void createdOrganisationCanBeReadBack() {
        String code = unique("NEX");
        Map<String, Object> body = organisationBody(code);
        body.put("pic", "123456789");
        body.put("website", "https://www.example.org");
        body.put("country", "FR");

        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/organisations")
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/organisations/" + code))
                .header("ETag", equalTo("\"0\""))
                .body("code", equalTo(code), "country", equalTo("FR"), "pic", equalTo("123456789"));

        given().when()
                .get("/api/organisations/{code}", code)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("legalName", equalTo("Organisation " + code), "type", equalTo("EMPLOYERS_ORGANISATION"));
    }

    @Test
    void europeanLevelBodiesUseCountryEu() {
        Map<String, Object> body = organisationBody(unique("EU"));
        body.put("country", "EU");
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/organisations")
                .then()
                .statusCode(201);
    }

    @Test
    void listIsPagedAndSortedByCode() {
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON)
                    .body(organisationBody(unique("LIST")))
                    .when()
                    .post("/api/organisations")
                    .then()
                    .statusCode(201);
        }
        given().queryParam("page", 0)
                .queryParam("size", 2)
                .when()
                .get("/api/organisations")
                .then()
                .statusCode(200)
                .body("items", hasSize(2), "page", equalTo(0), "size", equalTo(2), "total", greaterThanOrEqualTo(3))
                .body("items[0].code", lessThanOrEqualTo((String)
                        given().queryParam("size", 2).get("/api/organisations").path("items[1].code")));
    }

    @Test
    void badCountryIsRefusedNamingTheField() {
        Map<String, Object> body = organisationBody(unique("BAD"));
        body.put("country", "XX");
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/organisations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400), "errors.field", contains("country"));
        given().when().get("/api/organisations/{code}", body.get("code")).then().statusCode(404);
    }

    @Test
    void picMustHaveNineDigits() {
        Map<String, Object> body = organisationBody(unique("PIC"));
        body.put("pic", "12345");
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/organisations")
                .then()
                .statusCode(400)
                .body("errors.field", contains("pic"));
    }

    @Test
    void duplicateCodeIsAConflict() {
        String code = unique("DUP");
        given().contentType(ContentType.JSON)
                .body(organisationBody(code))
                .post("/api/organisations")
                .then()
                .statusCode(201);
        given().contentType(ContentType.JSON)
                .body(organisationBody(code))
                .when()
                .post("/api/organisations")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", contains("code"));
    }

    @Test
    void unknownOrganisationIsNotFound() {
        given().when()
                .get("/api/organisations/NOPE-NOT-HERE")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404), "instance", equalTo("/api/organisations/NOPE-NOT-HERE"));
    }

    @Test
    void updateWithCurrentETagSucceedsAndStaleETagIsRefused() {
        String code = unique("UPD");
        given().contentType(ContentType.JSON)
                .body(organisationBody(code))
                .post("/api/organisations")
                .then()
                .statusCode(201);
        Map<String, Object> changed = organisationBody(code);
        changed.put("legalName", "Renamed");

        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(changed)
                .when()
                .put("/api/organisations/{code}", code)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("legalName", equalTo("Renamed"));

        changed.put("legalName", "Lost update");
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(changed)
                .when()
                .put("/api/organisations/{code}", code)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        given().when().get("/api/organisations/{code}", code).then().body("legalName", equalTo("Renamed"));
    }

    @Test
    void codeCannotBeChangedByAnUpdate() {
        String code = unique("KEEP");
        given().contentType(ContentType.JSON)
                .body(organisationBody(code))
                .post("/api/organisations")
                .then()
                .statusCode(201);
        given().contentType(ContentType.JSON)
                .body(organisationBody(unique("OTHER")))
                .when()
                .put("/api/organisations/{code}", code)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("code"));
    }

    @Test
    void malformedJsonIsABadRequest() {
        given().contentType(ContentType.JSON)
                .body("{\"code\": \"ABC\", ")
                .when()
                .post("/api/organisations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void unknownFieldAndUnknownEnumValueAreNamed() {
        Map<String, Object> body = organisationBody(unique("FLD"));
        body.put("legalname", "typo");
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/organisations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("legalname"));

        Map<String, Object> badType = organisationBody(unique("TYP"));
        badType.put("type", "CHARITY");
        given().contentType(ContentType.JSON)
                .body(badType)
                .when()
                .post("/api/organisations")
                .then()
                .statusCode(400)
                .body("errors.field", contains("type"));
    }

    @Test
    void pageSizeOutOfRangeIsABadRequest() {
        given().queryParam("size", 501)
                .when()
                .get("/api/organisations")
                .then()
                .statusCode(400)
                .body("errors.field", contains("size"));
        given().queryParam("page", -1)
                .when()
                .get("/api/organisations")
                .then()
                .statusCode(400)
                .body("errors.field", contains("page"));
    }
}
