package org.consortia.database;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/**
 * Upgrades are forward-only and keep the data: a fresh database is taken through every migration one
 * at a time, and after some of them it receives the data a platform of that version would hold
 * ({@code db/upgrade/after-V<n>.sql}, written for that version's schema); at the end every row is still
 * there, with the defaults the later migrations promise.
 */
@QuarkusTest
class MigrationUpgradeTest {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String username;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void theEmbeddedServerIsTheMajorVersionTheBackupToolsAreFor() throws SQLException {
        try (Connection db = dataSource.getConnection();
                Statement sql = db.createStatement()) {
            assertThat(
                    value(sql, "select current_setting('server_version_num')").substring(0, 2),
                    equalTo(EmbeddedPostgresServer.MAJOR));
        }
    }

    @Test
    void everyMigrationAppliesToTheDataOfThePreviousVersion() throws Exception {
        String database =
                "upgrade_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = dataSource.getConnection();
                Statement create = admin.createStatement()) {
            create.execute("create database " + database);
        }
        String scratch = url.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        List<String> versions = new ArrayList<>();
        for (MigrationInfo migration :
                flyway(scratch, MigrationVersion.LATEST).info().pending()) {
            versions.add(migration.getVersion().getVersion());
        }
        assertThat("the migrations, in order", versions.get(0), equalTo("1"));

        for (String version : versions) {
            flyway(scratch, MigrationVersion.fromVersion(version)).migrate();
            seed(scratch, version);
        }
        try (Connection db = java.sql.DriverManager.getConnection(scratch, username, password);
                Statement sql = db.createStatement()) {
            assertThat(value(sql, "select count(*) from organisation"), equalTo("2"));
            assertThat(
                    value(
                            sql,
                            "select title || '|' || public_page || '|' || reminder_offsets || '|' || revision"
                                    + " from project"),
                    equalTo("A project from the first schema|false|30,7,1|0"));
            assertThat(
                    value(sql, "select contact_email from participation where partner_number = 2"),
                    equalTo("office@upgrade-partner.example"));
            assertThat(
                    value(
                            sql,
                            "select d.status || '|' || e.city || '|' || d.submitted_version || '|' || e.time_zone || '|'"
                                    + " || e.planned_date || '|' || e.actual_date || '|' || e.venue || '|'"
                                    + " || e.expected_participants || '|' || e.actual_participants || '|' || e.mode"
                                    + " from deliverable d join event e on e.id = d.event_id where d.code = 'D1.1'"),
                    equalTo("SUBMITTED|Lisbon|1|Europe/Lisbon|2020-06-10|2020-06-11|CGTP-IN|30|27|IN_PERSON"));
            assertThat(
                    value(
                            sql,
                            "select string_agg(h.participation_id::text, ',') from event_host h"
                                    + " join deliverable d on d.event_id = h.event_id where d.code = 'D1.1'"),
                    equalTo("2"));
            assertThat(value(sql, "select count(*) from event"), equalTo("1"));
            assertThat(value(sql, "select count(*) from deliverable_dependency"), equalTo("1"));
            assertThat(value(sql, "select achieved_date from milestone"), equalTo("2020-06-11"));
            assertThat(
                    value(sql, "select roles || '|' || muted_kinds || '|' || coalesce(language, '-') from person"),
                    equalTo("||-"));
            assertThat(value(sql, "select after_values->>'status' from activity_entry"), equalTo("SUBMITTED"));
            assertThat(value(sql, "select text from comment"), equalTo("Attendance list attached"));
            assertThat(
                    value(sql, "select sha256 from file_version"),
                    equalTo("a3f1c0ffee0000000000000000000000000000000000000000000000000000aa"));
            assertThat(
                    value(
                            sql,
                            "select mail_state || '|' || mail_attempts || '|' || (recipient_email is null)"
                                    + " from notification"),
                    equalTo("PENDING|2|true"));
            assertThat(value(sql, "select status || '|' || (content is null) from report"), equalTo("DRAFT|true"));
            assertThat(value(sql, "select progress from report_section"), equalTo("On track"));
            assertThat(value(sql, "select count(*) from risk"), equalTo("0"));
        } finally {
            try (Connection admin = dataSource.getConnection();
                    Statement drop = admin.createStatement()) {
                drop.execute("drop database if exists " + database + " with (force)");
            }
        }
    }

    private Flyway flyway(String jdbcUrl, MigrationVersion target) {
        return Flyway.configure()
                .dataSource(jdbcUrl, username, password)
                .locations("classpath:db/migration")
                .target(target)
                .load();
    }

    /** Runs {@code db/upgrade/after-V<version>.sql} if there is one. */
    private void seed(String jdbcUrl, String version) throws IOException, SQLException {
        String name = "db/upgrade/after-V" + version + ".sql";
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                return;
            }
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            try (Connection db = java.sql.DriverManager.getConnection(jdbcUrl, username, password);
                    Statement sql = db.createStatement()) {
                sql.execute(script);
            }
        }
    }

    private static String value(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return String.valueOf(row.getObject(1)).toLowerCase(Locale.ROOT).equals("null") ? null : row.getString(1);
        }
    }
}
