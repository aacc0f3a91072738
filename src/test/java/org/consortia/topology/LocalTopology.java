package org.consortia.topology;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.consortia.keycloak.KeycloakDevServer;
import org.consortia.testsupport.PackagedApplication;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.filesystem.reference.FilesystemConstants;

/**
 * The production topology on one machine ({@code deploy/local/run}), with nothing but a JDK and Debian's
 * nginx: a real PostgreSQL (the embedded binaries, their own process) holding the platform's and
 * Keycloak's databases; Keycloak in production mode ({@code kc.sh start}, PostgreSQL, {@code --hostname});
 * an S3 server (S3Proxy on the disk); an SMTP server (GreenMail); two instances of the packaged
 * application ({@code java -jar}, prod profile, configured by environment variables only); nginx in front.
 * Everything keeps its data under one directory, so a restart finds it all again.
 */
public final class LocalTopology implements AutoCloseable {

    public static final int PROXY_PORT = 8080;
    static final int POSTGRES_PORT = 15432;
    static final int KEYCLOAK_PORT = 18180;
    static final int S3_PORT = 18333;
    static final int SMTP_PORT = 12525;
    static final int[] INSTANCE_PORTS = {18081, 18082};
    static final String BUCKET = "consortia-files";
    private static final String S3_KEY = "local-access-key";
    private static final String S3_SECRET = "local-secret-key-not-for-production";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final Path data;
    private final boolean demo;
    private final Path application;
    private EmbeddedPostgres postgres;
    private Process keycloak;
    private S3Proxy s3;
    private GreenMail smtp;
    private final Process[] instances = new Process[INSTANCE_PORTS.length];
    private Process nginx;

    private LocalTopology(Path data, boolean demo, Path application) {
        this.data = data.toAbsolutePath();
        this.demo = demo;
        this.application = application.toAbsolutePath();
    }

    /**
     * Starts everything, keeping the data in {@code data}; {@code demo} imports the realm with the demo
     * accounts (and the demo projects), else the production realm, without any account.
     */
    public static LocalTopology start(Path data, boolean demo, Path application) {
        LocalTopology topology = new LocalTopology(data, demo, application);
        try {
            topology.startAll();
            return topology;
        } catch (IOException | SQLException | RuntimeException e) {
            topology.close();
            throw new IllegalStateException("The local topology did not start: " + e.getMessage(), e);
        }
    }

    public static void main(String[] args) throws Exception {
        boolean demo = List.of(args).contains("--demo");
        LocalTopology topology =
                start(Path.of("deploy/local/data"), demo, Path.of("target/quarkus-app/quarkus-run.jar"));
        Runtime.getRuntime().addShutdownHook(new Thread(topology::close));
        System.out.println(
                "Consortia runs at " + topology.proxy() + (demo ? " (demo accounts, password" + " consortia-demo)" : "")
                        + "; Keycloak at http://localhost:" + KEYCLOAK_PORT
                        + "; the logs are in " + topology.data + ". Ctrl-C stops everything.");
        Thread.currentThread().join();
    }

    public URI proxy() {
        return URI.create("http://localhost:" + PROXY_PORT);
    }

    public URI instance(int index) {
        return URI.create("http://localhost:" + INSTANCE_PORTS[index]);
    }

