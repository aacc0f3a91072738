package org.consortia.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "admin", roles = "platform-admin")
class PlatformEndpointsTest {

    @Test
    void openApiDocumentDescribesTheApi() {
        given().accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body(containsString("/api/projects/{acronym}/deliverables"))
                .body(containsString("/api/projects/import"));
    }

    @Test
    void healthReportsTheDatabase() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void unknownApiPathIsAProblem() {
        given().when().get("/api/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void wrongMethodIsAProblem() {
        given().when().delete("/api/organisations").then().statusCode(405).contentType("application/problem+json");
    }
}
