package org.consortia.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.consortia.testsupport.DemoPartnersProject;
import org.consortia.testsupport.MinimalPdf;
import org.consortia.testsupport.PageSession;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No 5xx for anything a signed-in member can send: every endpoint of the OpenAPI document, each of its
 * path, query and header parameters in turn overflowing, negative, empty and malformed, and every body
 * malformed, sent by the platform administrator (who reaches every endpoint's code) to a project of the
 * test's own. The pages are sent the same parameters in an administrator's page session.
 */
@QuarkusTest
class MalformedInputTest {

    /** What a client may put in any parameter: past int, past long, negative, empty, not a number, not a date. */
    private static final List<String> VALUES = List.of(
            "4294968",
            "2147483648",
            "99999999999999999999",
            "-1",
            "",
            "abc",
            "1.5",
            "1e309",
            "2026-13-45",
            "bytes=99999999999999999999-",
            "bytes=-",
            "%",
            "\u0000",
            "😀",
            "x".repeat(2000));

    /** Headers any request may carry that the platform or its framework reads. */
    private static final List<String> HEADERS =
            List.of("Accept", "Accept-Language", "If-None-Match", "If-Match", "If-Modified-Since", "Range");

    private static final List<String> BODIES = List.of(
            "{",
            "[]",
            "null",
            "\"text\"",
            "{\"x\":1}",
            "{\"dueMonth\":99999999999999999999,\"startDate\":\"2026-13-45\",\"status\":\"NOPE\",\"version\":-1}",
            "{\"to\":\"NOPE\"}",
            "{\"title\":[1,2]}",
            "{\"title\":\"nul \\u0000\",\"text\":\"nul \\u0000\"}");

    /** Endpoints left out: what changes the whole platform (the file store's migration) or signs out. */
    private static final List<String> LEFT_OUT = List.of("/api/admin/", "/logout", "/q/", "/dev/");

    private static String acronym;

    @BeforeEach
    void aProjectOfItsOwn() {
        if (acronym == null) {
            DemoPartnersProject project = DemoPartnersProject.create();
            acronym = project.acronym();
            // A version 1 to download, so that the download's own headers are read.
            given().auth()
                    .oauth2(Tokens.of("admin"))
                    .contentType("application/pdf")
                    .body(MinimalPdf.bytes())
                    .post(project.api(DemoPartnersProject.IN_REVIEW) + "/files/content?name=study.pdf")
                    .then()
                    .statusCode(201);
        }
    }

    @Test
    void noParameterGivesAServerError() {
        List<String> failures = new ArrayList<>();
        forEachOperation((path, method, operation) -> {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.get("parameters");
            for (Map<String, Object> parameter : parameters == null ? List.<Map<String, Object>>of() : parameters) {
                String where = (String) parameter.get("in");
                String name = (String) parameter.get("name");
                if (!method.equals("get") && !where.equals("path")) {
                    continue;
                }
                for (String value : VALUES) {
                    Response response = send(path, method, Map.of(where + ":" + name, value), null);
                    if (response.statusCode() >= 500) {
                        failures.add(method.toUpperCase() + " " + path + " " + where + " " + name + "=" + shown(value)
                                + " → " + response.statusCode() + " " + response.asString());
                    }
                }
            }
        });
        assertThat(failures, empty());
    }

    @Test
    void noHeaderGivesAServerError() {
        List<String> failures = new ArrayList<>();
        forEachOperation((path, method, operation) -> {
            if (!method.equals("get")) {
                return;
            }
            for (String header : HEADERS) {
                for (String value : List.of(
                        "\"",
                        "W/",
                        "*, \"x",
                        "99999999999999999999",
                        "Mon, 99 Foo 2026",
                        "xx-YY-zz;q=abc",
                        "text/html;q=2,*/*;q=-1",
                        "bytes=5-2",
                        "",
                        "x".repeat(2000))) {
                    Response response = send(path, method, Map.of("header:" + header, value), null);
                    if (response.statusCode() >= 500) {
                        failures.add("GET " + path + " " + header + ": " + shown(value) + " → " + response.statusCode()
                                + " " + response.asString());
                    }
                }
            }
        });
        assertThat(failures, empty());
    }

    @Test
    void anUnreadableNegotiationHeaderIsRefusedByName() {
        given().auth()
                .oauth2(Tokens.of("admin"))
                .header("Accept", "text/html;q=2")
                .get("/api/projects")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", is("Accept"));
        given().header("Accept-Language", "fr;q=abc")
                .get("/")
                .then()
                .statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("Accept-Language"));
        given().auth()
                .oauth2(Tokens.of("admin"))
                .header("Accept", "")
                .get("/api/projects")
                .then()
                .statusCode(200);
    }

    @Test
    void noBodyGivesAServerError() {
        List<String> failures = new ArrayList<>();
        forEachOperation((path, method, operation) -> {
            if (method.equals("get") || method.equals("delete") || operation.get("requestBody") == null) {
                return;
            }
            for (String body : BODIES) {
                Response response = send(path, method, Map.of(), body);
                if (response.statusCode() >= 500) {
                    failures.add(method.toUpperCase() + " " + path + " " + body + " → " + response.statusCode() + " "
                            + response.asString());
                }
            }
        });
        assertThat(failures, empty());
    }

    private interface OperationVisitor {
        void visit(String path, String method, Map<String, Object> operation);
    }

    private static void forEachOperation(OperationVisitor visitor) {
        JsonPath openApi = given().accept(ContentType.JSON)
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        paths.forEach((path, operations) -> {
            if (LEFT_OUT.stream().anyMatch(path::startsWith)) {
                return;
            }
            operations.forEach((method, operation) -> {
                if (List.of("get", "post", "put", "patch", "delete").contains(method)) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> described = (Map<String, Object>) operation;
                    visitor.visit(path, method, described);
                }
            });
        });
    }

    /** One request: every path parameter valid unless {@code bad} names it, the named query or header bad. */
    private static Response send(String path, String method, Map<String, String> bad, String body) {
        Supplier<RequestSpecification> who = path.startsWith("/api/")
                ? () -> given().auth().oauth2(Tokens.of("admin"))
                : () -> PageSession.of("admin").given();
        RequestSpecification request = who.get().urlEncodingEnabled(true);
        Map<String, Object> pathValues = new LinkedHashMap<>();
        java.util.regex.Matcher names =
                java.util.regex.Pattern.compile("\\{([^}:]+)(:[^}]*)?}").matcher(path);
        StringBuilder template = new StringBuilder();
        while (names.find()) {
            String name = names.group(1);
            names.appendReplacement(template, "{" + name + "}");
            pathValues.put(name, bad.getOrDefault("path:" + name, valid(name)));
        }
        names.appendTail(template);
        bad.forEach((where, value) -> {
            String name = where.substring(where.indexOf(':') + 1);
            if (where.startsWith("query:")) {
                request.queryParam(name, value);
            } else if (where.startsWith("header:")) {
                request.header(name, value.replace("\u0000", ""));
            }
        });
        if (body != null) {
            request.contentType(ContentType.JSON).body(body);
        }
        return request.request(
                method.toUpperCase(), template.toString(), pathValues.values().toArray());
    }

    /** A value that names something of the test's project, so that the bad one is the only thing wrong. */
    private static String valid(String name) {
        return switch (name) {
            case "acronym" -> acronym;
            case "code" -> DemoPartnersProject.IN_REVIEW;
            case "organisation", "partner" -> "NEXEM";
            default -> "1";
        };
    }

    private static String shown(String value) {
        return value.length() > 40
                ? value.substring(0, 20) + "…(" + value.length() + ")"
                : value.replace("\u0000", "\\0");
    }
}
