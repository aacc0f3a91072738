package org.consortia.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The demo consortium is read-only in tests: every test class that finds the demo projects loaded must leave their
 * revision as it found it. A test that changes data builds its own project ({@link DemoPartnersProject},
 * {@link PlanBuilder}). Registered for every test class (junit-platform.properties); a class that runs no database
 * is not concerned.
 */
public class DemoStaysUntouched implements BeforeAllCallback, AfterAllCallback {

    /** Where {@link EmbeddedPostgresResource} tells the test database's address, once it runs. */
    static final String JDBC_URL = "consortia.test.jdbc-url";

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(DemoStaysUntouched.class);

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        context.getStore(NAMESPACE).put("revisions", revisions());
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        @SuppressWarnings("unchecked")
        Map<String, Long> before = context.getStore(NAMESPACE).get("revisions", Map.class);
        Map<String, Long> after = revisions();
        before.forEach((acronym, revision) -> {
            if (!revision.equals(after.get(acronym))) {
                throw new AssertionError(context.getRequiredTestClass().getSimpleName() + " changed the shared demo "
                        + acronym + " (revision " + revision + " → " + after.get(acronym)
                        + "): a test that changes data builds its own project (DemoPartnersProject, PlanBuilder)");
            }
        });
    }

    /** The demo projects' revisions, by acronym; none before the database runs or the demo is loaded. */
    private static Map<String, Long> revisions() throws SQLException {
        Map<String, Long> revisions = new HashMap<>();
        String url = System.getProperty(JDBC_URL);
        if (url == null) {
            return revisions;
        }
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select acronym, revision from project where acronym in ('FORESEE', 'NMLS')")) {
            while (rows.next()) {
                revisions.put(rows.getString(1), rows.getLong(2));
            }
        }
        return revisions;
    }
}
