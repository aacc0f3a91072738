package org.consortia.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.util.UUID;
import org.consortia.testsupport.DemoConsortium;
import org.consortia.testsupport.PageSession;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A form post to a page is taken only from Consortia's own pages: the session's token in the hidden
 * field, and no other site named by the browser. The coordinator of FORESEE comments on D3.2.
 */
@QuarkusTest
class CsrfGuardTest {

    private static final String PAGE = "/projects/FORESEE/deliverables/D3.2";
    private static final String COMMENTS = "/api/projects/FORESEE/deliverables/D3.2/comments";

    @TestHTTPResource("/")
    URI application;

    private PageSession coordinator;
    private String text;

    @BeforeEach
    void signInAsTheCoordinator() {
        DemoConsortium.load();
        coordinator = PageSession.of("unipso-coordinator");
        text = "Probe " + UUID.randomUUID();
    }

    @Test
    void aFormWithoutTheTokenIsRefusedAndAddsNoComment() {
        coordinator
                .given()
                .formParam("text", text)
                .formParam("visibility", "CONSORTIUM")
                .when()
                .post(PAGE + "/comments")
                .then()
                .statusCode(403)
                .contentType(ContentType.HTML);

        assertNoComment();
    }

    @Test
    void aFormWithAWrongTokenIsRefused() {
        coordinator
                .given()
                .formParam("text", text)
                .formParam("_csrf", "not-the-token")
                .when()
                .post(PAGE + "/comments")
                .then()
                .statusCode(403)
                .contentType(ContentType.HTML);

        assertNoComment();
    }

    @Test
    void theRightTokenSentFromAnotherOriginIsRefused() {
        coordinator
                .given()
                .header("Origin", "https://evil.example")
                .formParam("text", text)
                .formParam("_csrf", coordinator.formToken(PAGE))
                .when()
                .post(PAGE + "/comments")
                .then()
                .statusCode(403)
                .contentType(ContentType.HTML);

        assertNoComment();
    }

    @Test
    void theRightTokenSentCrossSiteIsRefused() {
        coordinator
                .given()
                .header("Sec-Fetch-Site", "cross-site")
                .formParam("text", text)
                .formParam("_csrf", coordinator.formToken(PAGE))
                .when()
                .post(PAGE + "/comments")
                .then()
                .statusCode(403)
                .contentType(ContentType.HTML);

        assertNoComment();
    }

    @Test
    void theTokenOfAnotherPersonsSessionDoesNotWorkForThisOne() {
        String partnersToken = PageSession.of("nexem-partner").formToken(PAGE);

        coordinator
                .given()
                .formParam("text", text)
                .formParam("_csrf", partnersToken)
                .when()
                .post(PAGE + "/comments")
                .then()
                .statusCode(403)
                .contentType(ContentType.HTML);

        assertNoComment();
    }

    @Test
    void theTokenOfThePageSentFromThePageAddsTheComment() {
        coordinator
                .given()
                .header("Origin", ownOrigin())
                .header("Sec-Fetch-Site", "same-origin")
                .formParam("text", text)
                .formParam("visibility", "CONSORTIUM")
                .formParam("_csrf", coordinator.formToken(PAGE))
                .when()
                .post(PAGE + "/comments")
                .then()
                .statusCode(303)
                .header("Location", endsWith(PAGE));

        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .queryParam("size", 500)
                .when()
                .get(COMMENTS)
                .then()
                .statusCode(200)
                .body("items.text", hasItem(text));
        coordinator.given().when().get(PAGE).then().statusCode(200).body(containsString(text));
    }

    private void assertNoComment() {
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .queryParam("size", 500)
                .when()
                .get(COMMENTS)
                .then()
                .statusCode(200)
                .body("items.text", not(hasItem(text)));
    }

    /** What a browser sends as the Origin of the application's own pages: http://localhost:port. */
    private String ownOrigin() {
        return application.getScheme() + "://" + application.getAuthority();
    }
}
