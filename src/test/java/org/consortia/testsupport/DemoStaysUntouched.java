package org.consortia.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The demo consortium is read-only in tests: once {@link DemoConsortium} has imported it, its projects' revisions
 * stay what they were for the whole run, and the first test class after which one has moved fails. A test that
 * changes data builds its own project ({@link DemoPartnersProject}, {@link DemoCopy}, {@link PlanBuilder}).
 * Registered for every test class (junit-platform.properties). The revisions are kept in system properties: the
 * test classes and this extension do not share a class loader.
 */
public class DemoStaysUntouched implements AfterAllCallback {

    /** Where {@link EmbeddedPostgresResource} tells the test database's address, once it runs. */
    static final String JDBC_URL = "consortia.test.jdbc-url";

    /** The demo projects' revisions as imported, e.g. {@code FORESEE=31,NMLS=12}. */
    private static final String IMPORTED = "consortia.test.demo-revisions";

    /** Called by {@link DemoConsortium} right after the import: what every class must leave as it is. */
    static void imported() {
        System.setProperty(IMPORTED, written(revisions()));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        String imported = System.getProperty(IMPORTED);
        if (imported == null) {
            return;
        }
        String now = written(revisions());
        if (!now.equals(imported)) {
            System.setProperty(IMPORTED, now); // the next classes answer for their own changes only
            throw new AssertionError(context.getRequiredTestClass().getSimpleName() + " changed the shared demo"
                    + " (revisions " + imported + " → " + now + "): a test that changes data builds its own project"
                    + " (DemoPartnersProject, DemoCopy, PlanBuilder)");
        }
    }

    private static String written(Map<String, Long> revisions) {
        return revisions.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }

    /** The demo projects' revisions, by acronym. */
    private static Map<String, Long> revisions() {
        Map<String, Long> revisions = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(System.getProperty(JDBC_URL), "postgres", "postgres");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select acronym, revision from project where acronym in ('FORESEE', 'NMLS')")) {
            while (rows.next()) {
                revisions.put(rows.getString(1), rows.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the demo projects' revisions", e);
        }
        return revisions;
    }
}