    /** Kills instance {@code index} at once (no graceful shutdown), as a crashed machine would. */
    public void kill(int index) {
        instances[index].destroyForcibly();
        try {
            instances[index].waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void startAll() throws IOException, SQLException {
        Files.createDirectories(data);
        startPostgres();
        startS3();
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        startKeycloak();
        // One after the other: the first migrates the database (and imports the demo) before the second starts.
        for (int i = 0; i < instances.length; i++) {
            instances[i] = startInstance(i);
            await(instances[i], instance(i).resolve("/q/health/ready"), data.resolve("app-" + (i + 1) + ".log"));
        }
        startNginx();
    }

    private void startPostgres() throws IOException, SQLException {
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(data.resolve("postgres"))
                .setCleanDataDirectory(false)
                .setPort(POSTGRES_PORT)
                .start();
        try (Connection db = postgres.getPostgresDatabase().getConnection();
                Statement sql = db.createStatement()) {
            for (String database : List.of("consortia", "keycloak")) {
                try (ResultSet exists =
                        sql.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
                    if (!exists.next()) {
                        sql.execute("create database " + database);
                    }
                }
            }
        }
    }

    private void startS3() throws IOException {
        Path blobs = data.resolve("s3");
        Files.createDirectories(blobs);
        Properties properties = new Properties();
        properties.setProperty(FilesystemConstants.PROPERTY_BASEDIR, blobs.toString());
        BlobStoreContext context = ContextBuilder.newBuilder("filesystem")
                .overrides(properties)
                .credentials(S3_KEY, S3_SECRET)
                .build(BlobStoreContext.class);
        context.getBlobStore().createContainerInLocation(null, BUCKET);
        s3 = S3Proxy.builder()
                .blobStore(context.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:" + S3_PORT))
                .awsAuthentication(AuthenticationType.AWS_V4, S3_KEY, S3_SECRET)
                .ignoreUnknownHeaders(true)
                .build();
        try {
            s3.start();
        } catch (Exception e) {
            throw new IOException("S3Proxy did not start", e);
        }
    }

    /** Keycloak's own copy of the distribution, built for PostgreSQL, in production mode. */
    private void startKeycloak() throws IOException {
        Path home = data.resolve("keycloak-" + KeycloakDevServer.VERSION);
        if (!Files.exists(home.resolve("bin/kc.sh"))) {
            copy(KeycloakDevServer.distribution(), home);
        }
        Path imports = home.resolve("data/import");
        Files.createDirectories(imports);
        Path realm = Path.of(demo ? "keycloak-realm.json" : "deploy/keycloak/realm-production.json");
        Files.copy(realm, imports.resolve("consortia-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        ProcessBuilder builder = new ProcessBuilder(
                        home.resolve("bin/kc.sh").toString(),
                        "start",
                        "--db=postgres",
                        "--db-url=jdbc:postgresql://127.0.0.1:" + POSTGRES_PORT + "/keycloak",
                        "--db-username=postgres",
                        "--db-password=postgres",
                        "--http-enabled=true",
                        "--http-host=127.0.0.1",
                        "--http-port=" + KEYCLOAK_PORT,
                        "--hostname=http://localhost:" + KEYCLOAK_PORT,
                        "--health-enabled=true",
                        "--import-realm")
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("keycloak.log").toFile());
        builder.environment().put("JAVA_OPTS", "-Xms64m -Xmx512m -XX:+UseSerialGC");
        builder.environment().put("CONSORTIA_OIDC_CLIENT_SECRET", "consortia-web-dev-secret");
        builder.environment().put("CONSORTIA_PUBLIC_URL", proxy().toString());
        keycloak = builder.start();
        await(
                keycloak,
                URI.create("http://localhost:" + KEYCLOAK_PORT + "/realms/consortia/.well-known/openid-configuration"),
                data.resolve("keycloak.log"));
    }

    private Process startInstance(int index) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-jar",
                        application.toString())
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("app-" + (index + 1) + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.putAll(PackagedApplication.environment(
                INSTANCE_PORTS[index],
                "jdbc:postgresql://127.0.0.1:" + POSTGRES_PORT + "/consortia",
                "http://localhost:" + KEYCLOAK_PORT + "/realms/consortia"));
        env.put("CONSORTIA_FILES_STORE", "s3");
        env.put("CONSORTIA_FILES_S3_ENDPOINT", "http://127.0.0.1:" + S3_PORT);
        env.put("CONSORTIA_FILES_S3_BUCKET", BUCKET);
        env.put("CONSORTIA_FILES_S3_PATH_STYLE", "true");
        env.put("CONSORTIA_FILES_S3_ACCESS_KEY_ID", S3_KEY);
        env.put("CONSORTIA_FILES_S3_SECRET_ACCESS_KEY", S3_SECRET);
        env.put("QUARKUS_MAILER_HOST", "127.0.0.1");
        env.put("QUARKUS_MAILER_PORT", Integer.toString(SMTP_PORT));
        env.put("CONSORTIA_NOTIFICATIONS_BASE_URL", proxy().toString());
        env.put("CONSORTIA_DEMO_ENABLED", Boolean.toString(demo));
        return builder.start();
    }

    private void startNginx() throws IOException {
        Path prefix = data.resolve("nginx");
        Files.createDirectories(prefix.resolve("logs"));
        StringBuilder upstream = new StringBuilder();
        for (int port : INSTANCE_PORTS) {
            upstream.append("        server 127.0.0.1:").append(port).append(" max_fails=1 fail_timeout=10s;\n");
        }
        String config = """
                worker_processes 1;
                error_log logs/error.log;
                pid nginx.pid;
                events { worker_connections 256; }
                http {
                    access_log logs/access.log;
                    client_body_temp_path client_body;
                    proxy_temp_path proxy;
                    fastcgi_temp_path fastcgi;
                    uwsgi_temp_path uwsgi;
                    scgi_temp_path scgi;
                    client_max_body_size 110m;
                    # The sign-in answers with the session cookies (the tokens, encrypted): more than 4k of headers.
                    proxy_buffer_size 64k;
                    proxy_buffers 8 64k;
                    proxy_busy_buffers_size 128k;
                    upstream consortia {
                %s    }
                    server {
                        listen 127.0.0.1:%d;
                        location ^~ /q/ { return 404; }
                        location / {
                            proxy_pass http://consortia;
                            proxy_next_upstream error timeout http_502 http_503 non_idempotent;
                            proxy_set_header Host $http_host;
                            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                            proxy_set_header X-Forwarded-Proto $scheme;
                            proxy_set_header X-Forwarded-Host $http_host;
                            proxy_set_header X-Request-Id $request_id;
                        }
                    }
                }
                """.formatted(upstream, PROXY_PORT);
        Files.writeString(prefix.resolve("nginx.conf"), config);
        String command = Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx";
        nginx = new ProcessBuilder(command, "-p", prefix.toString(), "-c", "nginx.conf", "-g", "daemon off;")
                .redirectErrorStream(true)
                .redirectOutput(prefix.resolve("logs/nginx.out").toFile())
                .start();
        await(nginx, proxy().resolve("/"), prefix.resolve("logs/error.log"));
    }

    private static void await(Process process, URI url, Path log) throws IOException {
        PackagedApplication.awaitAnswer(process, url, log, START_TIMEOUT);
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path target = to.resolve(from.relativize(file).toString());
                Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Stops everything, the proxy first and the database last. */
    @Override
    public void close() {
        List<Process> processes = new ArrayList<>();
        processes.add(nginx);
        processes.addAll(List.of(instances));
        processes.add(keycloak);
        for (Process process : processes) {
            if (process != null && process.isAlive()) {
                process.descendants().forEach(ProcessHandle::destroy);
                process.destroy();
                try {
                    if (!process.waitFor(30, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
        try {
            if (s3 != null) {
                s3.stop();
            }
            if (postgres != null) {
                postgres.close();
            }
        } catch (Exception e) {
            throw new IllegalStateException("The local topology did not stop cleanly", e);
        }
    }
}
