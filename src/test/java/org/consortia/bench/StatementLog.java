package org.consortia.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The SQL one request costs, read from PostgreSQL's own log ({@code log_statement = all}, switched on only
 * around the request): what the application's connections ran between two markers. The statements come
 * back with their parameters written in, so plain SQL clients (pgbench) can replay them.
 */
final class StatementLog {

    /** A line of the log: {@code application|LOG:  execute <name>: SQL} or {@code …|LOG:  statement: SQL}. */
    private static final Pattern STATEMENT = Pattern.compile("^([^|]*)\\|LOG:  (?:execute [^:]+|statement): (.*)$");

    private static final Pattern PARAMETERS = Pattern.compile("^([^|]*)\\|DETAIL:  parameters: (.*)$");
    private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+) = ('(?:[^']|'')*'|NULL)");
    private static final String APPLICATION = "consortia";
    private static final Duration FLUSH_TIMEOUT = Duration.ofSeconds(10);

    /** What one request ran: the statements that do work (transaction control left out) and all of it, replayable. */
    record Capture(int statements, List<String> replayable) {}

    private final DataSource dataSource;
    private final Path log;

    StatementLog(DataSource dataSource, Path log) {
        this.dataSource = dataSource;
        this.log = log;
    }

    Capture during(Runnable request) throws SQLException, IOException {
        try (Connection db = dataSource.getConnection();
                Statement sql = db.createStatement()) {
            sql.execute("alter system set log_statement = 'all'");
            sql.execute("select pg_reload_conf()");
            String begin = mark(sql, log);
            String end;
            try {
                request.run();
            } finally {
                end = mark(sql, log);
                sql.execute("alter system reset log_statement");
                sql.execute("select pg_reload_conf()");
            }
            return parse(between(begin, end));
        }
    }

    /** Writes a marker to the log and waits until it is there (the logging collector writes asynchronously). */
    private static String mark(Statement sql, Path log) throws SQLException, IOException {
        String marker = "bench-marker-" + UUID.randomUUID();
        Instant deadline = Instant.now().plus(FLUSH_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            sql.execute("select '" + marker + "'");
            if (Files.exists(log) && tail(log, 1 << 20).contains(marker)) {
                return marker;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
        throw new IOException("PostgreSQL did not log the statements within " + FLUSH_TIMEOUT + " (" + log + ")");
    }

    private List<String> between(String begin, String end) throws IOException {
        String text = tail(log, 64 << 20);
        int from = text.lastIndexOf(begin);
        int to = text.lastIndexOf(end);
        String window = text.substring(text.indexOf('\n', from) + 1, text.lastIndexOf('\n', to) + 1);
        List<String> lines = new ArrayList<>();
        for (String line : window.split("\n")) {
            if (line.startsWith("\t") && !lines.isEmpty()) {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + "\n" + line.substring(1));
            } else {
                lines.add(line);
            }
        }
        return lines;
    }

    private static Capture parse(List<String> lines) {
        List<String> replayable = new ArrayList<>();
        int statements = 0;
        for (String line : lines) {
            Matcher statement = STATEMENT.matcher(line);
            Matcher parameters = PARAMETERS.matcher(line);
            if (statement.find() && statement.group(1).equals(APPLICATION)) {
                String text = statement.group(2).strip();
                replayable.add(text);
                if (!isTransactionControl(text)) {
                    statements++;
                }
            } else if (parameters.find() && parameters.group(1).equals(APPLICATION) && !replayable.isEmpty()) {
                replayable.set(replayable.size() - 1, bind(replayable.get(replayable.size() - 1), parameters.group(2)));
            }
        }
        return new Capture(statements, replayable);
    }

    private static boolean isTransactionControl(String sql) {
        String word = sql.split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
        return List.of("BEGIN", "COMMIT", "ROLLBACK", "SET", "SHOW", "").contains(word);
    }

    /** {@code $n} replaced by the logged values, highest first so that {@code $1} does not eat {@code $10}. */
    private static String bind(String sql, String parameters) {
        List<String> values = new ArrayList<>();
        Matcher parameter = PARAMETER.matcher(parameters);
        while (parameter.find()) {
            int index = Integer.parseInt(parameter.group(1));
            while (values.size() < index) {
                values.add(null);
            }
            values.set(index - 1, parameter.group(2));
        }
        String bound = sql;
        for (int i = values.size(); i >= 1; i--) {
            bound = bound.replace("$" + i, values.get(i - 1));
        }
        return bound;
    }

    private static String tail(Path file, int bytes) throws IOException {
        try (RandomAccessFile reader = new RandomAccessFile(file.toFile(), "r")) {
            long start = Math.max(0, reader.length() - bytes);
            byte[] buffer = new byte[(int) (reader.length() - start)];
            reader.seek(start);
            reader.readFully(buffer);
            return new String(buffer, StandardCharsets.UTF_8);
        }
    }
}
