package org.consortia.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's pgbench replaying, as plain SQL from as many clients, the statements one request ran: how
 * many times a second the database alone answers what the application asks of it.
 */
final class Pgbench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");

    private Pgbench() {}

    /** For {@code seconds}, or, with {@code transactions} above 0, that many transactions per client. */
    static double transactionsPerSecond(
            List<String> statements, Path script, String connection, int clients, int seconds, int transactions)
            throws IOException, InterruptedException {
        StringBuilder text = new StringBuilder();
        statements.forEach(
                statement -> text.append(statement.replace('\n', ' ')).append(";\n"));
        Files.writeString(script, text);
        String output = Commands.output(
                List.of(
                        "pgbench",
                        "-n",
                        "-c",
                        Integer.toString(clients),
                        "-j",
                        Integer.toString(Math.min(clients, 2)),
                        transactions > 0 ? "-t" : "-T",
                        Integer.toString(transactions > 0 ? transactions : seconds),
                        "-f",
                        script.toString(),
                        connection),
                Map.of());
        Matcher tps = TPS.matcher(output);
        if (!tps.find()) {
            throw new IOException("pgbench printed no rate:\n" + output);
        }
        return Double.parseDouble(tps.group(1));
    }
}
