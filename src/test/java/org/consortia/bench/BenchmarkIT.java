package org.consortia.bench;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code bench/run} at its tiny scale, after {@code package}: the generator fills a real PostgreSQL, the packaged
 * application serves every request of the benchmark without an error, the statements of each are counted and
 * replayed, and the large files go up and down. No timing is checked here (docs/performance.md has them).
 */
class BenchmarkIT {

    @Test
    void theBenchmarkRunsEveryRequestWithoutErrorOnGeneratedData() throws Exception {
        BenchOptions options = BenchOptions.parse("--scale", "tiny", "--work", "target/bench-it");
        BenchResults results = Benchmark.run(options);

        List<Measurement> measurements = results.measurements();
        assertThat(measurements, hasSize(19 * options.levels().size()));
        assertThat(measurements.stream().map(m -> m.load().errors()).toList(), everyItem(is(0L)));
        assertThat(
                "each level sent its count of requests",
                measurements.stream()
                        .map(m -> m.load().requests() >= (long) m.users() * options.requests())
                        .toList(),
                everyItem(is(true)));
        assertThat(
                "every request but the empty endpoint reads the database",
                measurements.stream()
                        .filter(m -> !m.request().path().startsWith("/q/"))
                        .map(Measurement::statements)
                        .toList(),
                everyItem(greaterThan(0)));
        assertThat(
                "the reads replayed as plain SQL",
                measurements.stream()
                        .filter(m -> m.users() == options.topLevel()
                                && m.request().method().equals("GET")
                                && !m.request().path().startsWith("/q/"))
                        .map(m -> m.sqlAloneRate() != null && m.sqlAloneRate() > 0)
                        .toList(),
                everyItem(is(true)));
        // The file moved three times (as a form, as the body, down), the large one once (as the body, down).
        assertThat(
                results.transfers().stream().map(Transfers.Transfer::name).toList(),
                contains(
                        "upload (multipart form)",
                        "upload (file as the body)",
                        "download",
                        "upload (file as the body)",
                        "download"));
        assertThat(
                results.markdown().lines().filter(line -> line.startsWith("| ")).count(), greaterThan(20L));
    }
}
