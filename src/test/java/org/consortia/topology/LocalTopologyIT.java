package org.consortia.topology;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.consortia.common.Sha256;
import org.consortia.testsupport.Directories;
import org.consortia.testsupport.KeycloakSignIn;
import org.consortia.testsupport.MinimalPdf;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The production topology of {@code deploy/local/} driven from outside, after {@code package}: sign in
 * through the proxy, {@code /q/} kept off the proxy, an upload on one instance downloaded from the other, one
 * instance killed in the middle of a run of requests without any failing, and everything stopped and started
 * again with all data and files intact.
 */
class LocalTopologyIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Path APPLICATION = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final String PROJECT = "/api/projects/FORESEE";

    @Test
    void twoInstancesBehindTheProxyShareEverythingAndSurviveAFailureAndARestart() throws Exception {
        Path data = Path.of("target/local-topology");
        Directories.delete(data);
        String download;
        String hash;
        try (LocalTopology topology = LocalTopology.start(data, true, APPLICATION)) {
            Map<String, String> session = KeycloakSignIn.sessionCookies(topology.proxy(), "unipso-coordinator");
            assertThat("signed in through the proxy", page(topology.proxy(), session), containsString("/logout"));
            assertThat(
                    "the same session on the other instance",
                    page(topology.instance(1), session),
                    containsString("/logout"));

            // Metrics name every project, the non-public ones too: the proxy keeps /q/ for the operator.
            for (String path : List.of("/q/metrics", "/q/health/ready")) {
                assertThat(
                        "the proxy does not publish " + path,
                        HTTP.send(
                                        HttpRequest.newBuilder(topology.proxy().resolve(path))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode(),
                        equalTo(404));
            }
            assertThat(
                    "the instance itself answers",
                    HTTP.send(
                                    HttpRequest.newBuilder(topology.instance(0).resolve("/q/metrics"))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode(),
                    equalTo(200));

            String token = token("unipso-coordinator");
            byte[] pdf = MinimalPdf.bytes();
            hash = Sha256.hex(pdf);
            HttpResponse<String> uploaded = upload(topology.instance(0), token, pdf);
            assertThat(uploaded.body(), uploaded.statusCode(), equalTo(201));
            download =
                    PROJECT + "/deliverables/D6.5/files/" + uploaded.body().replaceAll(".*\"version\":(\\d+).*", "$1");
            assertThat(
                    "uploaded on one instance, read on the other",
                    Sha256.hex(bytes(topology.instance(1), download, token)),
                    equalTo(hash));

            // What the packaged application alone carries: PDF (fonts, SVG), Excel.
            HTTP.send(
                    HttpRequest.newBuilder(topology.proxy().resolve(PROJECT + "/reporting-periods/1/report"))
                            .header("Authorization", "Bearer " + token)
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            byte[] report = bytes(topology.proxy(), PROJECT + "/reporting-periods/1/report/pdf", token);
            assertThat("a PDF", new String(report, 0, 5, StandardCharsets.US_ASCII), equalTo("%PDF-"));
            byte[] workbook = bytes(topology.proxy(), PROJECT + "/exports/deliverables.xlsx", token);
            assertThat(
                    "an Excel workbook (a zip)", new String(workbook, 0, 2, StandardCharsets.US_ASCII), equalTo("PK"));

            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                if (i == 15) {
                    topology.kill(0);
                }
                statuses.add(HTTP.send(get(topology.proxy(), PROJECT, token), HttpResponse.BodyHandlers.discarding())
                        .statusCode());
            }
            assertThat(
                    "every request after the kill answered by the other instance", statuses, everyItem(equalTo(200)));

            for (String log : List.of("app-1.log", "app-2.log")) {
                String text = Files.readString(data.resolve(log));
                assertThat(log + " is JSON", text, containsString("\"level\":\"INFO\""));
                assertThat(log + " holds no token", text.contains(token), equalTo(false));
                assertThat(log + " holds no password", text.contains(Tokens.PASSWORD), equalTo(false));
            }
        }
        try (LocalTopology again = LocalTopology.start(data, true, APPLICATION)) {
            String token = token("unipso-coordinator");
            assertThat(
                    HTTP.send(get(again.proxy(), PROJECT, token), HttpResponse.BodyHandlers.ofString())
                            .body(),
                    containsString("FORESEE"));
            assertThat("the file after a restart", Sha256.hex(bytes(again.proxy(), download, token)), equalTo(hash));
        }
    }

    private static String page(URI base, Map<String, String> session) throws IOException, InterruptedException {
        String cookies = session.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
        return HTTP.send(
                        HttpRequest.newBuilder(base.resolve("/"))
                                .header("Cookie", cookies)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static String token(String username) {
        return Tokens.fromIssuer("http://localhost:" + LocalTopology.KEYCLOAK_PORT + "/realms/consortia", username);
    }

    private static HttpRequest get(URI base, String path, String token) {
        return HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + token)
                .build();
    }

    private static byte[] bytes(URI base, String path, String token) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HTTP.send(get(base, path, token), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(path, response.statusCode(), equalTo(200));
        return response.body();
    }

    private static HttpResponse<String> upload(URI base, String token, byte[] pdf)
            throws IOException, InterruptedException {
        String boundary = "consortia-" + UUID.randomUUID();
        byte[] head = ("--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"minutes.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + pdf.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(pdf, 0, body, head.length, pdf.length);
        System.arraycopy(tail, 0, body, head.length + pdf.length, tail.length);
        return HTTP.send(
                HttpRequest.newBuilder(base.resolve(PROJECT + "/deliverables/D6.5/files"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
