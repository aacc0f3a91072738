package org.consortia.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code bench/run} measures and on how much data. A scale names a preset; any setting can be given
 * on its own after it ({@code bench/run --scale large --duration 20}).
 *
 * @param scale the preset's name, written in the results
 * @param projects bulk projects the generator adds to the 50 of the cast (about 100 deliverables each)
 * @param seed the generator's seed: the same seed gives the same data
 * @param duration seconds of load per concurrency level; with {@code requests}, the most a level may take
 * @param requests requests per user at each level (0: as many as the duration allows): the tiny scale proves
 *     that every request works by a count, which a busy machine only makes slower, never shorter
 * @param warmup seconds of load before the first measured level of a request
 * @param levels the numbers of concurrent users
 * @param transferMegabytes the size of the file uploaded and downloaded three times
 * @param largeFileMegabytes the size of the file moved once to watch the memory
 * @param work where the database, the files and the logs go ({@code target/bench/<scale>})
 * @param profile whether the application records a Java Flight Recording ({@code <work>/app.jfr})
 * @param only the requests to measure, by words of their names ({@code status,deadlines,transfers}); empty: all
 */
public record BenchOptions(
        String scale,
        int projects,
        int seed,
        int duration,
        int requests,
        int warmup,
        List<Integer> levels,
        int transferMegabytes,
        int largeFileMegabytes,
        Path work,
        boolean profile,
        List<String> only) {

    // Tiny: 3 requests per user at each level, within 300 s however busy the machine.
    private static final Map<String, BenchOptions> SCALES = Map.of(
            "tiny",
                    new BenchOptions(
                            "tiny",
                            10,
                            1,
                            300,
                            3,
                            1,
                            List.of(1, 4),
                            5,
                            20,
                            Path.of("target/bench/tiny"),
                            false,
                            List.of()),
            "medium",
                    new BenchOptions(
                            "medium",
                            950,
                            1,
                            10,
                            0,
                            3,
                            List.of(1, 4, 16),
                            100,
                            2048,
                            Path.of("target/bench/medium"),
                            false,
                            List.of()),
            "large",
                    new BenchOptions(
                            "large",
                            9950,
                            1,
                            10,
                            0,
                            3,
                            List.of(1, 4, 16),
                            100,
                            2048,
                            Path.of("target/bench/large"),
                            false,
                            List.of()));

    /**
     * {@code --scale tiny|medium|large} (tiny by default), then any of the other settings by name:
     * {@code --projects --seed --duration --requests --warmup --levels 1,4,16 --transfer-mb --large-file-mb --work --profile true --only status,transfers}.
     */
    public static BenchOptions parse(String... args) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("Expected --name value pairs, got " + Arrays.toString(args));
            }
            given.put(args[i].substring(2), args[++i]);
        }
        String scale = given.getOrDefault("scale", "tiny");
        BenchOptions preset = SCALES.get(scale);
        if (preset == null) {
            throw new IllegalArgumentException("Unknown scale " + scale + ": tiny, medium or large");
        }
        return new BenchOptions(
                scale,
                integer(given, "projects", preset.projects()),
                integer(given, "seed", preset.seed()),
                integer(given, "duration", preset.duration()),
                integer(given, "requests", preset.requests()),
                integer(given, "warmup", preset.warmup()),
                given.containsKey("levels")
                        ? Arrays.stream(given.get("levels").split(","))
                                .map(Integer::valueOf)
                                .toList()
                        : preset.levels(),
                integer(given, "transfer-mb", preset.transferMegabytes()),
                integer(given, "large-file-mb", preset.largeFileMegabytes()),
                Path.of(given.getOrDefault("work", preset.work().toString())).toAbsolutePath(),
                Boolean.parseBoolean(given.getOrDefault("profile", "false")),
                given.containsKey("only") ? List.of(given.get("only").split(",")) : List.of());
    }

    private static int integer(Map<String, String> given, String name, int fallback) {
        return given.containsKey(name) ? Integer.parseInt(given.get(name)) : fallback;
    }

    /** Whether the request (or "transfers") named {@code name} is measured in this run. */
    public boolean measures(String name) {
        return only.isEmpty()
                || only.stream()
                        .anyMatch(
                                word -> name.toLowerCase(java.util.Locale.ROOT).contains(word));
    }

    public int topLevel() {
        return levels.get(levels.size() - 1);
    }
}
