package org.consortia.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.consortia.keycloak.KeycloakDevServer;

/**
 * {@code bench/run}: generates the data set (or finds it), starts the packaged application on it, and measures
 * the key requests of each kind of user at several concurrency levels, the transfer of large files, the
 * start-up and the idle memory. Prints the results as Markdown and writes them to
 * {@code target/bench/results-<scale>.md} (docs/performance.md).
 */
public final class Benchmark {

    static final int KEYCLOAK_PORT = 18190;
    static final String EMPTY_ENDPOINT = "empty endpoint (reference)";

    private final BenchOptions options;
    private final List<Measurement> measurements = new ArrayList<>();
    private final Map<Integer, Double> emptyEndpointRates = new LinkedHashMap<>();
    private final Map<String, List<QueryPlans.Plan>> plans = new LinkedHashMap<>();

    private Benchmark(BenchOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        BenchResults results = run(BenchOptions.parse(args));
        String markdown = results.markdown();
        System.out.println(markdown);
        Path out = Path.of("target/bench/results-" + results.options().scale() + ".md");
        Path plans = Path.of("target/bench/plans-" + results.options().scale() + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, markdown);
        Files.writeString(plans, results.plansMarkdown());
        System.out.println("Written to " + out + "; the query plans to " + plans);
        System.exit(0);
    }

    public static BenchResults run(BenchOptions options) throws Exception {
        return new Benchmark(options).measure();
    }

    private BenchResults measure() throws Exception {
        Path files = options.work().resolve("files");
        Files.createDirectories(options.work());
        String issuer = KeycloakDevServer.start(
                KEYCLOAK_PORT, Path.of("target/bench-keycloak"), Path.of("keycloak-realm.json"));
        try (BenchDatabase database = BenchDatabase.start(options, files)) {
            Files.createDirectories(files);
            try (BenchApplication application = BenchApplication.start(options, database, issuer, files)) {
                Thread.sleep(2000);
                long idle = application.residentMegabytes();
                BenchCast cast = new BenchCast(application.uri(), issuer);
                StatementLog statements = new StatementLog(database.dataSource(), database.logFile());
                for (Map.Entry<String, Supplier<BenchRequest>> request :
                        requests(cast).entrySet()) {
                    if (options.measures(request.getKey()) || request.getKey().equals(EMPTY_ENDPOINT)) {
                        measure(request.getValue().get(), application, statements, database);
                    }
                }
                List<Transfers.Transfer> moved = new ArrayList<>();
                if (options.measures("transfers")) {
                    Transfers transfers = new Transfers(application, options.work());
                    String upload = "/api/projects/" + BenchCast.PROJECT + "/deliverables/" + cast.partnersDeliverable()
                            + "/files";
                    moved.addAll(
                            transfers.repeated(upload, cast.bearer(BenchCast.PARTNER), options.transferMegabytes()));
                    moved.addAll(transfers.once(upload, cast.bearer(BenchCast.PARTNER), options.largeFileMegabytes()));
                }
                return new BenchResults(options, application.startupSeconds(), idle, measurements, moved, plans);
            }
        }
    }

