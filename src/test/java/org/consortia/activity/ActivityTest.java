package org.consortia.activity;

import static io.restassured.RestAssured.given;
import static org.consortia.testsupport.DemoConsortium.unchanged;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.consortia.testsupport.DemoCopy;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit trail records who changed what, with the values before and after, and cannot be rewritten. */
@QuarkusTest
class ActivityTest {

    /** The API address of a copy of FORESEE, made once for the class: its changes go to the copy's trail. */
    private static String foresee;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void copyForesee() {
        if (foresee == null) {
            foresee = "/api/projects/" + DemoCopy.of("demo/foresee.yaml");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLeadPartnersChangeIsRecordedWithItsActorAndValues() {
        Map<String, Object> body = unchanged(foresee + "/deliverables/D4.5");
        Map<String, Object> event = new java.util.HashMap<>((Map<String, Object>) body.get("event"));
        int before = (Integer) event.get("actualParticipants");
        event.put("actualParticipants", before + 1);
        body.put("event", event);
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .contentType(ContentType.JSON)
                .body(body)
                .put(foresee + "/deliverables/D4.5")
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .queryParam("deliverable", "D4.5")
                .queryParam("person", "nexem-partner")
                .queryParam("organisation", "NEXEM")
                .when()
                .get(foresee + "/activity")
                .then()
                .statusCode(200)
                .body(
                        "items[0].action",
                        equalTo("DELIVERABLE_CHANGED"),
                        "items[0].actor",
                        equalTo("nexem-partner"),
                        "items[0].actorOrganisation",
                        equalTo("NEXEM"),
                        "items[0].before.event.actualParticipants",
                        equalTo(before),
                        "items[0].after.event.actualParticipants",
                        equalTo(before + 1));
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .when()
                .get(foresee + "/deliverables/D4.5/history")
                .then()
                .statusCode(200)
                .body("items[0].after.event.actualParticipants", equalTo(before + 1));
    }

    @Test
    void anUpdateThatChangesNothingLeavesNoEntry() {
        int before = entries("D4.6");
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .contentType(ContentType.JSON)
                .body(unchanged(foresee + "/deliverables/D4.6"))
                .put(foresee + "/deliverables/D4.6")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.of("admin"))
                .queryParam("deliverable", "D4.6")
                .get(foresee + "/activity")
                .then()
                .body("total", equalTo(before));
    }

    @Test
    void theReviewerReadsNothingAboutDrafts() {
        Map<String, Object> body = unchanged(foresee + "/deliverables/D6.5");
        body.put("description", "Final conference, programme being drafted");
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .contentType(ContentType.JSON)
                .body(body)
                .put(foresee + "/deliverables/D6.5")
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .queryParam("deliverable", "D6.5")
                .get(foresee + "/activity")
                .then()
                .body("items.action", hasItem("DELIVERABLE_CHANGED"));
        given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .queryParam("deliverable", "D6.5")
                .get(foresee + "/activity")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .queryParam("size", 500)
                .get(foresee + "/activity")
                .then()
                .body("items.deliverable", everyItem(org.hamcrest.Matchers.not(equalTo("D6.5"))));
        given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .get(foresee + "/deliverables/D6.5/history")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void theImportIsRecordedAsOneEntry() {
        given().auth()
                .oauth2(Tokens.of("admin"))
                .queryParam("person", "system")
                .get(foresee + "/activity")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.of("admin"))
                .get(foresee + "/activity?size=500")
                .then()
                .body("items.action", hasItem("PLAN_IMPORTED"));
    }

    @Test
    void theTrailCannotBeRewritten() {
        given().auth()
                .oauth2(Tokens.of("admin"))
                .when()
                .delete(foresee + "/activity")
                .then()
                .statusCode(org.hamcrest.Matchers.oneOf(404, 405));
        given().auth()
                .oauth2(Tokens.of("admin"))
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .put(foresee + "/activity")
                .then()
                .statusCode(org.hamcrest.Matchers.oneOf(404, 405));
        assertThrows(
                RuntimeException.class,
                () -> QuarkusTransaction.requiringNew()
                        .run(() -> entityManager
                                .createNativeQuery("update activity_entry set actor_username = 'someone else'")
                                .executeUpdate()));
        assertThrows(
                RuntimeException.class,
                () -> QuarkusTransaction.requiringNew()
                        .run(() -> entityManager
                                .createNativeQuery("delete from activity_entry")
                                .executeUpdate()));
    }

    @Test
    void badDatesInTheFilterAreBadRequests() {
        given().auth()
                .oauth2(Tokens.of("admin"))
                .queryParam("from", "yesterday")
                .get(foresee + "/activity")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(Tokens.of("admin"))
                .queryParam("from", "2000-01-01")
                .queryParam("to", "2000-01-02")
                .get(foresee + "/activity")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    private static int entries(String deliverable) {
        return given().auth()
                .oauth2(Tokens.of("admin"))
                .queryParam("deliverable", deliverable)
                .get(foresee + "/activity")
                .path("total");
    }
}
