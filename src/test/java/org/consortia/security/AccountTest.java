package org.consortia.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.UserRepresentation;

/** From a Keycloak user to what the platform records of the person: the sync's rule, without Keycloak. */
class AccountTest {

    @Test
    void anEnabledUserIsAnActivePersonWithTheirOrganisationsCodesAndTheirRoles() {
        Person person = recorded("anna", "NEXEM", "partner");

        boolean changed = person.follow(Account.of(
                user("anna", true, "Anna", "Keller", "anna@wrzos.example"),
                List.of("wrzos", "epsu"),
                List.of("partner", "coordinator", "default-roles-consortia")));

        assertTrue(changed);
        assertEquals("anna", person.username);
        assertEquals("Anna Keller", person.name);
        assertEquals("anna@wrzos.example", person.email);
        assertEquals("EPSU,WRZOS", person.organisations);
        assertEquals("coordinator,default-roles-consortia,partner", person.roles);
        assertEquals(PersonStatus.ACTIVE, person.status);
    }

    @Test
    void aDisabledUserIsADisabledPersonWhoKeepsWhatKeycloakStillSaysOfThem() {
        Person person = recorded("bruno", "NEXEM", "partner");

        person.follow(Account.of(user("bruno", false, null, "Morel", null), List.of("nexem"), List.of("partner")));

        assertEquals(PersonStatus.DISABLED, person.status);
        assertFalse(person.isActive());
        assertEquals("Morel", person.name);
        assertNull(person.email);
        assertEquals("NEXEM", person.organisations);
        assertEquals("partner", person.roles);
    }

    @Test
    void aUserRemovedFromEveryOrganisationHasNoneLeft() {
        Person person = recorded("carla", "ELISFA", "partner");

        person.follow(Account.of(user("carla", true, "", "", "carla@elisfa.example"), List.of(), List.of()));

        assertEquals("", person.organisations);
        assertEquals("", person.roles);
        assertNull(person.name, "no first or last name: no name");
        assertEquals(PersonStatus.ACTIVE, person.status);
    }

    @Test
    void aUserGoneFromKeycloakIsDepartedWithNoOrganisationNorRoleButKeepsTheirName() {
        Person person = recorded("dora", "NEXEM,ELISFA", "coordinator,partner");

        assertTrue(person.depart());

        assertEquals(PersonStatus.DEPARTED, person.status);
        assertEquals("", person.organisations);
        assertEquals("", person.roles);
        assertEquals("Dora Recorded", person.name);
        assertFalse(person.depart(), "departing twice changes nothing");
    }

    @Test
    void followingAnUnchangedAccountChangesNothing() {
        Person person = recorded("emil", "NEXEM", "partner");

        assertFalse(person.follow(Account.of(
                user("emil", true, "Emil", "Recorded", "emil@nexem.example"), List.of("nexem"), List.of("partner"))));
    }

    private static Person recorded(String username, String organisations, String roles) {
        Person person = new Person();
        person.subject = "id-" + username;
        person.username = username;
        person.name = Character.toUpperCase(username.charAt(0)) + username.substring(1) + " Recorded";
        person.email = username + "@nexem.example";
        person.organisations = organisations;
        person.roles = roles;
        return person;
    }

    private static UserRepresentation user(
            String username, boolean enabled, String firstName, String lastName, String email) {
        UserRepresentation user = new UserRepresentation();
        user.setId("id-" + username);
        user.setUsername(username);
        user.setEnabled(enabled);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(email);
        return user;
    }
}
