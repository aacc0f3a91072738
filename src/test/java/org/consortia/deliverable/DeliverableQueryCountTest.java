package org.consortia.deliverable;

import static io.restassured.RestAssured.given;
import static org.consortia.testsupport.Fixtures.deliverableBody;
import static org.consortia.testsupport.Fixtures.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.consortia.testsupport.PlanBuilder;
import org.consortia.testsupport.SqlStatements;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** Listing deliverables costs the same number of SQL statements for 10 rows as for 500. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "platform-admin")
class DeliverableQueryCountTest {

    @Inject
    SessionFactory sessionFactory;

    @Test
    void listingTenOrFiveHundredDeliverablesCostsTheSameStatements() {
        String small = projectWith(10);
        String large = projectWith(500);

        long tenRows = statementsToList(small, 10);
        long fiveHundredRows = statementsToList(large, 500);

        assertEquals(tenRows, fiveHundredRows, "SQL statements for 10 rows vs 500 rows");
    }

    @Test
    void readingOneDeliverableCostsTheSameWhateverItsLinks() {
        String project = projectWith(50);
        long first = statements(() ->
                given().get("/api/projects/{a}/deliverables/D1", project).then().statusCode(200));
        long last = statements(() -> given().get("/api/projects/{a}/deliverables/D50", project)
                .then()
                .statusCode(200));
        assertEquals(first, last);
    }

    private long statementsToList(String acronym, int expected) {
        return statements(() -> given().queryParam("size", 500)
                .when()
                .get("/api/projects/{acronym}/deliverables", acronym)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(expected)));
    }

    private long statements(Runnable request) {
        return SqlStatements.during(sessionFactory, request);
    }

    /** A project whose deliverables each have contributors, a dependency and, every third one, an event. */
    private static String projectWith(int count) {
        String acronym = unique("Q");
        String coordinator = unique("QC");
        String partner = unique("QP");
        String other = unique("QO");
        PlanBuilder plan = PlanBuilder.consortium(acronym, coordinator, partner, other);
        for (int i = 1; i <= count; i++) {
            Map<String, Object> deliverable = deliverableBody("D" + i, i % 2 == 0 ? partner : other, 1 + i % 24);
            deliverable.put("contributors", List.of(coordinator, i % 2 == 0 ? other : partner));
            if (i > 1) {
                deliverable.put("dependsOn", List.of("D" + (i - 1)));
            }
            if (i % 3 == 0) {
                deliverable.put("kind", "TRAINING");
                deliverable.put("event", Map.of("country", "PT", "city", "Castelo Branco", "hosts", List.of(partner)));
            }
            plan.deliverable(deliverable);
        }
        given().contentType(ContentType.JSON)
                .body(plan.build())
                .when()
                .post("/api/projects/import")
                .then()
                .statusCode(201);
        return acronym;
    }
}
