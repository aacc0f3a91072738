package org.consortia.deliverable.workflow;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.consortia.testsupport.DemoCopy;
import org.consortia.testsupport.Fixtures;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A new NEXEM training in a copy of FORESEE goes the whole way: NEXEM works on it and uploads the minutes, the
 * coordinator approves and submits it (late, with a reason), the Commission's reviewer accepts it.
 */
@QuarkusTest
class WorkflowTest {

    private static final byte[] MINUTES =
            "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private static final java.util.concurrent.atomic.AtomicInteger NEXT =
            new java.util.concurrent.atomic.AtomicInteger(100);

    /** The copy, made once for the class: every test adds a training to it. */
    private static String foresee;

    private String code;
    private String path;

    @BeforeEach
    void aNewTraining() {
        if (foresee == null) {
            foresee = DemoCopy.of("demo/foresee.yaml");
        }
        code = "D4." + NEXT.incrementAndGet();
        Map<String, Object> training = Fixtures.deliverableBody(code, "NEXEM", 16);
        training.put("workPackage", "WP4");
        training.put("kind", "TRAINING");
        training.put("contributors", java.util.List.of("WRZOS"));
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .contentType(ContentType.JSON)
                .body(training)
                .post("/api/projects/" + foresee + "/deliverables")
                .then()
                .statusCode(201);
        path = "/api/projects/" + foresee + "/deliverables/" + code;
    }

    @Test
    void fromPlannedToAcceptedWithEveryoneInTheirRole() {
        move("nexem-partner", Map.of("to", "IN_PROGRESS")).statusCode(200).body("status", equalTo("IN_PROGRESS"));
        move("nexem-partner", Map.of("to", "IN_INTERNAL_REVIEW"))
                .statusCode(409)
                .body("detail", containsString("upload"));
        int version = given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .multiPart("file", "minutes.pdf", MINUTES, "application/pdf")
                .post(path + "/files")
                .then()
                .statusCode(201)
                .extract()
                .path("version");
        move("nexem-partner", Map.of("to", "IN_INTERNAL_REVIEW")).statusCode(200);
        move("nexem-partner", Map.of("to", "APPROVED")).statusCode(403).contentType("application/problem+json");
        move("unipso-coordinator", Map.of("to", "APPROVED")).statusCode(200);

        move("unipso-coordinator", Map.of("to", "SUBMITTED")).statusCode(400).body("errors.field", hasItem("version"));
        // Due in month 16 (May 2022): submitting today is late and needs a reason.
        move("unipso-coordinator", Map.of("to", "SUBMITTED", "version", version))
                .statusCode(400)
                .body("errors.field", hasItem("delayJustification"));
        move(
                        "unipso-coordinator",
                        Map.of(
                                "to",
                                "SUBMITTED",
                                "version",
                                version,
                                "delayJustification",
                                "The host postponed the training"))
                .statusCode(200)
                .body(
                        "status",
                        equalTo("SUBMITTED"),
                        "workflow.submittedVersion",
                        equalTo(version),
                        "workflow.late",
                        equalTo(true),
                        "workflow.submittedAt",
                        notNullValue());

        given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .get(path + "/files")
                .then()
                .statusCode(200)
                .body("items.version", hasItem(version));
        given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .get(path + "/files/" + version)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .post(path + "/files/" + version + "/withdrawal")
                .then()
                .statusCode(409);

        move("ec-reviewer", Map.of("to", "ACCEPTED"))
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"), "workflow.acceptedAt", notNullValue());
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .queryParam("deliverable", code)
                .get("/api/projects/" + foresee + "/activity")
                .then()
                .body("items.action", hasItem("DELIVERABLE_MOVED"));
    }

    @Test
    void aRevisedDeliverableKeepsItsSubmittedVersion() {
        move("unipso-coordinator", Map.of("to", "IN_PROGRESS")).statusCode(200);
        int version = given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .multiPart("file", "minutes.pdf", MINUTES, "application/pdf")
                .post(path + "/files")
                .then()
                .statusCode(201)
                .extract()
                .path("version");
        move("nexem-partner", Map.of("to", "IN_INTERNAL_REVIEW")).statusCode(200);
        move("unipso-coordinator", Map.of("to", "APPROVED")).statusCode(200);
        move("unipso-coordinator", Map.of("to", "SUBMITTED", "version", version, "delayJustification", "Late"))
                .statusCode(200);
        move("ec-reviewer", Map.of("to", "REVISION_REQUESTED")).statusCode(400);
        move("ec-reviewer", Map.of("to", "REVISION_REQUESTED", "comment", "Translate the summary"))
                .statusCode(200);
        move("nexem-partner", Map.of("to", "IN_PROGRESS")).statusCode(200);
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .post(path + "/files/" + version + "/withdrawal")
                .then()
                .statusCode(409);
        // The funder still reads what it received: its request, and the version it was sent.
        given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .get(path + "/comments")
                .then()
                .statusCode(200)
                .body("items.text", hasItem("Translate the summary"));
        given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .get(path)
                .then()
                .statusCode(200)
                .body("funderStatus", equalTo("REVISION_REQUESTED"), "status", nullValue());
    }

    @Test
    void askingForChangesNeedsAComment() {
        move("unipso-coordinator", Map.of("to", "IN_PROGRESS")).statusCode(200);
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .multiPart("file", "draft.pdf", MINUTES, "application/pdf")
                .post(path + "/files")
                .then()
                .statusCode(201);
        move("nexem-partner", Map.of("to", "IN_INTERNAL_REVIEW")).statusCode(200);
        move("unipso-coordinator", Map.of("to", "CHANGES_REQUESTED"))
                .statusCode(400)
                .body("errors.field", hasItem("comment"));
        move("unipso-coordinator", Map.of("to", "CHANGES_REQUESTED", "comment", "Add the attendance list"))
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .get(path + "/comments")
                .then()
                .body("items.text", hasItem("Add the attendance list"));
    }

    @Test
    void anIllegalMoveNamesTheAllowedOnes() {
        move("unipso-coordinator", Map.of("to", "ACCEPTED"))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("IN_PROGRESS"));
        move("unipso-coordinator", Map.of("to", "FINISHED")).statusCode(400);
    }

    @Test
    void othersCannotMoveIt() {
        move("elisfa-partner", Map.of("to", "IN_PROGRESS")).statusCode(403);
        move("wrzos-partner", Map.of("to", "IN_PROGRESS")).statusCode(403);
        move("metz-coordinator", Map.of("to", "IN_PROGRESS")).statusCode(404);
        move("ec-reviewer", Map.of("to", "IN_PROGRESS"))
                .statusCode(409)
                .body("detail", endsWith("is not awaiting the funder's decision"));
        given().contentType(ContentType.JSON)
                .body(Map.of("to", "IN_PROGRESS"))
                .post(path + "/transitions")
                .then()
                .statusCode(401);
    }

    private ValidatableResponse move(String who, Map<String, Object> body) {
        return given().auth()
                .oauth2(Tokens.of(who))
                .contentType(ContentType.JSON)
                .body(new HashMap<>(body))
                .when()
                .post(path + "/transitions")
                .then();
    }
}
