package org.consortia.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Run in a child JVM by {@link EmbeddedPostgresCrashTest}: starts the embedded PostgreSQL as the
 * single-machine trial does (synchronous commits) on the data directory {@code args[0]}, records the
 * note {@code args[1]} if given, prints the server's setting, its pid and all notes, then "ready", and
 * ends when its standard input does. If the server cannot start, it prints why, tries a second time
 * (as dev mode would) and prints what that second attempt says.
 */
public final class EmbeddedPostgresChild {

    private EmbeddedPostgresChild() {}

    public static void main(String[] args) throws Exception {
        String url;
        try {
            url = EmbeddedPostgresServer.jdbcUrl(Path.of(args[0]), "on");
        } catch (IllegalStateException e) {
            System.out.println("failed=" + e.getMessage());
            try {
                EmbeddedPostgresServer.jdbcUrl(Path.of(args[0]), "on");
            } catch (RuntimeException again) {
                System.out.println("failed again=" + again);
            }
            System.exit(1);
            return;
        }
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS crash_note (note text NOT NULL)");
            if (args.length > 1) {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO crash_note VALUES (?)")) {
                    insert.setString(1, args[1]);
                    insert.executeUpdate();
                }
            }
            System.out.println("synchronous_commit=" + single(statement, "SHOW synchronous_commit"));
            System.out.println("pid="
                    + Files.readAllLines(Path.of(args[0], "postmaster.pid")).get(0));
            System.out.println("notes="
                    + single(statement, "SELECT coalesce(string_agg(note, '|' ORDER BY note), '') FROM crash_note"));
        }
        System.out.println("ready");
        System.out.flush();
        while (System.in.read() != -1) {
            // Ends when the test closes the pipe.
        }
        System.exit(0);
    }

    private static String single(Statement statement, String query) throws SQLException {
        try (ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getString(1);
        }
    }
}
