package org.consortia.common;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Servers the application starts for itself (the development Keycloak, the embedded PostgreSQL) must
 * not outlive the JVM. A shutdown hook stops them on a normal exit, but a JVM killed with SIGKILL runs
 * no hook. So each gets a watcher: a small shell that reads a pipe from this JVM and stops the server
 * when the pipe reaches its end, which the kernel makes happen however the JVM ends. (Unix only, like
 * the servers themselves.)
 *
 * <p>A watcher's pipe is open as long as its {@link Process} is reachable: whoever holds it must keep
 * it for the JVM's life (a shutdown hook does; a static field of a class that dev mode reloads does
 * not).
 */
public final class ChildProcesses {

    /**
     * Runs the command ({@code "$@"}) in the background and waits for it, so that the wrapper lives
     * and exits as the command does; a second background job reads this JVM's pipe (kept as fd 3, since
     * a background job's standard input is /dev/null) and sends SIGTERM to the command when it ends. The
     * command's process number cannot be reused meanwhile: it stays this shell's unreaped child.
     */
    private static final String TIE = """
            exec 3<&0 </dev/null
            "$@" 3<&- &
            child=$!
            { cat <&3 >/dev/null 3<&-; kill -TERM "$child" 2>/dev/null; } &
            watcher=$!
            exec 3<&-
            wait "$child"
            status=$?
            kill "$watcher" 2>/dev/null
            exit "$status"
            """;

    /**
     * Waits for this JVM's pipe to end, then sends the signal to the process {@code $2} if the pid file
     * {@code $1} still names it (the server removes the file when it stops, so a number reused since is
     * left alone).
     */
    private static final String WATCH = """
            cat >/dev/null
            read -r pid 2>/dev/null <"$1" && [ "$pid" = "$2" ] && kill -"$3" "$2"
            """;

    private ChildProcesses() {}

    /**
     * Starts the builder's command as a child that gets SIGTERM when this JVM ends, even by SIGKILL. The
     * returned process is a shell that exits with the command's exit code; its descendants are the
     * command's. Its standard input is the watcher's pipe: do not redirect it.
     */
    public static Process startTiedToThisJvm(ProcessBuilder builder) throws IOException {
        List<String> command = new ArrayList<>(List.of("sh", "-c", TIE, "sh"));
        command.addAll(builder.command());
        return builder.command(command).start();
    }

    /**
     * Watches a server that is not a child of this JVM (PostgreSQL detaches from pg_ctl): when this JVM
     * ends, the server gets {@code signal} (a name such as {@code INT}) if {@code pidFile} still names
     * {@code pid}. Returns the watcher, which the caller keeps for the JVM's life.
     */
    public static Process signalWhenThisJvmEnds(Path pidFile, long pid, String signal) throws IOException {
        return new ProcessBuilder(
                        "sh", "-c", WATCH, "sh", pidFile.toAbsolutePath().toString(), Long.toString(pid), signal)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }
}
