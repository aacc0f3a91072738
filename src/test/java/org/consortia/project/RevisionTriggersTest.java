package org.consortia.project;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.empty;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every table moves its project's revision on (migration V17: a trigger calling a {@code bump_revision_of_…}
 * function) on insert, update and delete, or is listed here with what it watches and why that is enough. The
 * revision keys what {@code common/RevisionCache} keeps — the status page's content and personal deadlines — so a
 * table those show without its trigger would leave them stale. A new table takes the trigger in its migration, or
 * its place on this list.
 */
@QuarkusTest
class RevisionTriggersTest {

    /** The changes on which a table moves its projects' revisions on, and why that is enough. */
    private record Watching(Set<String> changes, String why) {}

    private static final Watching EVERYTHING = new Watching(
            Set.of("INSERT", "UPDATE", "DELETE"), "a table whose rows a cached page or the deadlines may show");

    /** The tables that watch less, each with its reason. */
    private static final Map<String, Watching> EXCEPTIONS = Map.ofEntries(
            Map.entry(
                    "project",
                    new Watching(
                            Set.of(), "its own row: its version (the optimistic lock) is part of ProjectRevision")),
            Map.entry(
                    "organisation",
                    new Watching(
                            Set.of("UPDATE"),
                            "shown only as a partner: a participation's insert and delete move the revision, and an"
                                    + " organisation taking part in a project cannot be deleted")),
            Map.entry(
                    "activity_entry",
                    new Watching(Set.of("INSERT"), "append-only: V5's trigger refuses every update and delete")),
            Map.entry(
                    "deliverable_contributor",
                    new Watching(
                            Set.of(),
                            "shown by the partner and deliverable pages, rendered at each request; the status page"
                                    + " filters and counts by lead, and deadlines name the lead")),
            Map.entry(
                    "event_host",
                    new Watching(
                            Set.of("INSERT", "DELETE"),
                            "the status page and the deadlines name the hosts; a host is added or removed, never changed"
                                    + " in place")),
            Map.entry(
                    "registration",
                    new Watching(
                            Set.of(), "a registration waiting for its confirmation; no page shows it but as a count")),
            Map.entry(
                    "survey_invitation",
                    new Watching(Set.of(), "a participant's one-time link; no page shows it but as a count")),
            Map.entry(
                    "survey_token",
                    new Watching(Set.of(), "a one-time link not used yet, tied to nobody; no page shows it")),
            Map.entry(
                    "survey_answer",
                    new Watching(Set.of(), "read by the event page, the API and a draft report at each request")),
            Map.entry(
                    "signed_sheet",
                    new Watching(Set.of(), "shown by the event page and the API, rendered at each request")),
            Map.entry(
                    "deliverable_dependency",
                    new Watching(Set.of(), "shown by the deliverable page and the API, rendered at each request")),
            Map.entry(
                    "comment",
                    new Watching(Set.of(), "shown by the deliverable and review pages, rendered at each request")),
            Map.entry(
                    "report_section",
                    new Watching(
                            Set.of(),
                            "shown by the report page and its PDF, rendered at each request; the status page shows"
                                    + " only a report's status and revision (table report)")),
            Map.entry("report_comment", new Watching(Set.of(), "shown by the report page and its PDF only")),
            Map.entry(
                    "grant_terms",
                    new Watching(Set.of(), "the budget's terms, read by the budget API at each request")),
            Map.entry("cost_category", new Watching(Set.of(), "read by the budget API at each request")),
            Map.entry("budget_line", new Watching(Set.of(), "read by the budget API at each request")),
            Map.entry("planned_effort", new Watching(Set.of(), "read by the budget API at each request")),
            Map.entry("lump_sum_share", new Watching(Set.of(), "read by the budget API at each request")),
            Map.entry(
                    "timesheet",
                    new Watching(Set.of(), "a person's time record, read by the timesheet pages at each request")),
            Map.entry("timesheet_entry", new Watching(Set.of(), "read with its timesheet at each request")),
            Map.entry(
                    "financial_statement",
                    new Watching(Set.of(), "read by the statements API and pages at each request")),
            Map.entry("statement_cost", new Watching(Set.of(), "read with its statement at each request")),
            Map.entry("statement_effort", new Watching(Set.of(), "read with its statement at each request")),
            Map.entry("statement_completion", new Watching(Set.of(), "read with its statement at each request")),
            Map.entry(
                    "productive_hours",
                    new Watching(Set.of(), "read by the timesheets and their organisation's settings at each request")),
            Map.entry(
                    "amendment",
                    new Watching(
                            Set.of(),
                            "shown by the amendments page, rendered at each request; an approval re-dates its item,"
                                    + " whose table moves the revision")),
            Map.entry(
                    "risk",
                    new Watching(Set.of(), "shown by the risk register and the reports, rendered at each request")),
            Map.entry(
                    "reviewer_assignment",
                    new Watching(
                            Set.of(),
                            "decides the visitor's standing and projects, read at each request and part of the"
                                    + " cache keys")),
            Map.entry("person", new Watching(Set.of(), "the people seen signing in; no cached content names them")),
            Map.entry("calendar_feed", new Watching(Set.of(), "a person's feed token; not shown on any cached page")),
            Map.entry(
                    "notification",
                    new Watching(
                            Set.of(),
                            "a person's notices; the header's unread count is rendered around the cached content")));

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyTableMovesTheRevisionOnOrSaysWhyNot() throws SQLException {
        Map<String, String> astray = new TreeMap<>();
        revisionTriggers().forEach((table, changes) -> {
            Watching expected = EXCEPTIONS.getOrDefault(table, EVERYTHING);
            if (!changes.equals(expected.changes())) {
                astray.put(table, "moves it on " + changes + ", expected " + expected);
            }
        });
        assertThat(astray, anEmptyMap());
    }

    @Test
    void theExceptionsAreTablesOfTheDatabase() throws SQLException {
        Set<String> gone = new TreeSet<>(EXCEPTIONS.keySet());
        gone.removeAll(revisionTriggers().keySet());
        assertThat(gone, empty());
    }

    /** Each table of the schema, with the changes on which a trigger of it moves a revision on. */
    private Map<String, Set<String>> revisionTriggers() throws SQLException {
        Map<String, Set<String>> tables = new TreeMap<>();
        try (Connection db = dataSource.getConnection();
                Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("select t.table_name, r.event_manipulation"
                        + " from information_schema.tables t left join information_schema.triggers r"
                        + " on r.event_object_schema = t.table_schema and r.event_object_table = t.table_name"
                        + " and starts_with(r.action_statement, 'EXECUTE FUNCTION bump_revision_of_')"
                        + " where t.table_schema = 'public' and t.table_type = 'BASE TABLE'"
                        + " and t.table_name <> 'flyway_schema_history'")) {
            while (rows.next()) {
                Set<String> changes = tables.computeIfAbsent(rows.getString(1), table -> new TreeSet<>());
                if (rows.getString(2) != null) {
                    changes.add(rows.getString(2));
                }
            }
        }
        return tables;
    }
}
