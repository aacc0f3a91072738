package org.consortia.deliverable.comment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.consortia.testsupport.DemoCopy;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Comments inside the consortium stay inside; those shared with the funder reach its reviewers. On a copy of
 * FORESEE, whose D3.2 is submitted and D6.5 still a draft.
 */
@QuarkusTest
class CommentTest {

    /** The copy, made once for the class: every comment changes its activity. */
    private static String foresee;

    @BeforeEach
    void copyForesee() {
        if (foresee == null) {
            foresee = DemoCopy.of("demo/foresee.yaml");
        }
    }

    /** The comments on a deliverable of the copy. */
    private static String comments(String code) {
        return "/api/projects/" + foresee + "/deliverables/" + code + "/comments";
    }

    @Test
    void internalCommentsAreHiddenFromTheReviewer() {
        post("nexem-partner", Map.of("text", "Internal: the Greek translation is late"))
                .then()
                .statusCode(201)
                .body(
                        "author",
                        equalTo("nexem-partner"),
                        "authorOrganisation",
                        equalTo("NEXEM"),
                        "visibility",
                        equalTo("CONSORTIUM"));
        post("unipso-coordinator", Map.of("text", "Submitted with the annex on good practices", "visibility", "FUNDER"))
                .then()
                .statusCode(201)
                .body("visibility", equalTo("FUNDER"));

        given().auth()
                .oauth2(Tokens.of("elisfa-partner"))
                .queryParam("size", 500)
                .get(comments("D3.2"))
                .then()
                .statusCode(200)
                .body("items.text", hasItem("Internal: the Greek translation is late"))
                .body("items.text", hasItem("Submitted with the annex on good practices"));
        given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .queryParam("size", 500)
                .get(comments("D3.2"))
                .then()
                .statusCode(200)
                .body("items.visibility", everyItem(equalTo("FUNDER")))
                .body("items.text", not(hasItem("Internal: the Greek translation is late")))
                .body("items.text", hasItem("Submitted with the annex on good practices"));
    }

    @Test
    void aReviewersCommentIsAlwaysSharedWithTheFunder() {
        post("ec-reviewer", Map.of("text", "Please add the list of signatories", "visibility", "CONSORTIUM"))
                .then()
                .statusCode(201)
                .body("visibility", equalTo("FUNDER"), "author", equalTo("ec-reviewer"));
        given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .queryParam("size", 500)
                .queryParam("deliverable", "D3.2")
                .get("/api/projects/" + foresee + "/activity")
                .then()
                .body("items.action", hasItem("DELIVERABLE_COMMENTED"));
    }

    @Test
    void theReviewerReadsNoCommentOfADraftAndCannotCommentOnIt() {
        given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .get(comments("D6.5"))
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .contentType(ContentType.JSON)
                .body(Map.of("text", "Looking forward to it"))
                .post(comments("D6.5"))
                .then()
                .statusCode(409)
                .body("detail", equalTo("D6.5 has not been submitted to the funder yet"));
    }

    @Test
    void anEmptyCommentIsABadRequest() {
        post("nexem-partner", Map.of("text", "   ")).then().statusCode(400).contentType("application/problem+json");
        post("nexem-partner", Map.of("text", "x", "visibility", "EVERYONE"))
                .then()
                .statusCode(400);
    }

    private static io.restassured.response.Response post(String who, Map<String, Object> body) {
        return given().auth()
                .oauth2(Tokens.of(who))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(comments("D3.2"));
    }
}
