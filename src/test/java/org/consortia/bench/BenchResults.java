package org.consortia.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What a run of {@code bench/run} measured, as the Markdown of docs/performance.md, with the targets checked. */
public record BenchResults(
        BenchOptions options,
        double startupSeconds,
        long idleMegabytes,
        List<Measurement> measurements,
        List<Transfers.Transfer> transfers,
        Map<String, List<QueryPlans.Plan>> plans) {

    static final double STARTUP_TARGET_SECONDS = 5;
    static final long IDLE_TARGET_MEGABYTES = 300;
    static final double PAGE_P99_TARGET_MILLIS = 50;
    static final double LIST_P99_TARGET_MILLIS = 30;
    static final double PAGE_RATIO_TARGET = 0.30;
    static final double TRANSFER_RATIO_TARGET = 0.80;

    /** A target of the issue and whether this run met it. */
    public record Target(String what, String measured, boolean met) {}

    public String markdown() {
        StringBuilder md = new StringBuilder();
        String perLevel = options.requests() > 0
                ? options.requests() + " requests per user per level"
                : options.duration() + " s per level";
        md.append(String.format(
                Locale.ROOT,
                "Scale **%s**: %d + 50 projects (seed %d), %s, levels %s; %s.%n%n",
                options.scale(),
                options.projects(),
                options.seed(),
                perLevel,
                options.levels(),
                machine()));
        md.append(String.format(
                Locale.ROOT,
                "Start-up %.2f s (Quarkus' figure), idle resident memory %d MB, heap %s.%n%n",
                startupSeconds,
                idleMegabytes,
                BenchApplication.HEAP));
        md.append("| request | user | users | req/s | p50 ms | p95 ms | p99 ms | errors | SQL/req"
                + " | % of empty endpoint | SQL alone req/s | % of SQL alone | peak RSS MB |\n");
        md.append("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        for (Measurement m : measurements) {
            LoadResult load = m.load();
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %d | %.0f | %.1f | %.1f | %.1f | %d | %d | %.1f | %s | %s | %d |%n",
                    m.request().name(),
                    m.request().user(),
                    m.users(),
                    load.requestsPerSecond(),
                    load.p50Millis(),
                    load.p95Millis(),
                    load.p99Millis(),
                    load.errors(),
                    m.statements(),
                    100 * m.ratioToEmptyEndpoint(),
                    m.sqlAloneRate() == null ? "" : String.format(Locale.ROOT, "%.0f", m.sqlAloneRate()),
                    m.ratioToSqlAlone() == null ? "" : String.format(Locale.ROOT, "%.0f", 100 * m.ratioToSqlAlone()),
                    m.residentPeakMegabytes()));
        }
        md.append("\n| transfer | MB | MB/s | cp MB/s | % of cp | cp + fsync MB/s | % of cp + fsync | RSS before MB"
                + " | peak RSS MB |\n");
        md.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        for (Transfers.Transfer t : transfers) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.0f | %.0f | %.0f | %.0f | %.0f | %d | %d |%n",
                    t.name(),
                    t.megabytes(),
                    t.megabytesPerSecond(),
                    t.copyMegabytesPerSecond(),
                    100 * t.megabytesPerSecond() / t.copyMegabytesPerSecond(),
                    t.durableCopyMegabytesPerSecond(),
                    100 * t.megabytesPerSecond() / t.durableCopyMegabytesPerSecond(),
                    t.residentBeforeMegabytes(),
                    t.residentPeakMegabytes()));
        }
        md.append("\n| target | measured | met |\n|---|---|---|\n");
        for (Target target : targets()) {
            md.append("| ")
                    .append(target.what())
                    .append(" | ")
                    .append(target.measured())
                    .append(" | ")
                    .append(target.met() ? "yes" : "**no**")
                    .append(" |\n");
        }
        return md.toString();
    }

    /** The slowest queries of each request with their plans ({@code EXPLAIN (ANALYZE, BUFFERS)}). */
    public String plansMarkdown() {
        StringBuilder md = new StringBuilder();
        plans.forEach((request, slowest) -> {
            md.append("### ").append(request).append("\n\n");
            for (QueryPlans.Plan plan : slowest) {
                md.append(String.format(
                        Locale.ROOT,
                        "%.2f ms:%n%n```sql%n%s%n```%n%n```%n%s```%n%n",
                        plan.executionMillis(),
                        plan.sql(),
                        plan.plan()));
            }
        });
        return md.toString();
    }

    /** The targets, read off this run (at its top concurrency level). */
    public List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        targets.add(new Target(
                "start-up < 5 s",
                String.format(Locale.ROOT, "%.2f s", startupSeconds),
                startupSeconds < STARTUP_TARGET_SECONDS));
        targets.add(new Target("idle memory < 300 MB", idleMegabytes + " MB", idleMegabytes < IDLE_TARGET_MEGABYTES));
        int top = options.topLevel();
        for (Measurement m : measurements) {
            if (m.users() != top) {
                continue;
            }
            String name = m.request().name();
            double p99 = m.load().p99Millis();
            if (name.startsWith("status page") || name.startsWith("GET /api/me/deadlines")) {
                targets.add(new Target(
                        name + ": p99 < 50 ms at " + top + " users",
                        String.format(Locale.ROOT, "%.1f ms", p99),
                        p99 < PAGE_P99_TARGET_MILLIS));
                targets.add(new Target(
                        name + ": ≥ 30 % of the empty endpoint's rate",
                        String.format(Locale.ROOT, "%.1f %%", 100 * m.ratioToEmptyEndpoint()),
                        m.ratioToEmptyEndpoint() >= PAGE_RATIO_TARGET));
            } else if (name.contains("(API)") || name.startsWith("deliverable page")) {
                targets.add(new Target(
                        name + ": p99 < 30 ms at " + top + " users",
                        String.format(Locale.ROOT, "%.1f ms", p99),
                        p99 < LIST_P99_TARGET_MILLIS));
            }
        }
        for (Transfers.Transfer t : transfers) {
            double ratio = t.megabytesPerSecond() / t.copyMegabytesPerSecond();
            targets.add(new Target(
                    t.name() + " of " + t.megabytes() + " MB ≥ 80 % of cp",
                    String.format(Locale.ROOT, "%.0f %%", 100 * ratio),
                    ratio >= TRANSFER_RATIO_TARGET));
        }
        return targets;
    }

    private static String machine() {
        String cpu = "unknown CPU";
        long memoryKb = 0;
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .orElse(cpu);
            memoryKb = Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(l -> l.startsWith("MemTotal"))
                    .findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")))
                    .orElse(0L);
        } catch (IOException unreadable) {
            // not Linux: the figures stay unknown
        }
        return String.format(
                Locale.ROOT,
                "%d cores (%s), %d GiB, %s %s, Java %s, %s",
                Runtime.getRuntime().availableProcessors(),
                cpu,
                Math.round(memoryKb / 1024.0 / 1024.0),
                System.getProperty("os.name"),
                System.getProperty("os.version"),
                System.getProperty("java.version"),
                LocalDate.now());
    }
}
