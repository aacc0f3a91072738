package org.consortia.project;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.consortia.testsupport.DemoConsortium;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A project's revision (migration V17) moves on with every statement that changes what its pages show,
 * whoever writes it: here plain SQL on the demo data, each change rolled back afterwards.
 */
@QuarkusTest
class ProjectRevisionTest {

    private static final String FORESEE = "(select id from project where acronym = 'FORESEE')";

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void loadTheDemo() {
        DemoConsortium.load();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "update deliverable set title = title where project_id = " + FORESEE + " and code = 'D1.1'",
                "update work_package set title = title where project_id = " + FORESEE + " and number = 1",
                "update milestone set title = title where project_id = " + FORESEE,
                "update reporting_period set end_month = end_month where project_id = " + FORESEE,
                "update participation set contact_name = contact_name where project_id = " + FORESEE,
                "insert into activity_entry (id, project_id, occurred_at, actor_username, action, subject_type, subject_key,"
                        + " visible_to_funder) select nextval('activity_entry_seq'), " + FORESEE + ", now(), 'someone',"
                        + " 'TESTED', 'PROJECT', 'FORESEE', false",
                "insert into file_version (id, deliverable_id, number, original_name, size_bytes, sha256, media_type,"
                        + " uploader_username, uploaded_at) select nextval('file_version_seq'), id, 99, 'minutes.pdf', 1,"
                        + " repeat('a', 64), 'application/pdf', 'someone', now() from deliverable where project_id = "
                        + FORESEE + " and code = 'D1.1'",
                "update organisation set legal_name = legal_name || ' (renamed)' where code = 'UNIPSO'"
            })
    void aChangeToWhatTheProjectShowsMovesItsRevisionOn(String change) throws SQLException {
        assertThat(change, revisionsMovedBy(change), greaterThan(0L));
    }

    @Test
    void aTransactionMovesItOnOnceHoweverManyStatementsItRuns() throws SQLException {
        assertThat(
                revisionsMovedBy(
                        "update deliverable set title = title where project_id = " + FORESEE,
                        "update milestone set title = title where project_id = " + FORESEE,
                        "update organisation set legal_name = legal_name where code = 'UNIPSO'"),
                equalTo(1L));
    }

    @Test
    void aChangeToAnotherProjectLeavesItAsItIs() throws SQLException {
        assertThat(
                revisionsMovedBy(
                        "update deliverable set title = title where project_id <> " + FORESEE,
                        "update deliverable set title = title where project_id = " + FORESEE
                                + " and code = 'no such code'"),
                equalTo(0L));
    }

    /** How far FORESEE's revision moves in one transaction running these statements, rolled back afterwards. */
    private long revisionsMovedBy(String... changes) throws SQLException {
        try (Connection db = dataSource.getConnection();
                Statement sql = db.createStatement()) {
            db.setAutoCommit(false);
            try {
                long before = revision(sql, "FORESEE");
                for (String change : changes) {
                    sql.executeUpdate(change);
                }
                return revision(sql, "FORESEE") - before;
            } finally {
                db.rollback();
            }
        }
    }

    private static long revision(Statement sql, String acronym) throws SQLException {
        try (ResultSet row = sql.executeQuery("select revision from project where acronym = '" + acronym + "'")) {
            row.next();
            return row.getLong(1);
        }
    }
}
