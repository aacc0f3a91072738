package org.consortia.deploy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import org.consortia.common.Sha256;
import org.consortia.testsupport.Directories;

/**
 * The Java 17 runtime image the test builds Consortia's image on, made from Debian's own packages since no
 * image registry is reachable here: {@code debootstrap --variant=minbase}, imported into Podman, plus
 * {@code openjdk-17-jre-headless}. The two steps take minutes, so both results are kept in
 * {@code ~/.cache/consortia/container/}, named by a hash of the recipe below: a change of the recipe makes
 * new ones, and deleting the directory makes them afresh (for Debian's security updates, say).
 */
final class DebianRuntimeImage {

    private static final String SUITE = "bookworm";
    private static final String MIRROR = "http://deb.debian.org/debian";
    private static final String BASE_RECIPE = "debootstrap --variant=minbase " + SUITE + " " + MIRROR;
    private static final String RUNTIME_RECIPE = """
            FROM %s
            RUN apt-get update \\
                && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends openjdk-17-jre-headless \\
                && rm -rf /var/lib/apt/lists/*
            """;
    static final Path CACHE = Path.of(System.getProperty("user.home"), ".cache", "consortia", "container");

    private DebianRuntimeImage() {}

    /** The runtime image's name, from Podman's storage, else from the cache, else made (and cached). */
    static String ensure(Podman podman) throws IOException, InterruptedException {
        String baseKey = key(BASE_RECIPE);
        String base = "localhost/consortia-debian:" + SUITE + "-" + baseKey;
        String runtime = "localhost/consortia-runtime:17-" + key(baseKey + RUNTIME_RECIPE);
        if (podman.imageExists(runtime)) {
            return runtime;
        }
        Files.createDirectories(CACHE);
        // One bootstrap at a time, should two builds on this machine need it together.
        try (FileChannel lock =
                        FileChannel.open(CACHE.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                var held = lock.lock()) {
            Path runtimeArchive =
                    CACHE.resolve(runtime.substring(runtime.indexOf('/') + 1).replace(':', '-') + ".tar");
            if (!podman.imageExists(runtime) && Files.exists(runtimeArchive)) {
                timed(
                        "Loading " + runtime + " from " + runtimeArchive,
                        () -> podman.run("load", "-i", runtimeArchive.toString()));
            }
            if (!podman.imageExists(runtime)) {
                Path baseArchive = CACHE.resolve("debian-" + SUITE + "-minbase-" + baseKey + ".tar");
                if (!Files.exists(baseArchive)) {
                    timed("Bootstrapping Debian " + SUITE + " into " + baseArchive, () -> bootstrap(baseArchive));
                }
                timed("Importing " + baseArchive, () -> podman.run("import", baseArchive.toString(), base));
                Path context = Files.createTempDirectory(CACHE, "runtime-");
                try {
                    Files.writeString(context.resolve("Containerfile"), RUNTIME_RECIPE.formatted(base));
                    timed(
                            "Building " + runtime,
                            () -> podman.run("build", "--network", "host", "-t", runtime, context.toString()));
                } finally {
                    Directories.delete(context);
                }
                Path partial = CACHE.resolve(runtimeArchive.getFileName() + ".part");
                Files.deleteIfExists(partial);
                timed(
                        "Saving " + runtime + " to " + runtimeArchive,
                        () -> podman.run("save", "-o", partial.toString(), runtime));
                Files.move(partial, runtimeArchive, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        return runtime;
    }

    private static void bootstrap(Path archive) throws IOException, InterruptedException {
        Path rootfs = CACHE.resolve("rootfs-" + ProcessHandle.current().pid());
        Path partial = CACHE.resolve(archive.getFileName() + ".part");
        try {
            Podman.output(Podman.tool("debootstrap", "--variant=minbase", SUITE, rootfs.toString(), MIRROR));
            Podman.output(Podman.tool("tar", "-C", rootfs.toString(), "-cf", partial.toString(), "."));
            Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            // A root file system holds device nodes and read-only directories: rm knows them all.
            Podman.output(Podman.tool("rm", "-rf", rootfs.toString(), partial.toString()));
        }
    }

    private static String key(String recipe) {
        return Sha256.hex(recipe.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }

    private interface Step {
        void run() throws IOException, InterruptedException;
    }

    private static void timed(String what, Step step) throws IOException, InterruptedException {
        Instant start = Instant.now();
        System.out.println(what + " …");
        step.run();
        System.out.println(what + ": " + Duration.between(start, Instant.now()).toSeconds() + " s");
    }
}
