package org.consortia.overview;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.consortia.testsupport.DemoConsortium;
import org.consortia.testsupport.DemoCopy;
import org.consortia.testsupport.Fixtures;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * FORESEE shows its results to anyone: an accepted public deliverable and its file, and nothing else
 * (a sensitive or unfinished deliverable, another project) — without signing in. On a copy of FORESEE, public as
 * the original, that the tests add their studies to.
 */
@QuarkusTest
class PublicProjectPageTest {

    private static final byte[] STUDY =
            "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final AtomicInteger NEXT = new AtomicInteger(300);

    /** The copy, made once for the class. */
    private static String foresee;

    private String published;
    private String sensitive;
    private String unfinished;

    @BeforeEach
    void threeNewStudies() {
        DemoConsortium.load();
        if (foresee == null) {
            foresee = DemoCopy.of("demo/foresee.yaml");
        }
        published = accepted("PU");
        sensitive = accepted("SEN");
        unfinished = "D2." + NEXT.incrementAndGet();
        create(unfinished, "PU");
    }

    @Test
    void anyoneSeesTheAcceptedPublicResultsAndDownloadsThem() {
        given().accept(ContentType.HTML)
                .get("/public/projects/" + foresee)
                .then()
                .statusCode(200)
                .body(
                        containsString("Study " + published),
                        containsString("href=\"/public/projects/" + foresee + "/deliverables/" + published + "/file\""),
                        not(containsString("Study " + sensitive)),
                        not(containsString("Study " + unfinished)),
                        containsString("Nexem"));

        given().get("/public/projects/" + foresee + "/deliverables/" + published + "/file")
                .then()
                .statusCode(200)
                .header("Content-Disposition", containsString("study.pdf"))
                .header("Cache-Control", equalTo("public, max-age=3600, must-revalidate"));
    }

    @Test
    void nothingElseLeaks() {
        given().get("/public/projects/" + foresee + "/deliverables/" + sensitive + "/file")
                .then()
                .statusCode(404)
                .contentType(containsString("text/html"));
        given().get("/public/projects/" + foresee + "/deliverables/" + unfinished + "/file")
                .then()
                .statusCode(404);
        given().get("/public/projects/" + foresee + "/deliverables/D404/file")
                .then()
                .statusCode(404);
        // NMLS is not public: its page does not exist, as an unknown project's does not.
        given().get("/public/projects/NMLS").then().statusCode(404).body(not(containsString("NMLS –")));
        given().get("/public/projects/NOPE").then().statusCode(404);
        assertEquals(
                errorOf("/public/projects/NOPE"),
                errorOf("/public/projects/NMLS").replace("NMLS", "NOPE"),
                "a private project answers as an absent one");
        assertEquals(
                errorOf("/public/projects/" + foresee + "/deliverables/D9.99/file"),
                errorOf("/public/projects/" + foresee + "/deliverables/" + unfinished + "/file")
                        .replace(unfinished, "D9.99"),
                "an unpublished deliverable's file answers as an absent deliverable's");
    }

    /** The error page's text, without the request's own anti-forgery and nonce values. */
    private static String errorOf(String path) {
        return org.jsoup.Jsoup.parse(
                        given().get(path).then().statusCode(404).extract().asString())
                .select("main")
                .text();
    }

    private String accepted(String disseminationLevel) {
        String code = "D2." + NEXT.incrementAndGet();
        create(code, disseminationLevel);
        String path = "/api/projects/" + foresee + "/deliverables/" + code;
        move("nexem-partner", path, Map.of("to", "IN_PROGRESS"));
        int version = given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .multiPart("file", "study.pdf", STUDY, "application/pdf")
                .post(path + "/files")
                .then()
                .statusCode(201)
                .extract()
                .path("version");
        move("nexem-partner", path, Map.of("to", "IN_INTERNAL_REVIEW"));
        move("unipso-coordinator", path, Map.of("to", "APPROVED"));
        move("unipso-coordinator", path, Map.of("to", "SUBMITTED", "version", version, "delayJustification", "Late"));
        move("ec-reviewer", path, Map.of("to", "ACCEPTED"));
        return code;
    }

    private static void create(String code, String disseminationLevel) {
        Map<String, Object> study = Fixtures.deliverableBody(code, "NEXEM", 16);
        study.put("workPackage", "WP2");
        study.put("kind", "STUDY");
        study.put("title", "Study " + code);
        study.put("disseminationLevel", disseminationLevel);
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .contentType(ContentType.JSON)
                .body(study)
                .post("/api/projects/" + foresee + "/deliverables")
                .then()
                .statusCode(201);
    }

    private static void move(String who, String path, Map<String, Object> move) {
        given().auth()
                .oauth2(Tokens.of(who))
                .contentType(ContentType.JSON)
                .body(move)
                .post(path + "/transitions")
                .then()
                .statusCode(200)
                .body("status", equalTo(move.get("to")));
    }
}
