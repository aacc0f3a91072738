package org.consortia.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.consortia.testsupport.DemoPartnersProject;
import org.consortia.testsupport.Fixtures;
import org.consortia.testsupport.MinimalPdf;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No answer tells a caller what they may not see: for each address, what is hidden from the caller and
 * what does not exist answer the same status and the same problem, word for word but for the name asked for.
 */
@QuarkusTest
class NoOracleTest {

    private static final String ABSENT_DELIVERABLE = "D9.9";
    private static final String ABSENT_PROJECT = "NOPE";

    private DemoPartnersProject project;

    @BeforeEach
    void aProjectTheReviewerFollows() {
        project = DemoPartnersProject.create();
    }

    /**
     * The funder's reviewer sees a draft as an obligation not yet submitted (FunderProjection): its plan, nothing of
     * its content, and refusals that name no internal status.
     */
    @Test
    void aDraftIsToTheReviewerAnObligationNotYetSubmittedWithNothingInside() {
        aDraftWithAVersionAndAnInternalComment();
        String draft = project.api(DemoPartnersProject.DRAFT);
        asReviewer()
                .get(draft)
                .then()
                .statusCode(200)
                .body("funderStatus", equalTo("NOT_SUBMITTED"), "status", nullValue());
        for (String content : List.of("/files", "/comments", "/history")) {
            asReviewer().get(draft + content).then().statusCode(200).body("total", equalTo(0));
        }
        asReviewer()
                .contentType(ContentType.JSON)
                .body(Map.of("to", "ACCEPTED"))
                .post(draft + "/transitions")
                .then()
                .statusCode(409)
                .body("detail", equalTo("D1.2 is not awaiting the funder's decision"));
        asReviewer()
                .contentType(ContentType.JSON)
                .body(Map.of("text", "Fine"))
                .post(draft + "/comments")
                .then()
                .statusCode(409)
                .body("detail", equalTo("D1.2 has not been submitted to the funder yet"));
    }

    /** A draft's version is to the funder's reviewer as a version that does not exist. */
    @ParameterizedTest
    @ValueSource(strings = {"GET /files/", "POST /files/%s/withdrawal"})
    void aDraftsVersionIsToTheReviewerAsAnAbsentVersion(String request) {
        aDraftWithAVersionAndAnInternalComment();
        String[] parts = request.split(" ", 2);
        String draft = project.api(DemoPartnersProject.DRAFT);
        String path = parts[1].contains("%s") ? parts[1] : parts[1] + "%s";
        Response hidden = send("ec-reviewer", parts[0], draft + path.formatted("1"));
        Response absent = send("ec-reviewer", parts[0], draft + path.formatted("999"));
        assertEquals(404, absent.statusCode(), absent.asString());
        assertSame(absent, hidden, "'1 of", "'999 of");
    }

    private void aDraftWithAVersionAndAnInternalComment() {
        String draft = project.api(DemoPartnersProject.DRAFT);
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .contentType(ContentType.JSON)
                .body(Map.of("to", "IN_PROGRESS"))
                .post(draft + "/transitions")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .multiPart("file", "draft.pdf", MinimalPdf.bytes(), "application/pdf")
                .post(draft + "/files")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .contentType(ContentType.JSON)
                .body(Map.of("text", "Internal only", "visibility", "CONSORTIUM"))
                .post(draft + "/comments")
                .then()
                .statusCode(201);
    }

    private static RequestSpecification asReviewer() {
        return given().auth().oauth2(Tokens.of("ec-reviewer"));
    }

    /** Someone of another consortium, and someone of none, on this project and on one that does not exist. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "metz-coordinator GET ",
                "metz-coordinator GET /deliverables/D1.1",
                "metz-coordinator GET /deliverables/D1.1/files/1",
                "metz-coordinator POST /deliverables",
                "metz-coordinator POST /deliverables/D1.1/transitions",
                "guest GET /deadlines",
                "guest POST /deliverables/D1.1/comments",
                "guest GET /export",
                "ec-reviewer GET /risks"
            })
    void aProjectOfOthersIsAsAnAbsentOne(String request) {
        String[] parts = request.split(" ", 3);
        Response hidden = send(parts[0], parts[1], "/api/projects/" + project.acronym() + parts[2]);
        Response absent = send(parts[0], parts[1], "/api/projects/" + ABSENT_PROJECT + parts[2]);
        assertEquals(404, absent.statusCode(), absent.asString());
        assertSame(absent, hidden, project.acronym(), ABSENT_PROJECT);
    }

    private static Response send(String who, String method, String path) {
        var request = given().auth().oauth2(Tokens.of(who));
        if (method.equals("POST")) {
            request.contentType(ContentType.JSON)
                    .body(
                            path.endsWith("/transitions")
                                    ? Map.of("to", "ACCEPTED")
                                    : path.endsWith("/comments")
                                            ? Map.of("text", "Fine")
                                            : path.endsWith("/deliverables")
                                                    ? Fixtures.deliverableBody("D7.7", "NEXEM", 3)
                                                    : Map.of());
        }
        return request.request(method, path);
    }

    private static void assertSame(Response absent, Response hidden, String hiddenName, String absentName) {
        assertEquals(absent.statusCode(), hidden.statusCode(), hidden.asString());
        for (String member : List.of("title", "detail", "errors")) {
            Object said = hidden.jsonPath().get(member);
            assertEquals(
                    String.valueOf((Object) absent.jsonPath().get(member)),
                    String.valueOf(said).replace(hiddenName, absentName),
                    member);
        }
    }
}
