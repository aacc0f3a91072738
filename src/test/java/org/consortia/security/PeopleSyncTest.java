package org.consortia.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import java.net.URI;
import java.util.UUID;
import org.consortia.notification.Recipients;
import org.consortia.testsupport.DemoConsortium;
import org.consortia.testsupport.KeycloakAdmin;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * People kept in step with the real Keycloak: an account changed there (removed from its organisation,
 * disabled, deleted) changes what the platform does for that person at the next sync. Each test makes its
 * own account: the demo accounts are everyone's.
 */
@QuarkusTest
class PeopleSyncTest {

    @Inject
    PeopleSync sync;

    @Inject
    PersonRepository persons;

    @Inject
    Recipients recipients;

    @BeforeEach
    void loadDemoProjects() {
        DemoConsortium.load();
    }

    @Test
    void aMemberRemovedFromTheirOrganisationNoLongerSeesItsProjectsInTheirFeedAfterTheSync() {
        String username = newUsername("leaver");
        String id = KeycloakAdmin.createMember(username, "nexem", "partner");
        String feed = feedOf(username);
        given().get(project(feed, "FORESEE")).then().statusCode(200);

        KeycloakAdmin.removeFromOrganisation(id, "nexem");
        given().get(project(feed, "FORESEE")).then().statusCode(200);
        PeopleSync.Report report = sync.sync();

        assertTrue(report.ran());
        Person person = person(id);
        assertEquals("", person.organisations);
        assertEquals(PersonStatus.ACTIVE, person.status);
        given().get(project(feed, "FORESEE")).then().statusCode(404);
        given().get(path(feed)).then().statusCode(200).body(not(containsString("[FORESEE]")));
    }

    @Test
    void aDisabledPersonsFeedIsRefusedLikeAnUnknownOneAndTheyAreToldNothingUntilEnabledAgain() {
        String username = newUsername("disabled");
        String id = KeycloakAdmin.createMember(username, "nexem", "partner");
        String feed = feedOf(username);
        given().get(path(feed)).then().statusCode(200).body(containsString("[FORESEE]"));

        KeycloakAdmin.setEnabled(id, false);
        sync.sync();

        Person person = person(id);
        assertEquals(PersonStatus.DISABLED, person.status);
        assertEquals("NEXEM", person.organisations, "Keycloak still lists them as a member");
        String token = path(feed).replace("/calendar/", "").replace(".ics", "");
        String refused =
                given().get(path(feed)).then().statusCode(404).extract().asString();
        String unknown = given().get("/calendar/" + "x".repeat(43) + ".ics")
                .then()
                .statusCode(404)
                .extract()
                .asString();
        assertEquals(
                unknown,
                refused.replace(token, "x".repeat(43)),
                "no telling a disabled person's link from a made-up one (but for the path the page repeats)");
        given().get(project(feed, "FORESEE")).then().statusCode(404);
        assertFalse(
                QuarkusTransaction.requiringNew()
                        .call(() -> recipients.membersOf("NEXEM").stream().anyMatch(p -> p.username.equals(username))),
                "told nothing");

        KeycloakAdmin.setEnabled(id, true);
        sync.sync();

        assertEquals(PersonStatus.ACTIVE, person(id).status);
        given().get(path(feed)).then().statusCode(200).body(containsString("[FORESEE]"));
        assertTrue(QuarkusTransaction.requiringNew()
                .call(() -> recipients.membersOf("NEXEM").stream().anyMatch(p -> p.username.equals(username))));
    }

    @Test
    void aPersonDeletedInKeycloakHasDepartedAndTheirFeedIsRefused() {
        String username = newUsername("deleted");
        String id = KeycloakAdmin.createMember(username, "elisfa", "partner", "coordinator");
        String feed = feedOf(username);
        given().get(path(feed)).then().statusCode(200);

        KeycloakAdmin.account(id).remove();
        sync.sync();

        Person person = person(id);
        assertEquals(PersonStatus.DEPARTED, person.status);
        assertEquals("", person.organisations);
        assertEquals("", person.roles);
        assertEquals("Test " + username, person.name, "the history still names them");
        given().get(path(feed)).then().statusCode(404);
    }

    @Test
    void theSyncRecordsTheRolesKeycloakGivesNow() {
        String username = newUsername("demoted");
        String id = KeycloakAdmin.createMember(username, "nexem", "partner", "coordinator");
        feedOf(username);
        assertTrue(person(id).roles.contains("coordinator"), "recorded from the token: " + person(id).roles);

        KeycloakAdmin.account(id)
                .roles()
                .realmLevel()
                .remove(java.util.List.of(
                        KeycloakAdmin.realm().roles().get("coordinator").toRepresentation()));
        sync.sync();

        assertEquals("default-roles-consortia,offline_access,partner,uma_authorization", person(id).roles);
    }

    @Test
    void whenKeycloakCannotBeReachedNobodyChanges() {
        String username = newUsername("unreached");
        String id = KeycloakAdmin.createMember(username, "nexem", "partner");
        String feed = feedOf(username);
        Person before = person(id);

        PeopleSync.Report report = sync.syncWith(subjects -> {
            throw new ProcessingException("Connection refused");
        });

        assertFalse(report.ran());
        Person after = person(id);
        assertEquals(before.organisations, after.organisations);
        assertEquals(before.roles, after.roles);
        assertEquals(PersonStatus.ACTIVE, after.status);
        assertEquals(before.version, after.version, "not even written");
        given().get(project(feed, "FORESEE")).then().statusCode(200);
    }

    private static String newUsername(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The new person signs in, with a real token, and takes a calendar feed. */
    private static String feedOf(String username) {
        return given().auth()
                .oauth2(Tokens.of(username))
                .post("/api/me/calendar")
                .then()
                .statusCode(201)
                .extract()
                .path("url");
    }

    private Person person(String subject) {
        return QuarkusTransaction.requiringNew()
                .call(() -> persons.findBySubject(subject).orElseThrow());
    }

    private static String path(String url) {
        return URI.create(url).getPath();
    }

    private static String project(String url, String acronym) {
        return path(url).replace(".ics", "/" + acronym + ".ics");
    }
}
