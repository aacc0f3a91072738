package org.consortia.bench;

/**
 * One request at one concurrency level: the load generator's figures, the SQL statements of one such request,
 * the same statements replayed by pgbench (top level only, reads only), the empty endpoint's rate at the same
 * level, and the application's peak resident memory meanwhile.
 */
record Measurement(
        BenchRequest request,
        int users,
        LoadResult load,
        int statements,
        Double sqlAloneRate,
        double emptyEndpointRate,
        long residentPeakMegabytes) {

    double ratioToEmptyEndpoint() {
        return load.requestsPerSecond() / emptyEndpointRate;
    }

    Double ratioToSqlAlone() {
        return sqlAloneRate == null ? null : load.requestsPerSecond() / sqlAloneRate;
    }
}
