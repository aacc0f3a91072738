package org.consortia.deploy;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Podman as it runs on the project's machines (Debian 12, root, no image registry reachable): with runc and
 * the cgroupfs manager, and a containers.conf without default ulimits or pids limit, because crun refuses the
 * machines' cgroup layout and their rlimits. See docs/operations.md, "The image".
 */
final class Podman {

    /** What building and running the image here takes; the project's one-line set-up installs them. */
    static final List<String> TOOLS = List.of("podman", "runc", "debootstrap");

    private final Path containersConf;

    private Podman(Path containersConf) {
        this.containersConf = containersConf;
    }

    /** Podman with its configuration in {@code work}; fails naming any tool that is missing. */
    static Podman onThisMachine(Path work) throws IOException {
        var missing = TOOLS.stream().filter(tool -> !installed(tool)).toList();
        if (!missing.isEmpty()) {
            fail("The container image test needs " + String.join(", ", TOOLS) + "; missing: "
                    + String.join(", ", missing) + ". Install them: apt-get install -y podman runc debootstrap");
        }
        Files.createDirectories(work);
        Path conf = work.resolve("containers.conf");
        Files.writeString(conf, """
                [containers]
                default_ulimits = []
                pids_limit = 0
                """);
        return new Podman(conf.toAbsolutePath());
    }

    private static boolean installed(String tool) {
        var directories = new ArrayList<String>(
                List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        // runc and debootstrap live in sbin, which a non-root PATH may leave out.
        directories.addAll(List.of("/usr/sbin", "/sbin", "/usr/local/sbin"));
        return directories.stream().anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, tool)));
    }

    /** The command line for {@code podman arguments…}, with this machine's runtime and cgroup manager. */
    List<String> command(String... arguments) {
        var command = new ArrayList<>(List.of("podman", "--runtime", "runc", "--cgroup-manager=cgroupfs"));
        command.addAll(List.of(arguments));
        return command;
    }

    ProcessBuilder process(String... arguments) {
        var builder = new ProcessBuilder(command(arguments));
        builder.environment().put("CONTAINERS_CONF", containersConf.toString());
        // debootstrap and podman's helpers are in sbin.
        builder.environment().merge("PATH", ":/usr/sbin:/sbin", String::concat);
        return builder;
    }

    /** Runs {@code podman arguments…} to its end and returns what it printed; fails with its output unless it exits with 0. */
    String run(String... arguments) throws IOException, InterruptedException {
        return Podman.output(process(arguments));
    }

    boolean imageExists(String image) throws IOException, InterruptedException {
        return process("image", "exists", image)
                        .redirectErrorStream(true)
                        .start()
                        .waitFor()
                == 0;
    }

    /** Runs any command to its end (debootstrap, tar) with the same PATH as podman. */
    static String output(ProcessBuilder builder) throws IOException, InterruptedException {
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", builder.command()) + " failed with exit code " + process.exitValue()
                    + ":\n" + (output.length() > 6000 ? output.substring(output.length() - 6000) : output));
        }
        return output;
    }

    /** Another of the tools (debootstrap, tar), with sbin on its PATH. */
    static ProcessBuilder tool(String... command) {
        var builder = new ProcessBuilder(command);
        builder.environment().merge("PATH", ":/usr/sbin:/sbin", String::concat);
        return builder;
    }
}
