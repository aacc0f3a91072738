package org.consortia.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import javax.sql.DataSource;
import org.consortia.testsupport.Directories;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The benchmark's PostgreSQL (the embedded binaries in their own process, as in production), migrated by
 * the application's own migrations and filled by {@code bench/generate.sql}. The data is kept between runs
 * of the same scale, seed and month (the generator's dates are relative to the month), so a rerun only
 * measures. Statements can be logged on demand ({@link StatementLog}).
 */
final class BenchDatabase implements AutoCloseable {

    static final int PORT = 25432;
    static final String NAME = "consortia";

    private final EmbeddedPostgres postgres;
    private final Path logDirectory;

    private BenchDatabase(EmbeddedPostgres postgres, Path logDirectory) {
        this.postgres = postgres;
        this.logDirectory = logDirectory;
    }

    /** Starts PostgreSQL with its data in {@code work}, generating the data set if it is not there yet. */
    static BenchDatabase start(BenchOptions options, Path files)
            throws IOException, SQLException, InterruptedException {
        Path data = options.work().resolve("postgres");
        Path stamp = options.work().resolve("data-set");
        String wanted = "projects=" + options.projects() + " seed=" + options.seed() + " month=" + YearMonth.now()
                + " generator="
                + Integer.toHexString(
                        Files.readString(Path.of("bench/generate.sql")).hashCode());
        boolean fresh = !Files.exists(stamp) || !Files.readString(stamp).equals(wanted);
        if (fresh) {
            Directories.delete(options.work());
        }
        Path logs = options.work().resolve("postgres-log");
        Files.createDirectories(logs);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPort(PORT)
                .setServerConfig("logging_collector", "on")
                .setServerConfig("log_directory", logs.toString())
                .setServerConfig("log_filename", "postgresql.log")
                .setServerConfig("log_rotation_size", "0")
                .setServerConfig("shared_buffers", "512MB")
                .setServerConfig("max_connections", "100")
                .start();
        BenchDatabase database = new BenchDatabase(postgres, logs);
        // Each line names the application that ran the statement (the command line would lose the separator).
        try (Connection db = postgres.getPostgresDatabase().getConnection();
                Statement sql = db.createStatement()) {
            sql.execute("alter system set log_line_prefix = '%a|'");
            sql.execute("select pg_reload_conf()");
        }
        if (fresh) {
            database.generate(options, files);
            Files.writeString(stamp, wanted);
        }
        return database;
    }

    private void generate(BenchOptions options, Path files) throws SQLException, IOException, InterruptedException {
        Instant start = Instant.now();
        try (Connection db = postgres.getPostgresDatabase().getConnection();
                Statement sql = db.createStatement()) {
            sql.execute("create database " + NAME);
        }
        Flyway.configure()
                .dataSource(dataSource())
                .locations("classpath:db/migration")
                .load()
                .migrate();
        Commands.run(
                List.of(
                        "psql",
                        "-q",
                        "-v",
                        "ON_ERROR_STOP=1",
                        "-v",
                        "projects=" + options.projects(),
                        "-v",
                        "seed=" + options.seed(),
                        "-f",
                        "bench/generate.sql",
                        connectionString()),
                options.work().resolve("generate.log"));
        writeBlobs(files);
        try (Connection db = dataSource().getConnection();
                Statement sql = db.createStatement()) {
            sql.execute("vacuum analyze");
        }
        System.out.printf(
                "Generated %d + 50 projects (seed %d) in %d s%n",
                options.projects(),
                options.seed(),
                Duration.between(start, Instant.now()).toSeconds());
    }

    /** The generator's sample files into the file store (content-addressed, as the application keeps them). */
    private void writeBlobs(Path files) throws SQLException, IOException {
        try (Connection db = dataSource().getConnection();
                Statement sql = db.createStatement()) {
            try (ResultSet blobs = sql.executeQuery("select sha256, content from bench_blob")) {
                while (blobs.next()) {
                    String sha256 = blobs.getString(1);
                    Path target = files.resolve(sha256.substring(0, 2)).resolve(sha256);
                    Files.createDirectories(target.getParent());
                    Files.write(target, blobs.getBytes(2));
                }
            }
            sql.execute("drop table bench_blob");
        }
    }

    DataSource dataSource() {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setServerNames(new String[] {"127.0.0.1"});
        source.setPortNumbers(new int[] {PORT});
        source.setDatabaseName(NAME);
        source.setUser("postgres");
        source.setPassword("postgres");
        source.setApplicationName("bench");
        return source;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + PORT + "/" + NAME + "?ApplicationName=consortia";
    }

    String connectionString() {
        return "host=127.0.0.1 port=" + PORT + " dbname=" + NAME + " user=postgres password=postgres";
    }

    Path logFile() {
        return logDirectory.resolve("postgresql.log");
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
