package org.consortia.common;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Run in a child JVM by {@link ChildProcessesTest}: starts a tied {@code sleep}, prints its pid and
 * "ready", and ends when its standard input does.
 */
public final class TiedSleeper {

    private TiedSleeper() {}

    public static void main(String[] args) throws Exception {
        Process tied = ChildProcesses.startTiedToThisJvm(new ProcessBuilder("sh", "-c", "echo $$; exec sleep 600"));
        try (BufferedReader output =
                new BufferedReader(new InputStreamReader(tied.getInputStream(), StandardCharsets.UTF_8))) {
            System.out.println("pid=" + output.readLine());
        }
        System.out.println("ready");
        System.out.flush();
        while (System.in.read() != -1) {
            // Ends when the test closes the pipe.
        }
        tied.destroy();
    }
}
