package org.consortia.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.consortia.testsupport.ChildJvm;
import org.junit.jupiter.api.Test;

/** A tied child lives as its command does and ends with its JVM, even one killed with SIGKILL. */
class ChildProcessesTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Test
    void theWrapperEndsWithTheCommandsExitCode() throws Exception {
        Process tied = ChildProcesses.startTiedToThisJvm(new ProcessBuilder("sh", "-c", "exit 3"));
        assertTrue(tied.waitFor(DEADLINE.toMillis(), TimeUnit.MILLISECONDS));
        assertEquals(3, tied.exitValue());
    }

    @Test
    void aTiedChildEndsWhenItsJvmIsKilled() throws Exception {
        long sleeper;
        try (ChildJvm jvm = ChildJvm.start(TiedSleeper.class, Path.of("target", "child-processes", "tied.log"))) {
            List<String> printed = jvm.awaitLine("ready", DEADLINE);
            sleeper = Long.parseLong(printed.get(0).substring("pid=".length()));
            assertTrue(ProcessHandle.of(sleeper).map(ProcessHandle::isAlive).orElse(false));
            jvm.kill();
        }
        ProcessHandle process = ProcessHandle.of(sleeper).orElse(null);
        if (process != null) {
            process.onExit().get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
