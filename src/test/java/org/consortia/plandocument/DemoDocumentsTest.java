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
import org.consortia.testsupport.DemoCopy;
import org.junit.jupiter.api.Test;

/**
 * The demo projects shipped for dev mode are valid plans with the shapes the seeds describe. Each is imported under
 * a fresh acronym ({@link DemoCopy}): the shared demo consortium stays as the other tests read it.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "platform-admin")
class DemoDocumentsTest {

    @Test
    void foreseeHasItsThirteenPartnersAndEveryDeliverableOfTheSeed() {
        String foresee = "/api/projects/" + DemoCopy.of("demo/foresee.yaml");

        given().get(foresee).then().body("grantReference", equalTo("VS/2021/0054"), "startDate", equalTo("2021-02-01"));
        given().get(foresee + "/partners")
                .then()
                .body("total", equalTo(13))
                .body("items.find { it.role == 'COORDINATOR' }.organisation", equalTo("UNIPSO"));
        given().queryParam("kind", "TRAINING")
                .queryParam("lead", "NEXEM")
                .get(foresee + "/deliverables")
                .then()
                .body("items.event.country", containsInAnyOrder("GR", "PT", "RO", "PL"));
        given().queryParam("kind", "NATIONAL_EVENT")
                .get(foresee + "/deliverables")
                .then()
                .body("items.event.country", containsInAnyOrder("BE", "RO", "GR"));
        given().queryParam("kind", "THEMATIC_MEETING")
                .get(foresee + "/deliverables")
                .then()
                .body("total", equalTo(2));
        given().queryParam("kind", "JOINT_DOCUMENT")
                .get(foresee + "/deliverables")
                .then()
                .body("total", equalTo(2));
        given().queryParam("kind", "STUDY,REPORT,CONFERENCE")
                .get(foresee + "/deliverables")
                .then()
                .body(
                        "items.kind",
                        hasItem("STUDY"),
                        "items.kind",
                        hasItem("REPORT"),
                        "items.kind",
                        hasItem("CONFERENCE"));
        given().get(foresee + "/reporting-periods").then().body("total", equalTo(2));
    }

    @Test
    void foreseeKeepsARiskRegisterOwnedByItsPartners() {
        String foresee = "/api/projects/" + DemoCopy.of("demo/foresee.yaml");

        given().get(foresee + "/risks")
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
    void theRegionalProjectsImportToo() {
        String nmls = "/api/projects/" + DemoCopy.of("demo/nouveaux-metiers-lien-social.yaml");
        String landes = "/api/projects/" + DemoCopy.of("demo/landes-attractivite.yaml");
        given().get(nmls + "/partners")
                .then()
                .body("items.find { it.role == 'COORDINATOR' }.organisation", equalTo("METZ"));
        given().get(landes + "/milestones").then().body("total", equalTo(4));
        given().queryParam("size", 100)
                .get(nmls + "/deliverables")
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
}
