package org.consortia.plandocument;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.oneOf;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The demo projects shipped for dev mode are valid plans with the shapes the seeds describe. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "platform-admin")
class DemoDocumentsTest {

    @Test
    void foreseeHasItsThirteenPartnersAndEveryDeliverableOfTheSeed() throws IOException {
        importDemo("demo/foresee.yaml");

        given().get("/api/projects/FORESEE")
                .then()
                .body("grantReference", equalTo("VS/2021/0054"), "startDate", equalTo("2021-02-01"));
        given().get("/api/projects/FORESEE/partners")
                .then()
                .body("total", equalTo(13))
                .body("items.find { it.role == 'COORDINATOR' }.organisation", equalTo("UNIPSO"));
        given().queryParam("kind", "TRAINING")
                .queryParam("lead", "NEXEM")
                .get("/api/projects/FORESEE/deliverables")
                .then()
                .body("items.event.country", containsInAnyOrder("GR", "PT", "RO", "PL"));
        given().queryParam("kind", "NATIONAL_EVENT")
                .get("/api/projects/FORESEE/deliverables")
                .then()
                .body("items.event.country", containsInAnyOrder("BE", "RO", "GR"));
        given().queryParam("kind", "THEMATIC_MEETING")
                .get("/api/projects/FORESEE/deliverables")
                .then()
                .body("total", equalTo(2));
        given().queryParam("kind", "JOINT_DOCUMENT")
                .get("/api/projects/FORESEE/deliverables")
                .then()
                .body("total", equalTo(2));
        given().queryParam("kind", "STUDY,REPORT,CONFERENCE")
                .get("/api/projects/FORESEE/deliverables")
                .then()
                .body(
                        "items.kind",
                        hasItem("STUDY"),
                        "items.kind",
                        hasItem("REPORT"),
                        "items.kind",
                        hasItem("CONFERENCE"));
        given().get("/api/projects/FORESEE/reporting-periods").then().body("total", equalTo(2));
    }

    @Test
    void foreseeKeepsARiskRegisterOwnedByItsPartners() throws IOException {
        importDemo("demo/foresee.yaml");

        given().get("/api/projects/FORESEE/risks")
                .then()
                .body(
                        "items.code",
                        contains("R1", "R2", "R3", "R4"),
                        "items.status",
                        hasItems("OPEN", "MITIGATED", "CLOSED"),
                        "items.owner",
                        everyItem(oneOf("UNIPSO", "NEXEM", "EASPD", "EPSU")),
                        "items.find { it.status == 'CLOSED' }.closedOn",
                        equalTo("2022-06-10"));
    }

    @Test
    void theRegionalProjectsImportToo() throws IOException {
        importDemo("demo/nouveaux-metiers-lien-social.yaml");
        importDemo("demo/landes-attractivite.yaml");
        given().get("/api/projects/NMLS/partners")
                .then()
                .body("items.find { it.role == 'COORDINATOR' }.organisation", equalTo("METZ"));
        given().get("/api/projects/LANDES-ATTRACTIVITE/milestones").then().body("total", equalTo(4));
        given().queryParam("size", 100)
                .get("/api/projects/NMLS/deliverables")
                .then()
                .body(
                        "items.status",
                        everyItem(oneOf(
                                "PLANNED",
                                "IN_PROGRESS",
                                "IN_INTERNAL_REVIEW",
                                "CHANGES_REQUESTED",
                                "APPROVED",
                                "SUBMITTED",
                                "ACCEPTED",
                                "REVISION_REQUESTED")));
    }

    private static void importDemo(String resource) throws IOException {
        try (InputStream in = DemoDocumentsTest.class.getClassLoader().getResourceAsStream(resource)) {
            given().contentType("application/yaml")
                    .body(in.readAllBytes())
                    .when()
                    .post("/api/projects/import")
                    .then()
                    .statusCode(oneOf(200, 201));
        }
    }
}
