package org.consortia.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Large files up and down through the application (curl: a multipart form and the file as the body
 * uploaded to a deliverable, the version downloaded), against {@code cp} of the same bytes on the same
 * disk: the upload lands on disk (a form's part in the HTTP layer's temporary file, then in the store; a
 * body straight in the store), the download is written to a file as cp writes its copy.
 */
final class Transfers {

    private static final int RUNS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORM_UPLOAD = "upload (multipart form)";
    private static final String UPLOAD = "upload (file as the body)";

    /**
     * A rate of the application, the rates of cp and of a copy flushed to disk ({@code dd conv=fsync}, as
     * the store flushes each upload before answering) over the same bytes, and the memory while it ran.
     */
    record Transfer(
            String name,
            long megabytes,
            double megabytesPerSecond,
            double copyMegabytesPerSecond,
            double durableCopyMegabytesPerSecond,
            long residentBeforeMegabytes,
            long residentPeakMegabytes) {}

    private final BenchApplication application;
    private final Path work;

    Transfers(BenchApplication application, Path work) {
        this.application = application;
        this.work = work;
    }

    /** Uploads (as a form, then as the body) and downloads a file of {@code megabytes} three times each; the median rates. */
    List<Transfer> repeated(String deliverablePath, Map<String, String> bearer, int megabytes) throws Exception {
        Path file = file(megabytes);
        double copy = median(() -> copy(file));
        double durable = median(() -> durableCopy(file));
        long before = application.residentMegabytes();
        List<Double> forms = new ArrayList<>();
        List<Double> uploads = new ArrayList<>();
        List<Double> downloads = new ArrayList<>();
        MemoryPeak.Sampled<Void> sampled = MemoryPeak.during(application::residentMegabytes, () -> {
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                uploadForm(file, deliverablePath, bearer);
                forms.add((System.nanoTime() - start) / 1e9);
                start = System.nanoTime();
                int version = upload(file, deliverablePath, bearer);
                uploads.add((System.nanoTime() - start) / 1e9);
                start = System.nanoTime();
                download(deliverablePath + "/" + version, bearer);
                downloads.add((System.nanoTime() - start) / 1e9);
            }
            return null;
        });
        Files.delete(file);
        return List.of(
                new Transfer(
                        FORM_UPLOAD,
                        megabytes,
                        megabytes / median(forms),
                        megabytes / copy,
                        megabytes / durable,
                        before,
                        sampled.peakMegabytes()),
                new Transfer(
                        UPLOAD,
                        megabytes,
                        megabytes / median(uploads),
                        megabytes / copy,
                        megabytes / durable,
                        before,
                        sampled.peakMegabytes()),
                new Transfer(
                        "download",
                        megabytes,
                        megabytes / median(downloads),
                        megabytes / copy,
                        megabytes / durable,
                        before,
                        sampled.peakMegabytes()));
    }

    /** Moves one file of {@code megabytes} up then down, watching the memory (the heap is capped). */
    List<Transfer> once(String deliverablePath, Map<String, String> bearer, int megabytes) throws Exception {
        Path file = file(megabytes);
        double copy = copy(file);
        double durable = durableCopy(file);
        List<Transfer> transfers = new ArrayList<>();
        long before = application.residentMegabytes();
        long start = System.nanoTime();
        MemoryPeak.Sampled<Integer> up =
                MemoryPeak.during(application::residentMegabytes, () -> upload(file, deliverablePath, bearer));
        transfers.add(new Transfer(
                UPLOAD,
                megabytes,
                megabytes / ((System.nanoTime() - start) / 1e9),
                megabytes / copy,
                megabytes / durable,
                before,
                up.peakMegabytes()));
        Files.delete(file);
        long downloadStart = System.nanoTime();
        MemoryPeak.Sampled<Void> down = MemoryPeak.during(application::residentMegabytes, () -> {
            download(deliverablePath + "/" + up.result(), bearer);
            return null;
        });
        transfers.add(new Transfer(
                "download",
                megabytes,
                megabytes / ((System.nanoTime() - downloadStart) / 1e9),
                megabytes / copy,
                megabytes / durable,
                before,
                down.peakMegabytes()));
        return transfers;
    }

    /** Random bytes made a ZIP (a local header first, an end-of-directory record last), as Tika then sees it. */
    private Path file(int megabytes) throws IOException {
        Path file = work.resolve("transfer-" + megabytes + "mb.zip");
        Random random = new Random(megabytes);
        byte[] chunk = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(new byte[] {'P', 'K', 3, 4});
            for (int i = 0; i < megabytes; i++) {
                random.nextBytes(chunk);
                out.write(chunk);
            }
            byte[] endOfDirectory = new byte[22];
            endOfDirectory[0] = 'P';
            endOfDirectory[1] = 'K';
            endOfDirectory[2] = 5;
            endOfDirectory[3] = 6;
            out.write(endOfDirectory);
        }
        return file;
    }

    private void uploadForm(Path file, String path, Map<String, String> bearer)
            throws IOException, InterruptedException {
        curl(List.of("-o", "/dev/null", "-F", "file=@" + file), path, bearer, "201");
    }

    /** The file as the body, streamed by curl ({@code -T}) as it reads it. */
    private int upload(Path file, String path, Map<String, String> bearer) throws IOException, InterruptedException {
        Path answer = work.resolve("upload-answer.json");
        curl(
                List.of(
                        "-o",
                        answer.toString(),
                        "-X",
                        "POST",
                        "-T",
                        file.toString(),
                        "-H",
                        "Content-Type: application/octet-stream"),
                path + "/content?name=" + file.getFileName(),
                bearer,
                "201");
        return JSON.readTree(answer.toFile()).get("version").asInt();
    }

    private void download(String path, Map<String, String> bearer) throws IOException, InterruptedException {
        Path copy = work.resolve("download");
        curl(List.of("-o", copy.toString()), path, bearer, "200");
        Files.delete(copy);
    }

    private void curl(List<String> arguments, String path, Map<String, String> bearer, String expected)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("curl", "-s", "-w", "%{http_code}"));
        bearer.forEach((name, value) -> command.addAll(List.of("-H", name + ": " + value)));
        command.addAll(arguments);
        command.add(URI.create(application.uri() + path).toString());
        String status = Commands.output(command, Map.of()).strip();
        if (!status.equals(expected)) {
            throw new IOException("curl " + path + " answered " + status + ", expected " + expected);
        }
    }

    private double copy(Path file) throws IOException, InterruptedException {
        double seconds =
                seconds(List.of("cp", file.toString(), work.resolve("copy").toString()));
        Files.delete(work.resolve("copy"));
        return seconds;
    }

    private double durableCopy(Path file) throws IOException, InterruptedException {
        double seconds = seconds(
                List.of("dd", "if=" + file, "of=" + work.resolve("copy"), "bs=1M", "conv=fsync", "status=none"));
        Files.delete(work.resolve("copy"));
        return seconds;
    }

    private static double seconds(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Commands.output(command, Map.of());
        return (System.nanoTime() - start) / 1e9;
    }

    private interface Timed {
        double seconds() throws IOException, InterruptedException;
    }

    private static double median(Timed timed) throws IOException, InterruptedException {
        List<Double> runs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            runs.add(timed.seconds());
        }
        return median(runs);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
