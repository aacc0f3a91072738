package org.consortia.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.consortia.testsupport.DemoConsortium;
import org.consortia.testsupport.DemoPartnersProject;
import org.consortia.testsupport.FixedClock;
import org.consortia.testsupport.Fixtures;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reminders before a deadline and notices of what is overdue, with the clock moved: each sent once to
 * the right people, however often and on however many instances the job runs.
 */
@QuarkusTest
class ReminderJobTest {

    @Inject
    ReminderJob job;

    private DemoPartnersProject project;

    @BeforeEach
    void aProjectWithADeadlineNextWeekAndOneLastWeek() {
        DemoConsortium.load();
        List.of("unipso-coordinator", "nexem-partner", "elisfa-partner", "unipso-partner")
                .forEach(user -> given().auth().oauth2(Tokens.of(user)).get("/api/me").then().statusCode(200));
        project = DemoPartnersProject.create();
        deliverable("D2.1", "NEXEM", FixedClock.TODAY.plusDays(7));
        deliverable("D2.2", "ELISFA", FixedClock.TODAY.minusDays(5));
    }

    @Test
    void theResponsibleOrganisationIsRemindedAndTheOverdueOneToldWithItsCoordinatorOnce() throws Exception {
        ExecutorService twoInstances = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> job.remindAsOf(FixedClock.TODAY),
                    twoInstances);
            CompletableFuture<Integer> other = CompletableFuture.supplyAsync(() -> job.remindAsOf(FixedClock.TODAY),
                    twoInstances);
            one.get();
            other.get();
        } finally {
            twoInstances.shutdown();
        }
        job.remindAsOf(FixedClock.TODAY);

        assertThat(notices("nexem-partner"), containsInAnyOrder("REMINDER D2.1"));
        assertThat(notices("elisfa-partner"), containsInAnyOrder("OVERDUE D2.2"));
        assertThat(notices("unipso-coordinator"), containsInAnyOrder("OVERDUE D2.2"));
        assertThat("not the partner's business", notices("unipso-partner"), equalTo(List.of()));
    }

    @Test
    void aWeekLaterTheLastReminderAndTheWeeklyOverdueNoticeFollow() {
        job.remindAsOf(FixedClock.TODAY);
        job.remindAsOf(FixedClock.TODAY.plusDays(7));
        job.remindAsOf(FixedClock.TODAY.plusDays(7));

        assertThat(notices("nexem-partner"), containsInAnyOrder("REMINDER D2.1", "REMINDER D2.1"));
        assertThat(notices("elisfa-partner"), containsInAnyOrder("OVERDUE D2.2", "OVERDUE D2.2"));
    }

    /** "KIND CODE" of the person's notices about this project. */
    private List<String> notices(String user) {
        List<Map<String, Object>> all = given().auth().oauth2(Tokens.of(user)).get("/api/me/notifications")
                .then().statusCode(200).extract().path("findAll { it.project == '" + project.acronym() + "' }");
        return all.stream().map(n -> n.get("kind") + " " + n.get("code")).toList();
    }

    private void deliverable(String code, String lead, java.time.LocalDate due) {
        Map<String, Object> body = Fixtures.deliverableBody(code, lead, 1);
        body.remove("dueMonth");
        body.put("dueDate", due.toString());
        body.put("workPackage", "WP1");
        given().auth().oauth2(Tokens.of("unipso-coordinator")).contentType(ContentType.JSON).body(body)
                .post("/api/projects/" + project.acronym() + "/deliverables").then().statusCode(201);
    }
}
