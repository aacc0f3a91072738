package org.consortia.deliverable.file;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.consortia.testsupport.DemoPartnersProject;
import org.consortia.testsupport.MinimalPdf;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** Bytes stored for an upload whose transaction failed are removed once the grace period is over. */
@QuarkusTest
class OrphanFileSweepTest {

    @Inject
    OrphanFileSweep sweep;

    @Inject
    FilesConfig config;

    @Test
    void unreferencedOldFilesGoAndReferencedOnesStay() throws Exception {
        DemoPartnersProject project = DemoPartnersProject.create();
        String sha = given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .multiPart("file", "kept.txt", "kept".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post(project.api(DemoPartnersProject.TRAINING) + "/files")
                .then()
                .statusCode(201)
                .extract()
                .path("sha256");
        project.withTraining("IN_PERSON", List.of());
        String signedSha = given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .contentType("application/pdf")
                .queryParam("day", "2026-07-09")
                .queryParam("name", "signed.pdf")
                .body(MinimalPdf.bytes())
                .post(project.event(DemoPartnersProject.TRAINING) + "/signed-sheets")
                .then()
                .statusCode(201)
                .extract()
                .path("sha256");
        DiskFileStore store = new DiskFileStore(config.directory());
        Path kept = store.locate(sha);
        Path signed = store.locate(signedSha);
        Path orphan = store.locate("ab" + "0".repeat(62));
        Path recentOrphan = store.locate("cd" + "0".repeat(62));
        Path partial = kept.getParent().getParent().resolve("incoming").resolve("upload-1.part");
        Path unrelated = kept.getParent().getParent().resolve("ab").resolve("README.txt");
        for (Path file : new Path[] {orphan, recentOrphan, partial, unrelated}) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "left behind");
        }
        Instant old = Instant.now().minus(2, ChronoUnit.HOURS);
        for (Path file : new Path[] {kept, signed, orphan, partial, unrelated}) {
            Files.setLastModifiedTime(file, FileTime.from(old));
        }

        sweep.sweep(Instant.now().minus(1, ChronoUnit.HOURS));

        assertTrue(Files.exists(kept), "a referenced file stays");
        assertTrue(Files.exists(signed), "an event's signed sheet stays too");
        assertFalse(Files.exists(orphan), "an old unreferenced file goes");
        assertFalse(Files.exists(partial), "an abandoned partial upload goes");
        assertTrue(Files.exists(recentOrphan), "a recent file may still be an upload in progress");
        assertTrue(Files.exists(unrelated), "what the store did not write is not the sweep's to remove");
        Files.delete(recentOrphan);
        Files.delete(unrelated);
    }
}
