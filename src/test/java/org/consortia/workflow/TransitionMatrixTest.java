package org.consortia.workflow;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.consortia.deliverable.DeliverableStatus;
import org.consortia.testsupport.DemoConsortium;
import org.consortia.testsupport.Fixtures;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every move of the workflow, tried by the lead partner (NEXEM), the coordinator (UNIPSO), the
 * assigned reviewer and another partner (Elisfa), on a fresh FORESEE deliverable put in the move's
 * starting state by the platform administrator. Only the actors the workflow names succeed.
 */
@QuarkusTest
class TransitionMatrixTest {

    private static final AtomicInteger NEXT = new AtomicInteger(500);
    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @BeforeEach
    void loadDemoProjects() {
        DemoConsortium.load();
    }

    static Stream<Arguments> moves() {
        List<Arguments> cases = new ArrayList<>();
        for (Step step : Step.ALL) {
            for (String caller : List.of("nexem-partner", "unipso-coordinator", "ec-reviewer", "elisfa-partner")) {
                cases.add(Arguments.of(step.from(), step.to(), caller, expected(step, caller)));
            }
        }
        return cases.stream();
    }

    private static int expected(Step step, String caller) {
        Actor actor = switch (caller) {
            case "nexem-partner" -> Actor.LEAD;
            case "unipso-coordinator" -> Actor.COORDINATOR;
            case "ec-reviewer" -> Actor.REVIEWER;
            default -> null;
        };
        if (actor == Actor.REVIEWER && !DeliverableStatus.SEEN_BY_FUNDER.contains(step.from())) {
            return 404;
        }
        return actor != null && step.by().contains(actor) ? 200 : 403;
    }

    @ParameterizedTest(name = "{0} → {1} by {2}: {3}")
    @MethodSource("moves")
    void onlyTheNamedActorsMove(DeliverableStatus from, DeliverableStatus to, String caller, int expected) {
        String path = deliverableIn(from);
        Map<String, Object> body = new HashMap<>(Map.of(
                "to", to.name(), "comment", "Reason", "version", 1, "delayJustification", "Postponed by the host"));
        given().auth()
                .oauth2(Tokens.of(caller))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(path + "/transitions")
                .then()
                .statusCode(expected);
    }

    /** A NEXEM training of FORESEE with one uploaded version, put in {@code status} (submitted as version 1). */
    private static String deliverableIn(DeliverableStatus status) {
        String code = "D4." + NEXT.incrementAndGet();
        String admin = Tokens.of("admin");
        Map<String, Object> training = Fixtures.deliverableBody(code, "NEXEM", 16);
        training.put("workPackage", "WP4");
        training.put("kind", "TRAINING");
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(training)
                .post("/api/projects/FORESEE/deliverables")
                .then()
                .statusCode(201);
        String path = "/api/projects/FORESEE/deliverables/" + code;
        given().auth()
                .oauth2(admin)
                .multiPart("file", "minutes.pdf", PDF, "application/pdf")
                .post(path + "/files")
                .then()
                .statusCode(201);
        training.put("status", status.name());
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(training)
                .put(path)
                .then()
                .statusCode(200);
        return path;
    }
}
