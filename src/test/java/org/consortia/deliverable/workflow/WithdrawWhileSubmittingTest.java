package org.consortia.deliverable.workflow;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.consortia.testsupport.DemoPartnersProject;
import org.consortia.testsupport.MinimalPdf;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A submission of a version and its withdrawal, sent at the same moment, never end with a withdrawn version
 * submitted to the funder: both take the deliverable's row lock, so one waits for the other and then sees
 * what it did. The test holds that row itself until both requests have reached it (or finished without it).
 */
@QuarkusTest
class WithdrawWhileSubmittingTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aVersionIsEitherSubmittedOrWithdrawnNeverBoth() throws Exception {
        DemoPartnersProject project = DemoPartnersProject.create();
        String code = DemoPartnersProject.TRAINING;
        move("nexem-partner", project, code, Map.of("to", "IN_PROGRESS"));
        int version = given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .multiPart("file", "minutes.pdf", MinimalPdf.bytes(), "application/pdf")
                .post(project.api(code) + "/files")
                .then()
                .statusCode(201)
                .extract()
                .path("version");
        move("nexem-partner", project, code, Map.of("to", "IN_INTERNAL_REVIEW"));
        move("unipso-coordinator", project, code, Map.of("to", "APPROVED"));
        String submitter = Tokens.of("unipso-coordinator");
        String uploader = Tokens.of("nexem-partner");

        ExecutorService requests = Executors.newFixedThreadPool(2);
        List<Future<Integer>> answers;
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            lockDeliverable(db, project.acronym(), code);
            answers = List.of(
                    requests.submit(() -> given().auth()
                            .oauth2(submitter)
                            .contentType(ContentType.JSON)
                            .body(Map.of("to", "SUBMITTED", "version", version))
                            .post(project.api(code) + "/transitions")
                            .statusCode()),
                    requests.submit(() -> given().auth()
                            .oauth2(uploader)
                            .post(project.api(code) + "/files/" + version + "/withdrawal")
                            .statusCode()));
            awaitEachWaitingOrDone(db, answers);
            db.rollback();
        } finally {
            requests.shutdown();
        }

        List<Integer> statuses = List.of(answers.get(0).get(), answers.get(1).get());
        assertTrue(statuses.contains(200) && statuses.contains(409), "one wins, the other is refused: " + statuses);
        String status = given().auth()
                .oauth2(uploader)
                .get(project.api(code))
                .then()
                .extract()
                .path("status");
        boolean withdrawn = given().auth()
                .oauth2(uploader)
                .get(project.api(code) + "/files")
                .then()
                .statusCode(200)
                .extract()
                .path("items.find { it.version == " + version + " }.withdrawn");
        assertFalse(status.equals("SUBMITTED") && withdrawn, "submitted a withdrawn version");
        assertEquals(statuses.get(0) == 200, status.equals("SUBMITTED"));
    }

    private static void move(String who, DemoPartnersProject project, String code, Map<String, Object> move) {
        given().auth()
                .oauth2(Tokens.of(who))
                .contentType(ContentType.JSON)
                .body(move)
                .post(project.api(code) + "/transitions")
                .then()
                .statusCode(200);
    }

    private static void lockDeliverable(Connection db, String acronym, String code) throws Exception {
        try (PreparedStatement lock = db.prepareStatement("select d.id from deliverable d join project p"
                + " on p.id = d.project_id where p.acronym = ? and d.code = ? for update of d")) {
            lock.setString(1, acronym);
            lock.setString(2, code);
            try (ResultSet row = lock.executeQuery()) {
                assertTrue(row.next());
            }
        }
    }

    /** Until every request either waits for a lock in the database or has its answer. */
    private static void awaitEachWaitingOrDone(Connection db, List<Future<Integer>> answers) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            long done = answers.stream().filter(Future::isDone).count();
            // pg_locks, not pg_stat_activity: a transaction sees the latter as it was at its first reading.
            try (PreparedStatement waiting =
                            db.prepareStatement("select count(distinct pid) from pg_locks" + " where not granted");
                    ResultSet count = waiting.executeQuery()) {
                count.next();
                if (done + count.getLong(1) >= answers.size()) {
                    return;
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("The requests neither waited nor answered within a minute");
            }
            Thread.onSpinWait();
        }
    }
}
