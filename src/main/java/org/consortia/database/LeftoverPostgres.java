package org.consortia.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * A PostgreSQL still running on our data directory when we are about to start one: left by a JVM that
 * ended without stopping it (kill -9 skips shutdown hooks, and pg_ctl detaches the server from the JVM).
 * PostgreSQL refuses to start on a directory whose {@code postmaster.pid} names a live process, so the
 * leftover is stopped first — only after checking that it really is a PostgreSQL of this directory and
 * that no running JVM still uses it.
 */
final class LeftoverPostgres {

    static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    /**
     * Zonky's lock on the data directory, held by the JVM whose server it is for as long as it runs: free
     * means that JVM is gone.
     */
    private static final String OWNER_LOCK = "epg-lock";

    private static final Logger LOG = Logger.getLogger(LeftoverPostgres.class);

    private LeftoverPostgres() {}

    /** What the process named by {@code postmaster.pid} is. */
    enum Identity {
        /** A PostgreSQL serving this data directory. */
        OURS,
        /** Something else: the number was reused after the server died. */
        OTHER,
        /** Cannot tell (no /proc, or not ours to inspect). */
        UNKNOWN
    }

    /**
     * Makes the data directory free for a new server: stops a leftover server of it, removes a
     * {@code postmaster.pid} that names another program, and leaves a stale one whose process is gone to
     * PostgreSQL, which replaces it. Throws, with what to do, when the directory cannot be freed.
     */
    static void clear(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        OptionalLong pid = readPid(pidFile);
        if (pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid.getAsLong()).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            LOG.infof(
                    "%s names process %d, which is gone (a crash): PostgreSQL recovers and replaces it",
                    pidFile, pid.getAsLong());
            return;
        }
        switch (identify(process.get(), dataDirectory)) {
            case OTHER -> {
                LOG.warnf(
                        "%s names process %d, which is not a PostgreSQL of this directory (its number was reused"
                                + " after a crash): the file is removed",
                        pidFile, pid.getAsLong());
                Files.deleteIfExists(pidFile);
            }
            case UNKNOWN ->
                throw new IllegalStateException(String.format(
                        "%s names process %d, and it cannot be"
                                + " told whether that is a PostgreSQL of %s. Stop it if it is one; otherwise delete the file."
                                + " Then start again.",
                        pidFile.toAbsolutePath(), pid.getAsLong(), dataDirectory.toAbsolutePath()));
            case OURS -> stopLeftover(process.get(), dataDirectory);
        }
    }

    private static void stopLeftover(ProcessHandle server, Path dataDirectory) throws IOException {
        if (!ownerIsGone(dataDirectory)) {
            throw new IllegalStateException(String.format(
                    "The PostgreSQL of %s (process %d) belongs to another"
                            + " running Consortia (dev mode or a trial started from the same directory). Stop that one first,"
                            + " or give this one another data directory (consortia.embedded-postgres.data-directory).",
                    dataDirectory.toAbsolutePath(), server.pid()));
        }
        LOG.warnf(
                "A PostgreSQL (process %d) was left running on %s by a run that ended without stopping it"
                        + " (killed?): stopping it",
                server.pid(), dataDirectory.toAbsolutePath());
        signal(server, "INT"); // fast shutdown: ends the sessions, writes a checkpoint
        try {
            server.onExit().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException(
                    String.format(
                            "The PostgreSQL left running on %s (process %d) did not"
                                    + " stop within %d s. Stop it (kill %d) and start again.",
                            dataDirectory.toAbsolutePath(), server.pid(), STOP_TIMEOUT.toSeconds(), server.pid()),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the PostgreSQL left on " + dataDirectory, e);
        } catch (ExecutionException e) {
            throw new IOException(e);
        }
        LOG.infof("The leftover PostgreSQL has stopped");
    }

    /** Whether the JVM that started the server is gone: nobody holds zonky's lock on the directory. */
    private static boolean ownerIsGone(Path dataDirectory) throws IOException {
        try (FileChannel channel = FileChannel.open(
                        dataDirectory.resolve(OWNER_LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            return lock != null;
        } catch (OverlappingFileLockException e) {
            return false; // this very JVM holds it
        }
    }

    static Identity identify(ProcessHandle process, Path dataDirectory) {
        Optional<String> command = process.info().command();
        if (command.isEmpty()) {
            return Identity.UNKNOWN;
        }
        if (!Path.of(command.get()).getFileName().toString().equals("postgres")) {
            return Identity.OTHER;
        }
        // A postmaster works in its data directory.
        Path workingDirectory = Path.of("/proc", Long.toString(process.pid()), "cwd");
        try {
            return Files.isSameFile(workingDirectory, dataDirectory) ? Identity.OURS : Identity.OTHER;
        } catch (IOException e) {
            return Identity.UNKNOWN;
        }
    }

    private static OptionalLong readPid(Path pidFile) throws IOException {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() || lines.get(0).isBlank()
                    ? OptionalLong.empty()
                    : OptionalLong.of(Long.parseLong(lines.get(0).strip()));
        } catch (NoSuchFileException e) {
            return OptionalLong.empty();
        } catch (NumberFormatException e) {
            throw new IllegalStateException(
                    "Unreadable " + pidFile.toAbsolutePath() + ": delete it if no PostgreSQL"
                            + " runs on that directory, and start again",
                    e);
        }
    }

    /** Java only sends SIGTERM (a "smart" shutdown, which waits for clients) or SIGKILL. */
    private static void signal(ProcessHandle process, String signal) throws IOException {
        try {
            int exit = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor();
            if (exit != 0 && process.isAlive()) {
                throw new IOException("kill -" + signal + " " + process.pid() + " failed with exit code " + exit);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while signalling process " + process.pid(), e);
        }
    }
}
