package org.consortia.testsupport;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The FORESEE and NMLS demo projects, imported by the platform administrator, for the access tests. */
public final class DemoConsortium {

    private DemoConsortium() {}

    private static boolean loaded;

    /** Imports the projects once per test run. */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        importDemo("demo/foresee.yaml");
        importDemo("demo/nouveaux-metiers-lien-social.yaml");
        DemoStaysUntouched.imported();
    }

    private static void importDemo(String resource) {
        importAsAdmin(read(resource));
    }

    /** The text of a demo document, a resource such as {@code demo/foresee.yaml}. */
    static String read(String resource) {
        try (InputStream in = DemoConsortium.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports a YAML plan document as the platform administrator: a new project, or the existing one rewritten. */
    static void importAsAdmin(String document) {
        given().auth()
                .oauth2(Tokens.of("admin"))
                .contentType("application/yaml")
                .body(document.getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/api/projects/import")
                .then()
                .statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    /**
     * What the administrator reads at {@code path}, turned into the body of an update that changes
     * nothing: without the derived fields and those named in {@code readOnly}.
     */
    public static Map<String, Object> unchanged(String path, String... readOnly) {
        Map<String, Object> body = new HashMap<>(given().auth()
                .oauth2(Tokens.of("admin"))
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap(""));
        body.remove("version");
        body.remove("overdue");
        for (String field : readOnly) {
            body.remove(field);
        }
        if (body.containsKey("dueDateExplicit")) {
            body.remove(Boolean.TRUE.equals(body.remove("dueDateExplicit")) ? "dueMonth" : "dueDate");
        }
        return body;
    }
}
