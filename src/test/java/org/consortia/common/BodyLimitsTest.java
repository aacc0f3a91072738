package org.consortia.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.consortia.testsupport.DemoPartnersProject;
import org.consortia.testsupport.Fixtures;
import org.consortia.testsupport.MinimalPdf;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A body is refused on who sends it and on its declared length before it is read: JSON and forms take a
 * megabyte, a plan sixteen, files their own limit.
 */
@QuarkusTest
class BodyLimitsTest {

    @TestHTTPResource("/")
    URI root;

    private DemoPartnersProject project;

    @BeforeEach
    void aProjectOfItsOwn() {
        project = DemoPartnersProject.create();
    }

    @Test
    void aPlanFromSomeoneWhoCoordinatesNothingIsRefusedUnread() {
        String notAPlan = "{" + " ".repeat(11 * 1024 * 1024);
        given().auth()
                .oauth2(Tokens.of("guest"))
                .contentType(ContentType.JSON)
                .body(notAPlan)
                .post("/api/projects/import")
                .then()
                .statusCode(403)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("may import a plan"));
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .contentType(ContentType.JSON)
                .body(notAPlan)
                .post("/api/projects/import")
                .then()
                .statusCode(403);
        // A coordinator may import: the same body is read, and found not to be a plan.
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .contentType(ContentType.JSON)
                .body(notAPlan)
                .post("/api/projects/import")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void aBodyForAProjectOneMayNotSeeIsRefusedUnread() {
        String notJson = "[" + " ".repeat(900 * 1024);
        given().auth()
                .oauth2(Tokens.of("metz-coordinator"))
                .contentType(ContentType.JSON)
                .body(notJson)
                .post(project.api("D1.1") + "/transitions")
                .then()
                .statusCode(404)
                .body("detail", equalTo("Project '" + project.acronym() + "' does not exist"));
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .contentType(ContentType.JSON)
                .body(notJson)
                .post(project.api("D1.1") + "/transitions")
                .then()
                .statusCode(400);
    }

    @Test
    void aJsonBodyOverAMegabyteIsRefused() {
        Map<String, Object> deliverable = Fixtures.deliverableBody("D5.1", "NEXEM", 3);
        deliverable.put("title", "x".repeat(1024 * 1024 + 1));
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .contentType(ContentType.JSON)
                .body(deliverable)
                .post("/api/projects/" + project.acronym() + "/deliverables")
                .then()
                .statusCode(413)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("1.0 MB"));
    }

    @Test
    void aJsonBodyMustSayItsLength() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(root.resolve(project.api("D1.1") + "/transitions"))
                .header("Authorization", "Bearer " + Tokens.of("nexem-partner"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream("{\"to\":\"IN_PROGRESS\"}".getBytes(StandardCharsets.UTF_8))))
                .build();
        HttpResponse<String> response = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(411, response.statusCode(), response.body());
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .get(project.api("D1.1"))
                .then()
                .body("status", equalTo("PLANNED"));
    }

    @Test
    void aPlanHasALargerLimitAndBoundedLists() {
        Map<String, Object> plan = new HashMap<>(Map.of(
                "project",
                Fixtures.projectBody(Fixtures.unique("L")),
                "reviewers",
                Collections.nCopies(5001, "ec-reviewer")));
        given().auth()
                .oauth2(Tokens.of("admin"))
                .contentType(ContentType.JSON)
                .body(plan)
                .post("/api/projects/import")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reviewers"));

        plan.put("reviewers", java.util.List.of("x".repeat(17 * 1024 * 1024)));
        given().auth()
                .oauth2(Tokens.of("admin"))
                .contentType(ContentType.JSON)
                .body(plan)
                .post("/api/projects/import")
                .then()
                .statusCode(413)
                .body("detail", containsString("16.0 MB"));
    }

    @Test
    void aFileMayBeLargerThanAJsonBody() {
        byte[] pdf = MinimalPdf.bytes();
        byte[] large = Arrays.copyOf(pdf, 1536 * 1024);
        Arrays.fill(large, pdf.length, large.length, (byte) ' ');
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .contentType(ContentType.JSON)
                .body(Map.of("to", "IN_PROGRESS"))
                .post(project.api("D1.1") + "/transitions")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .contentType("application/pdf")
                .body(large)
                .post(project.api("D1.1") + "/files/content?name=large.pdf")
                .then()
                .statusCode(201)
                .body("size", equalTo(large.length));
    }
}
