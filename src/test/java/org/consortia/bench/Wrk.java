package org.consortia.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Debian's wrk, driving one request at a number of concurrent connections ({@code bench/wrk/request.lua}). */
final class Wrk {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCRIPT = Path.of("bench/wrk/request.lua");

    private Wrk() {}

    /**
     * {@code requestsPerUser} requests from each of {@code users} connections (at most {@code seconds}), or, with
     * {@code requestsPerUser} 0, as many as {@code seconds} allow.
     */
    static LoadResult run(URI application, BenchRequest request, int users, int seconds, int requestsPerUser)
            throws IOException, InterruptedException {
        Map<String, String> environment = new HashMap<>();
        environment.put("BENCH_METHOD", request.method());
        environment.put("BENCH_HEADERS", request.headerLines());
        environment.put(
                "BENCH_RUN", Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT));
        environment.put(
                "BENCH_BODY_FILE",
                request.body() == null ? "" : request.body().toAbsolutePath().toString());
        int threads = Math.min(users, 2);
        if (requestsPerUser > 0) {
            int usersPerThread = (users + threads - 1) / threads;
            environment.put("BENCH_RESPONSES", Integer.toString(requestsPerUser * usersPerThread));
            environment.put("BENCH_THREADS", Integer.toString(threads));
            Path done = Files.createTempFile("wrk-", ".done");
            environment.put("BENCH_DONE_FILE", done.toString());
            done.toFile().deleteOnExit();
        }
        String output = Commands.output(
                List.of(
                        "wrk",
                        "-t",
                        Integer.toString(threads),
                        "-c",
                        Integer.toString(users),
                        "-d",
                        seconds + "s",
                        "--timeout",
                        "60s",
                        "-s",
                        SCRIPT.toString(),
                        application.resolve(request.path()).toString()),
                environment);
        String line = output.lines()
                .filter(l -> l.startsWith("BENCH "))
                .findFirst()
                .orElseThrow(() -> new IOException("wrk printed no result:\n" + output));
        JsonNode result = JSON.readTree(line.substring("BENCH ".length()));
        long requests = result.get("requests").asLong();
        double elapsed = result.get("durationMicros").asDouble() / 1e6;
        return new LoadResult(
                requests,
                requests / elapsed,
                millis(result, "p50"),
                millis(result, "p95"),
                millis(result, "p99"),
                result.get("socketErrors").asLong() + result.get("statusErrors").asLong());
    }

    private static double millis(JsonNode result, String field) {
        return result.get(field).asDouble() / 1000;
    }
}
