package org.consortia.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.consortia.project.Project;
import org.consortia.security.Identity;
import org.consortia.security.Person;
import org.consortia.security.PersonStatus;

/**
 * Who is told: the people the platform has seen (they signed in at least once) and whose account is still
 * active, found by what they were when last seen or synchronised (org.consortia.security.PeopleSync) —
 * members of an organisation, the project's coordinators, its assigned reviewers. Someone disabled or gone
 * in the identity provider is told nothing.
 */
@ApplicationScoped
public class Recipients {

    private final EntityManager entityManager;

    Recipients(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Staff of the organisation {@code code}. */
    public List<Person> membersOf(String code) {
        return entityManager
                .createQuery(
                        "from Person p where concat(',', p.organisations, ',') like :code" + " and p.status = :active",
                        Person.class)
                .setParameter("code", "%," + code + ",%")
                .setParameter("active", PersonStatus.ACTIVE)
                .getResultList();
    }

    /** The person whose username is {@code username} (Keycloak keeps usernames in lower case). */
    public Optional<Person> named(String username) {
        return entityManager
                .createQuery("from Person p where p.username = :username and p.status = :active", Person.class)
                .setParameter("username", username.toLowerCase(Locale.ROOT))
                .setParameter("active", PersonStatus.ACTIVE)
                .getResultStream()
                .findFirst();
    }

    /** Staff of the organisation {@code code} when it takes part in {@code project}; nobody otherwise. */
    public List<Person> membersOfPartner(Project project, String code) {
        Long taking = entityManager
                .createQuery(
                        "select count(p) from Participation p"
                                + " where p.project = :project and p.organisation.code = :code",
                        Long.class)
                .setParameter("project", project)
                .setParameter("code", code)
                .getSingleResult();
        return taking == 0 ? List.of() : membersOf(code);
    }

    /** The project's coordinators: the coordinator role in its coordinating organisation. */
    public List<Person> coordinatorsOf(Project project) {
        List<String> coordinating = entityManager
                .createQuery(
                        "select o.code from Participation p join p.organisation o"
                                + " where p.project = :project and p.role in (org.consortia.partner.ParticipationRole.COORDINATOR,"
                                + " org.consortia.partner.ParticipationRole.CO_COORDINATOR)",
                        String.class)
                .setParameter("project", project)
                .getResultList();
        Set<Person> people = new LinkedHashSet<>();
        coordinating.forEach(code -> membersOf(code).stream()
                .filter(person -> person.identity().hasRole(Identity.COORDINATOR))
                .forEach(people::add));
        return List.copyOf(people);
    }

    /**
     * The contact addresses partners gave in these projects, by project acronym and organisation code
     * ({@code "ACRONYM/CODE"}): one query.
     */
    public Map<String, String> contactsIn(List<Project> projects) {
        if (projects.isEmpty()) {
            return Map.of();
        }
        Map<String, String> contacts = new HashMap<>();
        entityManager
                .createQuery(
                        "select p.project.acronym, o.code, p.contactEmail from Participation p"
                                + " join p.organisation o where p.project in :projects and p.contactEmail is not null"
                                + " and p.contactEmail <> ''",
                        Object[].class)
                .setParameter("projects", projects)
                .getResultList()
                .forEach(row -> contacts.put(row[0] + "/" + row[1], (String) row[2]));
        return contacts;
    }

    /** The funder's reviewers assigned to the project. */
    public List<Person> reviewersOf(Project project) {
        return entityManager
                .createQuery(
                        "select p from Person p, ReviewerAssignment r"
                                + " where r.project = :project and r.username = p.username and p.status = :active",
                        Person.class)
                .setParameter("project", project)
                .setParameter("active", PersonStatus.ACTIVE)
                .getResultStream()
                .filter(p -> p.identity().hasRole(Identity.REVIEWER)) // as Standings: an assignment alone is not enough
                .toList();
    }
}
