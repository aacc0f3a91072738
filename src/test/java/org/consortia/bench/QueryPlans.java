package org.consortia.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * {@code EXPLAIN ANALYZE} of the queries one request ran (as logged, parameters written in), slowest first:
 * how PostgreSQL answers them on the data set, for docs/performance.md.
 */
final class QueryPlans {

    private static final Pattern EXECUTION = Pattern.compile("Execution Time: ([0-9.]+) ms");
    private static final int SHOWN = 3;

    /** A query with its plan and how long it took to run. */
    record Plan(String sql, String plan, double executionMillis) {}

    private final DataSource dataSource;

    QueryPlans(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The plans of the {@code SHOWN} slowest reads of {@code statements}. */
    List<Plan> slowest(List<String> statements) throws SQLException {
        List<Plan> plans = new ArrayList<>();
        try (Connection db = dataSource.getConnection();
                Statement sql = db.createStatement()) {
            for (String statement : statements) {
                if (!statement.strip().toLowerCase(Locale.ROOT).startsWith("select")) {
                    continue;
                }
                StringBuilder plan = new StringBuilder();
                try (ResultSet lines = sql.executeQuery("explain (analyze, buffers) " + statement)) {
                    while (lines.next()) {
                        plan.append(lines.getString(1)).append('\n');
                    }
                }
                Matcher execution = EXECUTION.matcher(plan);
                plans.add(new Plan(
                        statement, plan.toString(), execution.find() ? Double.parseDouble(execution.group(1)) : 0));
            }
        }
        return plans.stream()
                .sorted(Comparator.comparingDouble(Plan::executionMillis).reversed())
                .limit(SHOWN)
                .toList();
    }
}
