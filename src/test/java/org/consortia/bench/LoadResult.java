package org.consortia.bench;

/** What a load generator measured at one concurrency level: throughput and latency percentiles. */
record LoadResult(
        long requests, double requestsPerSecond, double p50Millis, double p95Millis, double p99Millis, long errors) {}
