package org.consortia.database;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.consortia.testsupport.ChildJvm;
import org.consortia.testsupport.Directories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The embedded PostgreSQL after its JVM was killed (kill -9, which runs no shutdown hook): the next start
 * comes up on the same data, with what was committed before, and leaves no server behind. Each JVM is a
 * child of the test ({@link EmbeddedPostgresChild}), with its data under target/ and a free port.
 */
class EmbeddedPostgresCrashTest {

    private static final Duration START = Duration.ofMinutes(2);
    private static final Duration STOP = LeftoverPostgres.STOP_TIMEOUT;

    private Path data;
    private Path logs;

    @BeforeEach
    void freshDirectory(TestInfo test) throws IOException {
        Path root = Path.of(
                "target",
                "embedded-postgres-crash",
                test.getTestMethod().orElseThrow().getName());
        Directories.delete(root);
        data = root.resolve("postgres");
        logs = root;
    }

    @Test
    void aKilledJvmTakesItsServerWithItAndTheNextStartFindsTheData() throws Exception {
        long server;
        try (ChildJvm first = ChildJvm.start(
                EmbeddedPostgresChild.class, logs.resolve("first.log"), data.toString(), "uploaded before the crash")) {
            List<String> printed = first.awaitLine("ready", START);
            assertThat(printed, hasItem("synchronous_commit=on"));
            server = pid(printed);
            first.kill();
        }
        // The JVM's watcher stops the server once the JVM is gone.
        awaitGone(server);

        try (ChildJvm second =
                ChildJvm.start(EmbeddedPostgresChild.class, logs.resolve("second.log"), data.toString())) {
            List<String> printed = second.awaitLine("ready", START);
            assertThat(printed, hasItem("notes=uploaded before the crash"));
            long restarted = pid(printed);
            assertEquals(0, second.stop(STOP));
            awaitGone(restarted);
        }
    }

    @Test
    void aServerLeftRunningByAKilledJvmIsStoppedAtTheNextStart() throws Exception {
        long leftover;
        try (ChildJvm first = ChildJvm.start(
                EmbeddedPostgresChild.class, logs.resolve("first.log"), data.toString(), "uploaded before the crash")) {
            leftover = pid(first.awaitLine("ready", START));
            // The whole process group killed, the watcher too: as a terminal closing, or an impatient kill.
            first.handle().descendants().forEach(ProcessHandle::destroyForcibly);
            first.kill();
        }
        assertTrue(alive(leftover), "nothing stopped the server: it is left running");

        try (ChildJvm second = ChildJvm.start(
                EmbeddedPostgresChild.class,
                logs.resolve("second.log"),
                data.toString(),
                "written after the restart")) {
            List<String> printed = second.awaitLine("ready", START);
            assertFalse(alive(leftover), "the leftover server was stopped");
            assertThat(printed, hasItem("notes=uploaded before the crash|written after the restart"));
            long restarted = pid(printed);
            assertEquals(0, second.stop(STOP));
            awaitGone(restarted);
        }
        assertFalse(Files.exists(data.resolve("postmaster.pid")));
    }

    @Test
    void aServerItsJvmStillUsesIsLeftAloneAndTheSecondStartFailsOnceWithTheReason() throws Exception {
        try (ChildJvm running = ChildJvm.start(
                EmbeddedPostgresChild.class, logs.resolve("running.log"), data.toString(), "still in use")) {
            long server = pid(running.awaitLine("ready", START));

            try (ChildJvm second =
                    ChildJvm.start(EmbeddedPostgresChild.class, logs.resolve("second.log"), data.toString())) {
                List<String> printed = second.awaitLine("failed again=", START);
                assertThat(printed.get(0), startsWith("failed="));
                assertThat(printed.get(0), containsString("belongs to another running Consortia"));
                assertThat(printed.get(1), containsString("belongs to another running Consortia"));
                assertThat(printed.get(1), not(containsString("OverlappingFileLockException")));
            }
            assertTrue(alive(server), "the server of a running JVM is not stopped");
            assertEquals(0, running.stop(STOP));
            awaitGone(server);
        }
    }

    /** Stops whatever a failed test left running, so that no server outlives the build. */
    @AfterEach
    void noServerLeft() throws IOException {
        if (data != null && Files.exists(data)) {
            LeftoverPostgres.clear(data);
        }
    }

    private static long pid(List<String> printed) {
        return printed.stream()
                .filter(line -> line.startsWith("pid="))
                .findFirst()
                .map(line -> Long.parseLong(line.substring("pid=".length())))
                .orElseThrow(() -> new AssertionError("No pid in " + printed));
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Waits for the server to end (it is no child of ours: pg_ctl detaches it); fails after {@link #STOP}. */
    private static void awaitGone(long pid) throws Exception {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isPresent()) {
            process.get().onExit().get(STOP.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
