package org.consortia.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The outside programs the benchmark drives (psql, wrk, pgbench, curl, cp), run to their end. */
final class Commands {

    private Commands() {}

    /** Runs {@code command}, its output into {@code log}; fails unless it exits with 0. */
    static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (process.waitFor() != 0) {
            throw new IOException(
                    String.join(" ", command) + " failed; see " + log + ":\n" + tail(Files.readString(log)));
        }
    }

    /** Runs {@code command} with {@code environment} added and returns what it printed; fails unless it exits with 0. */
    static String output(List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed:\n" + tail(output));
        }
        return output;
    }

    private static String tail(String output) {
        return output.length() > 4000 ? output.substring(output.length() - 4000) : output;
    }
}
