package org.consortia.deliverable.file;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.consortia.testsupport.DemoPartnersProject;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The test application keeps its files on disk and knows the test S3 server's bucket: an administrator
 * moves the files there, and can run the move again.
 */
@QuarkusTest
class FileStoreMigrationTest {

    @Inject
    FilesConfig config;

    @Test
    void theAdministratorCopiesTheFilesToTheBucketAndARunAgainCopiesNothing() throws Exception {
        DemoPartnersProject project = DemoPartnersProject.create();
        byte[] bytes = ("Attendance list " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        String sha = given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .multiPart("file", "attendance.txt", bytes, "text/plain")
                .post(project.api(DemoPartnersProject.TRAINING) + "/files")
                .then()
                .statusCode(201)
                .extract()
                .path("sha256");
        try (S3FileStore bucket = S3FileStore.create(config.s3())) {
            assertFalse(bucket.contains(sha));

            given().auth()
                    .oauth2(Tokens.of("admin"))
                    .post("/api/admin/file-store/migration")
                    .then()
                    .statusCode(200)
                    .body("copied", greaterThanOrEqualTo(1), "failed", equalTo(0));

            assertTrue(bucket.contains(sha));
            try (InputStream in = bucket.open(sha, 0, bytes.length)) {
                assertArrayEquals(bytes, in.readAllBytes());
            }
            given().auth()
                    .oauth2(Tokens.of("admin"))
                    .post("/api/admin/file-store/migration")
                    .then()
                    .statusCode(200)
                    .body("copied", equalTo(0), "skipped", greaterThanOrEqualTo(1), "failed", equalTo(0));
        }
    }

    @Test
    void readinessCoversTheFileStore() {
        given().get("/q/health/ready").then().statusCode(200).body("checks.name", hasItem("file store"));
    }
}
