package org.consortia.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.consortia.testsupport.KeycloakSignIn;
import org.consortia.testsupport.Tokens;

/**
 * The demo realm's accounts the benchmark signs in with, and what they work on in the generated data
 * ({@code bench/generate.sql}): metz-coordinator coordinates LEAD01…LEAD50 (LEAD01 has 200 deliverables),
 * nexem-partner is a partner in LEAD01…LEAD20, ec-reviewer reviews LEAD01…LEAD50, admin imports plans.
 */
final class BenchCast {

    static final String PROJECT = "LEAD01";
    static final String COORDINATOR = "metz-coordinator";
    static final String PARTNER = "nexem-partner";
    static final String REVIEWER = "ec-reviewer";
    static final String ADMIN = "admin";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI application;
    private final String issuer;

    BenchCast(URI application, String issuer) {
        this.application = application;
        this.issuer = issuer;
    }

    /** A fresh access token (password grant of the command-line client; they live five minutes). */
    Map<String, String> bearer(String username) {
        String form = "client_id=consortia-cli&grant_type=password&username=" + username + "&password="
                + URLEncoder.encode(Tokens.PASSWORD, StandardCharsets.UTF_8);
        JsonNode token = send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        return Map.of("Authorization", "Bearer " + token.get("access_token").asText());
    }

    /** A fresh page session, signed in through Keycloak's form as a browser does. */
    Map<String, String> session(String username) {
        String cookies = KeycloakSignIn.sessionCookies(application, username).entrySet().stream()
                .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        return Map.of("Cookie", cookies);
    }

    /** The first of LEAD01's deliverables NEXEM leads that is in progress: where the partner uploads. */
    String partnersDeliverable() {
        JsonNode page =
                get("/api/projects/" + PROJECT + "/deliverables?lead=NEXEM&status=IN_PROGRESS&size=1", bearer(PARTNER));
        return page.get("items").get(0).get("code").asText();
    }

    /** LEAD01's first event deliverable (by due date), with its participants. */
    String firstEvent() {
        JsonNode page = get(
                "/api/projects/" + PROJECT
                        + "/deliverables?kind=THEMATIC_MEETING&kind=TRAINING&kind=NATIONAL_EVENT&kind=CONFERENCE&size=1",
                bearer(COORDINATOR));
        return page.get("items").get(0).get("code").asText();
    }

    /** LEAD01's first periodic report, opened and submitted by the coordinator (once: kept with the data). */
    void submitFirstReport() {
        String report = "/api/projects/" + PROJECT + "/reporting-periods/1/report";
        Map<String, String> coordinator = bearer(COORDINATOR);
        HttpResponse<String> current =
                sendRaw(request(report, coordinator).GET().build());
        if (current.statusCode() == 404) {
            send(request(report, coordinator)
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build());
        }
        String status =
                current.statusCode() == 200 ? json(current).path("status").asText() : "DRAFT";
        if ("DRAFT".equals(status)) {
            send(request(report + "/submission", coordinator)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"overrideReason\":\"Benchmark\"}"))
                    .build());
        }
    }

    /** An in-person event of LEAD01 with a crowd on its list: its deliverable's code and its first day. */
    record CrowdedEvent(String code, String day) {}

    /**
     * LEAD01's first in-person event with a date, with at least {@code people} people on its list, who come in person
     * (imported once, kept with the data): what a signature sheet of that many names is printed from.
     */
    CrowdedEvent crowdedEvent(int people, Path file) throws IOException {
        Map<String, String> coordinator = bearer(COORDINATOR);
        JsonNode page = get(
                "/api/projects/" + PROJECT + "/deliverables?kind=TRAINING&kind=NATIONAL_EVENT&kind=CONFERENCE&size=100",
                coordinator);
        for (JsonNode deliverable : page.get("items")) {
            JsonNode event = deliverable.path("event");
            JsonNode day = event.path("actualDate").isTextual() ? event.path("actualDate") : event.path("plannedDate");
            if ("IN_PERSON".equals(event.path("mode").asText()) && day.isTextual()) {
                String code = deliverable.get("code").asText();
                String list = "/api/projects/" + PROJECT + "/events/" + code + "/participants";
                if (get(list + "?size=1", coordinator).get("total").asLong() < people) {
                    send(request(list + "/import?confirm=true", coordinator)
                            .header("Content-Type", "text/csv")
                            .POST(HttpRequest.BodyPublishers.ofFile(participantsToImport(file, people, "crowd")))
                            .build());
                }
                return new CrowdedEvent(code, day.asText());
            }
        }
        throw new IllegalStateException(PROJECT + " has no in-person event with a date");
    }

    /** A spreadsheet (CSV) of {@code rows} people who come in person, their addresses {@code prefix1@example.org}…. */
    static Path participantsToImport(Path file, int rows, String prefix) throws IOException {
        StringBuilder csv = new StringBuilder("name,email,organisation,organisation type,country,presence,consent\n");
        String[] types = {"TRADE_UNION", "EMPLOYERS_ORGANISATION", "PUBLIC_AUTHORITY", "NGO"};
        String[] countries = {"FR", "BE", "RO", "PL", "PT", "IT"};
        for (int i = 1; i <= rows; i++) {
            csv.append("Person ")
                    .append(i)
                    .append(' ')
                    .append(prefix)
                    .append(',')
                    .append(prefix)
                    .append(i)
                    .append("@example.org,Organisation ")
                    .append(i % 97)
                    .append(',')
                    .append(types[i % types.length])
                    .append(',')
                    .append(countries[i % countries.length])
                    .append(",IN_PERSON,yes\n");
        }
        return Files.writeString(file, csv);
    }

    /** The coordinator's calendar link across their projects (a new one each run). */
    String coordinatorsCalendar() {
        JsonNode feed = send(request("/api/me/calendar", bearer(COORDINATOR))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
        return URI.create(feed.get("url").asText()).getPath();
    }

    /**
     * LEAD01's plan as its YAML export, under a new acronym per request ({@code {{n}}}) and with another
     * coordinating organisation (so that metz-coordinator keeps their 50 projects): a full plan to import.
     */
    Path planToImport(Path file) throws IOException {
        HttpResponse<String> export = sendRaw(request("/api/projects/" + PROJECT + "/export", bearer(ADMIN))
                .header("Accept", "application/yaml")
                .GET()
                .build());
        if (export.statusCode() != 200 || !export.body().contains("acronym: " + PROJECT)) {
            throw new IllegalStateException("The export of " + PROJECT + " answered " + export.statusCode());
        }
        return Files.writeString(
                file,
                export.body()
                        .replaceFirst("acronym: " + PROJECT, "acronym: B{{n}}")
                        .replaceAll("\\bMETZ\\b", "BENCH-IMPORTER"));
    }

    private JsonNode get(String path, Map<String, String> headers) {
        return send(request(path, headers).GET().build());
    }

    private HttpRequest.Builder request(String path, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(application.resolve(path));
        headers.forEach(builder::header);
        return builder;
    }

    private static JsonNode send(HttpRequest request) {
        HttpResponse<String> response = sendRaw(request);
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return json(response);
    }

    private static HttpResponse<String> sendRaw(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Not JSON: " + response.body(), e);
        }
    }
}
