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
import org.consortia.testsupport.DemoPartnersProject;
import org.consortia.testsupport.PageSession;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A form post to a page is taken only from Consortia's own pages: the session's token in the hidden
 * field, and no other site named by the browser. UNIPSO's coordinator comments on NEXEM's study, in a project of
 * the demo organisations made for the class.
 */
@QuarkusTest
class CsrfGuardTest {

    private static DemoPartnersProject project;

    @TestHTTPResource("/")
    URI application;

    private String page;
    private String comments;
    private PageSession coordinator;
    private String text;

    @BeforeEach
    void signInAsTheCoordinator() {
        if (project == null) {
            project = DemoPartnersProject.create();
        }
        page = project.page(DemoPartnersProject.IN_REVIEW);
        comments = project.api(DemoPartnersProject.IN_REVIEW) + "/comments";
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
                .post(page + "/comments")
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
                .post(page + "/comments")
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
                .formParam("_csrf", coordinator.formToken(page))
                .when()
                .post(page + "/comments")
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
                .formParam("_csrf", coordinator.formToken(page))
                .when()
                .post(page + "/comments")
                .then()
                .statusCode(403)
                .contentType(ContentType.HTML);

        assertNoComment();
    }

    @Test
    void theTokenOfAnotherPersonsSessionDoesNotWorkForThisOne() {
        String partnersToken = PageSession.of("nexem-partner").formToken(page);

        coordinator
                .given()
                .formParam("text", text)
                .formParam("_csrf", partnersToken)
                .when()
                .post(page + "/comments")
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
                .formParam("_csrf", coordinator.formToken(page))
                .when()
                .post(page + "/comments")
                .then()
                .statusCode(303)
                .header("Location", endsWith(page));

        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .queryParam("size", 500)
                .when()
                .get(comments)
                .then()
                .statusCode(200)
                .body("items.text", hasItem(text));
        coordinator.given().when().get(page).then().statusCode(200).body(containsString(text));
    }

    private void assertNoComment() {
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .queryParam("size", 500)
                .when()
                .get(comments)
                .then()
                .statusCode(200)
                .body("items.text", not(hasItem(text)));
    }

    /** What a browser sends as the Origin of the application's own pages: http://localhost:port. */
    private String ownOrigin() {
        return application.getScheme() + "://" + application.getAuthority();
    }
}
