package org.consortia.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One request of a benchmark: what a kind of user asks, with their credentials (a bearer token, the page
 * session's cookies, or nothing), and the body of a POST ({@code {{n}}} in it made unique per request).
 */
record BenchRequest(String name, String user, String method, String path, Map<String, String> headers, Path body) {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** The headers as wrk's script reads them, one {@code Name: value} per line. */
    String headerLines() {
        StringBuilder lines = new StringBuilder();
        headers.forEach(
                (name, value) -> lines.append(name).append(": ").append(value).append('\n'));
        return lines.toString();
    }

    /** Sends it once and fails unless it succeeds (2xx): a benchmark of error pages measures nothing. */
    void sendOnce(URI application) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(application.resolve(path));
            headers.forEach(request::header);
            request.method(
                    method,
                    body == null
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(Files.readString(body)
                                    .replace(
                                            "{{n}}",
                                            Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT))));
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(name + ": " + method + " " + path + " answered " + response.statusCode()
                        + ": " + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException(name + ": " + method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
