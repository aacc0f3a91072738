package org.consortia.deliverable.file;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.consortia.common.Problem;
import org.consortia.testsupport.DemoPartnersProject;
import org.consortia.testsupport.MinimalPdf;
import org.consortia.testsupport.PageSession;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a download says to caches and browsers, and a range no file has. */
@QuarkusTest
class DownloadHeadersTest {

    private DemoPartnersProject project;
    private String file;

    @BeforeEach
    void aFileOfItsOwn() {
        project = DemoPartnersProject.create();
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .contentType(ContentType.JSON)
                .body(Map.of("to", "IN_PROGRESS"))
                .post(project.api("D1.1") + "/transitions")
                .then()
                .statusCode(200);
        int version = given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .multiPart("file", "minutes.pdf", MinimalPdf.bytes(), "application/pdf")
                .post(project.api("D1.1") + "/files")
                .then()
                .statusCode(201)
                .extract()
                .path("version");
        file = project.api("D1.1") + "/files/" + version;
    }

    @Test
    void aMembersDownloadIsKeptByNoCacheAndSaysNosniffOnce() {
        Response download = given().auth().oauth2(Tokens.of("elisfa-partner")).get(file);
        assertEquals(200, download.statusCode());
        assertEquals("private, no-store", download.header("Cache-Control"));
        assertEquals(
                1,
                download.headers().getValues("X-Content-Type-Options").size(),
                download.headers().toString());

        Response page = PageSession.of("nexem-partner").given().get(project.page("D1.1") + "/files/1");
        assertEquals(200, page.statusCode());
        assertEquals("private, no-store", page.header("Cache-Control"));
        assertEquals(
                1,
                page.headers().getValues("X-Content-Type-Options").size(),
                page.headers().toString());
    }

    @Test
    void everyAnswerSaysNosniffOnce() {
        for (Response response : new Response[] {
            given().auth().oauth2(Tokens.of("nexem-partner")).get("/api/projects/" + project.acronym()),
            given().auth()
                    .oauth2(Tokens.of("nexem-partner"))
                    .get("/api/projects/" + project.acronym() + "/exports/deliverables.csv"),
            PageSession.of("nexem-partner").given().get(project.page())
        }) {
            assertEquals(200, response.statusCode());
            assertEquals(
                    1,
                    response.headers().getValues("X-Content-Type-Options").size(),
                    response.headers().toString());
        }
    }

    @Test
    void aRangePastAnyNumberCannotBeSatisfied() {
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .header("Range", "bytes=99999999999999999999-")
                .get(file)
                .then()
                .statusCode(416)
                .contentType(Problem.MEDIA_TYPE)
                .header("Content-Range", equalTo("bytes */" + MinimalPdf.bytes().length));
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .header("Range", "bytes=-99999999999999999999")
                .get(file)
                .then()
                .statusCode(206)
                .header(
                        "Content-Range",
                        equalTo("bytes 0-" + (MinimalPdf.bytes().length - 1) + "/" + MinimalPdf.bytes().length));
    }
}
