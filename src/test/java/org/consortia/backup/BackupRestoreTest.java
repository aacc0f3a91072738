package org.consortia.backup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.consortia.common.Sha256;
import org.consortia.testsupport.DemoConsortium;
import org.consortia.testsupport.DemoPartnersProject;
import org.consortia.testsupport.MinimalPdf;
import org.consortia.testsupport.Tokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The documented backup of a running platform ({@code deploy/backup/backup.sh}: pg_dump and the files)
 * restored by {@code restore.sh} into a fresh database and files directory holds every project, file
 * version with its file (same hash), comment and audit entry.
 */
@QuarkusTest
class BackupRestoreTest {

    /** What must come back, counted the same way in the platform and in the restored copy. */
    private static final List<String> TABLES = List.of(
            "organisation",
            "project",
            "participation",
            "deliverable",
            "milestone",
            "file_version",
            "comment",
            "activity_entry",
            "person",
            "notification",
            "report",
            "risk");

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "consortia.files.directory")
    Path files;

    @Test
    void aBackupOfTheRunningPlatformRestoresIntoAFreshOneWithEverythingInIt() throws Exception {
        DemoConsortium.load();
        DemoPartnersProject project = DemoPartnersProject.create();
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .contentType(ContentType.JSON)
                .body(Map.of("to", "IN_PROGRESS"))
                .post(project.api(DemoPartnersProject.TRAINING) + "/transitions")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .multiPart("file", "attendance.pdf", MinimalPdf.bytes(), "application/pdf")
                .post(project.api(DemoPartnersProject.TRAINING) + "/files")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .contentType(ContentType.JSON)
                .body(Map.of("text", "Signed attendance list", "visibility", "CONSORTIUM"))
                .post(project.api(DemoPartnersProject.TRAINING) + "/comments")
                .then()
                .statusCode(201);

        Path backup = Files.createTempDirectory(Path.of("target"), "backup-");
        Map<String, Long> before;
        try (Connection platform = dataSource.getConnection()) {
            before = counts(platform);
        }
        run(List.of("deploy/backup/backup.sh", backup.toString()), database(url), files);

        String fresh =
                "restored_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Path restoredFiles = Files.createTempDirectory(Path.of("target"), "restored-files-");
        try (Connection admin = dataSource.getConnection();
                Statement create = admin.createStatement()) {
            create.execute("create database " + fresh);
        }
        try {
            String stamp;
            try (var listing = Files.list(backup)) {
                stamp = listing.map(p -> p.getFileName().toString())
                        .filter(n -> n.startsWith("SHA256SUMS-"))
                        .findFirst()
                        .orElseThrow()
                        .substring("SHA256SUMS-".length());
            }
            String restoredUrl = url.replaceFirst("/[^/?]+(\\?|$)", "/" + fresh + "$1");
            run(List.of("deploy/backup/restore.sh", backup.toString(), stamp), database(restoredUrl), restoredFiles);

            try (Connection restored = DriverManager.getConnection(restoredUrl, "postgres", "postgres");
                    Statement sql = restored.createStatement()) {
                assertThat(counts(restored), equalTo(before));
                assertThat(before.get("file_version"), greaterThan(0L));
                try (ResultSet versions = sql.executeQuery("select sha256 from file_version")) {
                    while (versions.next()) {
                        String hash = versions.getString(1);
                        Path file = restoredFiles.resolve(hash.substring(0, 2)).resolve(hash);
                        assertThat("the file of version " + hash, Sha256.hex(Files.readAllBytes(file)), equalTo(hash));
                    }
                }
                try (ResultSet comment =
                        sql.executeQuery("select count(*) from comment where text = 'Signed attendance list'")) {
                    comment.next();
                    assertThat(comment.getLong(1), equalTo(1L));
                }
            }
        } finally {
            try (Connection admin = dataSource.getConnection();
                    Statement drop = admin.createStatement()) {
                drop.execute("drop database if exists " + fresh + " with (force)");
            }
        }
    }

    private static Map<String, Long> counts(Connection db) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement sql = db.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet row = sql.executeQuery("select count(*) from " + table)) {
                    row.next();
                    counts.put(table, row.getLong(1));
                }
            }
        }
        return counts;
    }

    /** libpq's settings for the database of a JDBC URL {@code jdbc:postgresql://host:port/name?…}. */
    private static Map<String, String> database(String jdbcUrl) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        return Map.of(
                "PGHOST",
                uri.getHost(),
                "PGPORT",
                Integer.toString(uri.getPort()),
                "PGDATABASE",
                uri.getPath().substring(1),
                "PGUSER",
                "postgres",
                "PGPASSWORD",
                "postgres");
    }

    private static void run(List<String> command, Map<String, String> database, Path filesDirectory)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(database);
        builder.environment()
                .put(
                        "CONSORTIA_FILES_DIRECTORY",
                        filesDirectory.toAbsolutePath().toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed:\n" + output);
        }
    }
}