    /** The key requests of each kind of user, by name; credentials are fetched when a request's turn comes. */
    private Map<String, Supplier<BenchRequest>> requests(BenchCast cast) throws IOException {
        String project = "/projects/" + BenchCast.PROJECT;
        String api = "/api/projects/" + BenchCast.PROJECT;
        cast.submitFirstReport();
        String deliverable = cast.partnersDeliverable();
        String event = cast.firstEvent();
        String calendar = cast.coordinatorsCalendar();
        Path plan = cast.planToImport(options.work().resolve("plan.yaml"));
        BenchCast.CrowdedEvent crowded = cast.crowdedEvent(500, options.work().resolve("crowd.csv"));
        Path participants = BenchCast.participantsToImport(options.work().resolve("participants.csv"), 2000, "import");
        Map<String, Supplier<BenchRequest>> requests = new LinkedHashMap<>();
        get(requests, EMPTY_ENDPOINT, "anyone", "/q/health/live", Map::of);
        get(
                requests,
                "status page (200 deliverables)",
                "coordinator",
                project,
                () -> cast.session(BenchCast.COORDINATOR));
        get(
                requests,
                "GET /api/me/deadlines (50 projects)",
                "coordinator",
                "/api/me/deadlines",
                () -> cast.bearer(BenchCast.COORDINATOR));
        get(
                requests,
                "filtered deliverables (API)",
                "partner",
                api + "/deliverables?lead=NEXEM&status=IN_PROGRESS&status=PLANNED",
                () -> cast.bearer(BenchCast.PARTNER));
        get(
                requests,
                "deliverable (API)",
                "partner",
                api + "/deliverables/" + deliverable,
                () -> cast.bearer(BenchCast.PARTNER));
        get(
                requests,
                "deliverable page",
                "partner",
                project + "/deliverables/" + deliverable,
                () -> cast.session(BenchCast.PARTNER));
        get(requests, "review page", "reviewer", project + "/review", () -> cast.session(BenchCast.REVIEWER));
        get(requests, "report (HTML)", "reviewer", project + "/reports/1", () -> cast.session(BenchCast.REVIEWER));
        get(requests, "report (PDF)", "reviewer", project + "/reports/1/pdf", () -> cast.session(BenchCast.REVIEWER));
        get(requests, "finance page", "coordinator", project + "/finances", () -> cast.session(BenchCast.COORDINATOR));
        get(requests, "statements (API)", "partner", api + "/statements", () -> cast.bearer(BenchCast.PARTNER));
        get(
                requests,
                "timesheet month (API)",
                "partner",
                "/api/timesheets/nexem-partner/" + YearMonth.now(ZoneOffset.UTC).minusMonths(1),
                () -> cast.bearer(BenchCast.PARTNER));
        get(
                requests,
                "event page (list and charts)",
                "coordinator",
                project + "/events/" + event,
                () -> cast.session(BenchCast.COORDINATOR));
        get(
                requests,
                "meetings page (3 meetings)",
                "partner",
                project + "/meetings",
                () -> cast.session(BenchCast.PARTNER));
        get(
                requests,
                "event breakdown (API)",
                "reviewer",
                api + "/events/" + event + "/breakdown",
                () -> cast.bearer(BenchCast.REVIEWER));
        get(
                requests,
                "signature sheet (PDF, 500 names)",
                "coordinator",
                api + "/events/" + crowded.code() + "/attendance/" + crowded.day() + "/signature-sheet?blank=0",
                () -> cast.bearer(BenchCast.COORDINATOR));
        String checking = "participants import, checked (2,000 rows)";
        requests.put(
                checking,
                () -> new BenchRequest(
                        checking,
                        "coordinator",
                        "POST",
                        api + "/events/" + crowded.code() + "/participants/import",
                        withContentType(cast.bearer(BenchCast.COORDINATOR), "text/csv"),
                        participants));
        get(requests, "iCal feed (50 projects)", "coordinator", calendar, Map::of);
        String importing = "plan import (200 deliverables)";
        requests.put(
                importing,
                () -> new BenchRequest(
                        importing,
                        "administrator",
                        "POST",
                        "/api/projects/import",
                        withContentType(cast.bearer(BenchCast.ADMIN), "application/yaml"),
                        plan));
        return requests;
    }

    private static void get(
            Map<String, Supplier<BenchRequest>> requests,
            String name,
            String user,
            String path,
            Supplier<Map<String, String>> credentials) {
        requests.put(name, () -> new BenchRequest(name, user, "GET", path, credentials.get(), null));
    }

    private static Map<String, String> withContentType(Map<String, String> headers, String type) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Content-Type", type);
        return all;
    }

    private void measure(
            BenchRequest request, BenchApplication application, StatementLog statementLog, BenchDatabase database)
            throws Exception {
        URI uri = application.uri();
        request.sendOnce(uri);
        StatementLog.Capture capture = statementLog.during(() -> request.sendOnce(uri));
        if (request.method().equals("GET")) {
            plans.put(request.name(), new QueryPlans(database.dataSource()).slowest(capture.replayable()));
        }
        Double sqlAlone = null;
        if (request.method().equals("GET") && capture.statements() > 0) {
            sqlAlone = Pgbench.transactionsPerSecond(
                    capture.replayable(),
                    options.work().resolve("replay.sql"),
                    database.connectionString(),
                    options.topLevel(),
                    options.duration(),
                    options.requests());
        }
        // Warm-up: a second or so of load, or one request per user where levels are counted.
        Wrk.run(
                uri,
                request,
                options.topLevel(),
                options.requests() > 0 ? options.duration() : options.warmup(),
                options.requests() > 0 ? 1 : 0);
        for (int users : options.levels()) {
            MemoryPeak.Sampled<LoadResult> load = MemoryPeak.during(
                    application::residentMegabytes,
                    () -> Wrk.run(uri, request, users, options.duration(), options.requests()));
            if (emptyEndpointRates.get(users) == null) {
                emptyEndpointRates.put(users, load.result().requestsPerSecond());
            }
            measurements.add(new Measurement(
                    request,
                    users,
                    load.result(),
                    capture.statements(),
                    users == options.topLevel() ? sqlAlone : null,
                    emptyEndpointRates.get(users),
                    load.peakMegabytes()));
            System.out.printf(
                    "%-40s %3d users: %8.1f req/s, p99 %7.1f ms, %d SQL, %d errors%n",
                    request.name(),
                    users,
                    load.result().requestsPerSecond(),
                    load.result().p99Millis(),
                    capture.statements(),
                    load.result().errors());
        }
    }
}
