package org.consortia.overview;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consortia.testsupport.DemoConsortium;
import org.consortia.testsupport.Fixtures;
import org.consortia.testsupport.SignedInPages;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The plan forms with a real signed-in session: what the coordinator and the lead partner send is
 * stored (read back through the API), what is wrong comes back on the form, and nobody else gets in.
 * Each test has a project of its own: UNIPSO coordinates it, NEXEM leads the training D1.1 and ELISFA
 * the training D1.2, in WP1 (24 months from January 2025).
 */
@QuarkusTest
class PlanFormsTest {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"([0-9]+)\"");
    private static final Map<String, SignedInPages> SESSIONS = new ConcurrentHashMap<>();

    @TestHTTPResource("/")
    URI testUri;

    private String acronym;

    @BeforeEach
    void newProject() {
        DemoConsortium.load();
        acronym = Fixtures.unique("PF");
        Map<String, Object> head = Fixtures.projectBody(acronym);
        head.put("status", "DRAFT");
        admin().body(head).post("/api/projects").then().statusCode(201);
        for (String[] partner :
                List.of(new String[] {"UNIPSO", "COORDINATOR"}, new String[] {"NEXEM", "BENEFICIARY"}, new String[] {
                    "ELISFA", "BENEFICIARY"
                })) {
            admin().body(Map.of("organisation", partner[0], "role", partner[1]))
                    .post("/api/projects/{acronym}/partners", acronym)
                    .then()
                    .statusCode(201);
        }
        admin().body(Map.of(
                        "number", "WP1", "title", "Coordination", "lead", "UNIPSO", "startMonth", 1, "endMonth", 24))
                .post("/api/projects/{acronym}/work-packages", acronym)
                .then()
                .statusCode(201);
        for (String[] training : List.of(new String[] {"D1.1", "NEXEM"}, new String[] {"D1.2", "ELISFA"})) {
            Map<String, Object> body = Fixtures.deliverableBody(training[0], training[1], 20);
            body.put("kind", "TRAINING");
            body.put("event", Map.of("plannedDate", "2025-10-07", "country", "BE", "expectedParticipants", 20));
            admin().body(body)
                    .post("/api/projects/{acronym}/deliverables", acronym)
                    .then()
                    .statusCode(201);
        }
    }

    @Test
    void theCoordinatorAddsAWorkPackageADeliverableWithItsEventAndAMilestone() {
        SignedInPages coordinator = as("unipso-coordinator");
        HttpResponse<String> plan = coordinator.get(path("/plan"));
        assertEquals(200, plan.statusCode());
        assertThat(plan.body(), containsString("href=\"" + path("/plan/work-packages/new") + "\""));
        assertThat(plan.body(), containsString("href=\"" + path("/plan/deliverables/D1.1") + "\""));

        HttpResponse<String> added = coordinator.submit(
                path("/plan/work-packages/new"),
                "number",
                "WP2",
                "title",
                "Dissemination",
                "lead",
                "NEXEM",
                "startMonth",
                "3",
                "endMonth",
                "18",
                "objectives",
                "Spread the results");
        assertEquals(303, added.statusCode());
        assertThat(added.headers().firstValue("Location").orElseThrow(), endsWith(path("/plan")));
        assertThat(coordinator.get(path("/plan")).body(), containsString("WP2 was created."));
        api("/work-packages/WP2")
                .then()
                .body(
                        "lead",
                        equalTo("NEXEM"),
                        "startMonth",
                        equalTo(3),
                        "endMonth",
                        equalTo(18),
                        "objectives",
                        equalTo("Spread the results"));

        assertEquals(
                303,
                coordinator
                        .submit(
                                path("/plan/deliverables/new"),
                                "code",
                                "D2.1",
                                "title",
                                "Partner conference",
                                "description",
                                "Where the results meet their users",
                                "workPackage",
                                "WP2",
                                "lead",
                                "NEXEM",
                                "contributors",
                                "ELISFA",
                                "contributors",
                                "UNIPSO",
                                "kind",
                                "CONFERENCE",
                                "type",
                                "DEC",
                                "disseminationLevel",
                                "PU",
                                "dueMonth",
                                "14",
                                "dueDate",
                                "",
                                "dependsOn",
                                "D1.1",
                                "event.plannedDate",
                                "2026-02-10",
                                "event.actualDate",
                                "",
                                "event.country",
                                "pl",
                                "event.city",
                                "Warsaw",
                                "event.venue",
                                "Palace of Culture",
                                "event.hosts",
                                "ELISFA",
                                "event.expectedParticipants",
                                "120",
                                "event.actualParticipants",
                                "")
                        .statusCode());
        api("/deliverables/D2.1")
                .then()
                .body(
                        "title",
                        equalTo("Partner conference"),
                        "workPackage",
                        equalTo("WP2"),
                        "contributors",
                        contains("ELISFA", "UNIPSO"),
                        "kind",
                        equalTo("CONFERENCE"),
                        "type",
                        equalTo("DEC"),
                        "dueMonth",
                        equalTo(14),
                        "dueDateExplicit",
                        equalTo(false),
                        "dependsOn",
                        contains("D1.1"),
                        "status",
                        equalTo("PLANNED"),
                        "event.plannedDate",
                        equalTo("2026-02-10"),
                        "event.country",
                        equalTo("PL"),
                        "event.venue",
                        equalTo("Palace of Culture"),
                        "event.hosts",
                        contains("ELISFA"),
                        "event.expectedParticipants",
                        equalTo(120),
                        "event.actualParticipants",
                        nullValue());

        assertEquals(
                303,
                coordinator
                        .submit(
                                path("/plan/milestones/new"),
                                "code",
                                "MS1",
                                "title",
                                "Network launched",
                                "workPackage",
                                "WP2",
                                "dueMonth",
                                "",
                                "dueDate",
                                "2025-09-15",
                                "meansOfVerification",
                                "Signed charter",
                                "achievedDate",
                                "")
                        .statusCode());
        api("/milestones/MS1")
                .then()
                .body(
                        "workPackage",
                        equalTo("WP2"),
                        "dueMonth",
                        equalTo(9),
                        "dueDate",
                        equalTo("2025-09-15"),
                        "dueDateExplicit",
                        equalTo(true),
                        "meansOfVerification",
                        equalTo("Signed charter"),
                        "achievedDate",
                        nullValue());
    }

    @Test
    void theCoordinatorChangesTheWholePlanOfADeliverableButNotItsStatus() {
        SignedInPages coordinator = as("unipso-coordinator");
        HttpResponse<String> form = coordinator.get(path("/plan/deliverables/D1.1"));
        assertEquals(200, form.statusCode());
        assertThat(form.body(), containsString("value=\"Deliverable D1.1\""));
        assertThat(form.body(), not(containsString("name=\"status\"")));

        HttpResponse<String> saved = coordinator.post(
                path("/plan/deliverables/D1.1"),
                SignedInPages.csrfOf(form),
                "version",
                versionOf(form),
                "title",
                "Trainers' training",
                "description",
                "",
                "workPackage",
                "WP1",
                "lead",
                "NEXEM",
                "contributors",
                "ELISFA",
                "kind",
                "TRAINING",
                "type",
                "R",
                "disseminationLevel",
                "SEN",
                "dueMonth",
                "",
                "dueDate",
                "2025-11-20",
                "forecastDate",
                "2025-12-05",
                "dependsOn",
                "D1.2",
                "event.plannedDate",
                "2025-11-18",
                "event.country",
                "BE",
                "event.city",
                "Brussels",
                "event.hosts",
                "UNIPSO",
                "event.expectedParticipants",
                "30");
        assertEquals(303, saved.statusCode());
        assertThat(coordinator.get(path("/plan")).body(), containsString("D1.1 was saved."));
        api("/deliverables/D1.1")
                .then()
                .body(
                        "title",
                        equalTo("Trainers' training"),
                        "contributors",
                        contains("ELISFA"),
                        "disseminationLevel",
                        equalTo("SEN"),
                        "dueDate",
                        equalTo("2025-11-20"),
                        "dueMonth",
                        equalTo(11),
                        "forecastDate",
                        equalTo("2025-12-05"),
                        "dependsOn",
                        contains("D1.2"),
                        "status",
                        equalTo("PLANNED"),
                        "event.city",
                        equalTo("Brussels"),
                        "event.hosts",
                        contains("UNIPSO"),
                        "event.expectedParticipants",
                        equalTo(30));
    }

    @Test
    void aRefusedFormComesBackWithTheReasonsAndWhatWasTypedAndNothingIsStored() {
        SignedInPages coordinator = as("unipso-coordinator");
        HttpResponse<String> unreadable = coordinator.submit(
                path("/plan/work-packages/new"),
                "number",
                "WP3",
                "title",
                " ",
                "lead",
                "NEXEM",
                "startMonth",
                "three",
                "endMonth",
                "9",
                "objectives",
                "Kept as typed");
        assertEquals(400, unreadable.statusCode());
        assertThat(unreadable.body(), containsString("role=\"alert\""));
        assertThat(unreadable.body(), containsString("<div class=\"field invalid\">"));
        assertThat(unreadable.body(), containsString("aria-invalid=\"true\""));
        assertThat(unreadable.body(), containsString("must be a whole number"));
        assertThat(unreadable.body(), containsString("value=\"three\""));
        assertThat(unreadable.body(), containsString("Kept as typed"));
        assertThat(unreadable.body(), containsString("<option value=\"NEXEM\" selected>"));

        HttpResponse<String> outside = coordinator.submit(
                path("/plan/work-packages/new"),
                "number",
                "WP3",
                "title",
                "Evaluation",
                "lead",
                "NEXEM",
                "startMonth",
                "3",
                "endMonth",
                "30");
        assertEquals(400, outside.statusCode());
        assertThat(outside.body(), containsString("must be a month of " + acronym + ", from 1 to 24"));
        assertThat(outside.body(), containsString("value=\"30\""));
        api("/work-packages/WP3").then().statusCode(404);

        HttpResponse<String> notAnEvent = coordinator.submit(
                path("/plan/deliverables/new"),
                "code",
                "D1.3",
                "title",
                "Baseline study",
                "workPackage",
                "WP1",
                "lead",
                "UNIPSO",
                "kind",
                "STUDY",
                "dueMonth",
                "6",
                "event.city",
                "Lille");
        assertEquals(400, notAnEvent.statusCode());
        assertThat(notAnEvent.body(), containsString("only meetings, trainings, national events and conferences"));
        assertThat(notAnEvent.body(), containsString("value=\"Lille\""));
        api("/deliverables/D1.3").then().statusCode(404);
    }

    @Test
    void anEditOfAnOlderVersionIsRefusedWith412UntilSentAgainKnowingly() {
        SignedInPages coordinator = as("unipso-coordinator");
        HttpResponse<String> form = coordinator.get(path("/plan/work-packages/WP1"));
        Map<String, Object> meanwhile = new HashMap<>(Map.of(
                "number", "WP1", "title", "Changed meanwhile", "lead", "UNIPSO", "startMonth", 1, "endMonth", 24));
        admin().header("If-Match", "\"" + versionOf(form) + "\"")
                .body(meanwhile)
                .put("/api/projects/{acronym}/work-packages/WP1", acronym)
                .then()
                .statusCode(200);

        String[] mine = {"title", "Mine", "lead", "UNIPSO", "startMonth", "1", "endMonth", "24"};
        HttpResponse<String> stale = coordinator.post(
                path("/plan/work-packages/WP1"), SignedInPages.csrfOf(form), with(mine, "version", versionOf(form)));
        assertEquals(412, stale.statusCode());
        assertThat(stale.body(), containsString("Someone else saved a change"));
        assertThat(stale.body(), containsString("value=\"Mine\""));
        api("/work-packages/WP1").then().body("title", equalTo("Changed meanwhile"));

        HttpResponse<String> again = coordinator.post(
                path("/plan/work-packages/WP1"), SignedInPages.csrfOf(stale), with(mine, "version", versionOf(stale)));
        assertEquals(303, again.statusCode());
        api("/work-packages/WP1").then().body("title", equalTo("Mine"));
    }

    @Test
    void theLeadPartnerRecordsTheEventOfItsDeliverableAndNothingElse() {
        SignedInPages nexem = as("nexem-partner");
        HttpResponse<String> form = nexem.get(path("/deliverables/D1.1/event"));
        assertEquals(200, form.statusCode());
        assertThat(form.body(), not(containsString("name=\"title\"")));

        HttpResponse<String> saved = nexem.post(
                path("/deliverables/D1.1/event"),
                SignedInPages.csrfOf(form),
                "version",
                versionOf(form),
                "event.plannedDate",
                "2025-10-07",
                "event.actualDate",
                "2025-10-08",
                "event.country",
                "BE",
                "event.city",
                "Liège",
                "event.venue",
                "",
                "event.hosts",
                "NEXEM",
                "event.expectedParticipants",
                "20",
                "event.actualParticipants",
                "31");
        assertEquals(303, saved.statusCode());
        assertThat(saved.headers().firstValue("Location").orElseThrow(), endsWith(path("/deliverables/D1.1")));
        assertThat(
                nexem.get(path("/deliverables/D1.1")).body(), containsString("The event details of D1.1 were saved."));
        api("/deliverables/D1.1")
                .then()
                .body(
                        "event.actualDate",
                        equalTo("2025-10-08"),
                        "event.city",
                        equalTo("Liège"),
                        "event.hosts",
                        contains("NEXEM"),
                        "event.actualParticipants",
                        equalTo(31),
                        "title",
                        equalTo("Deliverable D1.1"),
                        "dueMonth",
                        equalTo(20),
                        "lead",
                        equalTo("NEXEM"));
    }

    @Test
    void theFormsSpeakTheLanguageTheVisitorChose() {
        SignedInPages elisfa = as("elisfa-partner");
        elisfa.get("/language?lang=fr&return=/");
        HttpResponse<String> form = elisfa.get(path("/deliverables/D1.2/event"));
        assertThat(form.body(), containsString("<h1>Détails de l&#39;événement D1.2</h1>"));
        assertEquals(List.of("fr"), form.headers().allValues("Content-Language"));

        HttpResponse<String> refused = elisfa.post(
                path("/deliverables/D1.2/event"),
                SignedInPages.csrfOf(form),
                "version",
                versionOf(form),
                "event.expectedParticipants",
                "-3",
                "event.actualParticipants",
                "beaucoup");
        assertEquals(400, refused.statusCode());
        assertThat(refused.body(), containsString("Participants attendus : doit être supérieur ou égal à 0"));
        assertThat(refused.body(), containsString("doit être un nombre entier"));

        HttpResponse<String> saved = elisfa.post(
                path("/deliverables/D1.2/event"),
                SignedInPages.csrfOf(form),
                "version",
                versionOf(form),
                "event.expectedParticipants",
                "40");
        assertEquals(303, saved.statusCode());
        assertThat(
                elisfa.get(path("/deliverables/D1.2")).body(),
                containsString("Les détails de l&#39;événement D1.2 ont été enregistrés."));
    }

    @Test
    void partnersReviewersAndStrangersStayOutOfThePlanForms() {
        SignedInPages nexem = as("nexem-partner");
        assertEquals(403, nexem.get(path("/plan")).statusCode());
        assertEquals(403, nexem.get(path("/plan/work-packages/new")).statusCode());
        assertEquals(403, nexem.get(path("/plan/deliverables/D1.1")).statusCode());
        assertEquals(403, nexem.get(path("/deliverables/D1.2/event")).statusCode());
        String token = SignedInPages.csrfOf(nexem.get(path("/deliverables/D1.1/event")));
        assertEquals(
                403,
                nexem.post(
                                path("/plan/work-packages/new"),
                                token,
                                "number",
                                "WP4",
                                "title",
                                "Mine",
                                "lead",
                                "NEXEM",
                                "startMonth",
                                "1",
                                "endMonth",
                                "2")
                        .statusCode());
        assertEquals(
                403,
                nexem.post(path("/deliverables/D1.2/event"), token, "event.city", "Kraków")
                        .statusCode());
        api("/work-packages/WP4").then().statusCode(404);
        api("/deliverables/D1.2").then().body("event.city", nullValue());

        assertEquals(403, as("ec-reviewer").get("/projects/FORESEE/plan").statusCode());
        assertEquals(404, as("guest").get(path("/plan")).statusCode());
    }

    private SignedInPages as(String username) {
        return SESSIONS.computeIfAbsent(username, name -> SignedInPages.as(name, testUri));
    }

    private String path(String rest) {
        return "/projects/" + acronym + rest;
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON);
    }

    private io.restassured.response.Response api(String rest) {
        return given().auth().oauth2(Tokens.of("admin")).get("/api/projects/" + acronym + rest);
    }

    private static String versionOf(HttpResponse<String> form) {
        Matcher version = VERSION.matcher(form.body());
        if (!version.find()) {
            throw new AssertionError("No version on the form:\n" + form.body());
        }
        return version.group(1);
    }

    private static String[] with(String[] fields, String name, String value) {
        String[] all = java.util.Arrays.copyOf(fields, fields.length + 2);
        all[fields.length] = name;
        all[fields.length + 1] = value;
        return all;
    }
}
