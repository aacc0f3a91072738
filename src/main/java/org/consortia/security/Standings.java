package org.consortia.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.consortia.project.Project;
import org.consortia.security.MeView.ProjectRole;
import org.consortia.security.Standing.Level;

/**
 * The access rules applied to an identity: what someone is in a project, and the projects they take
 * part in. {@link AccessPolicy} asks it for the caller of a request; the calendar feeds and the
 * notifications ask it for a person recorded earlier.
 */
@ApplicationScoped
public class Standings {

    /** The roles (of {@code partner/ParticipationRole}) whose staff with the coordinator role coordinate. */
    private static final Set<String> COORDINATING_ROLES = Set.of("COORDINATOR", "CO_COORDINATOR");

    private final EntityManager entityManager;

    Standings(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** What {@code identity} is in {@code project}, in one or two queries. */
    public Standing of(Project project, Identity identity) {
        if (identity.isPlatformAdmin()) {
            return new Standing(Level.ADMIN, Set.of());
        }
        Set<String> organisations = identity.organisations();
        // The project's partners (tens), matched here: a query with a list of codes is translated at every call.
        List<Object[]> participations = organisations.isEmpty()
                ? List.of()
                : entityManager
                        .createQuery(
                                "select o.code, p.role from Participation p join p.organisation o where p.project = :project",
                                Object[].class)
                        .setParameter("project", project)
                        .getResultList();
        Set<String> partnerCodes = new TreeSet<>();
        boolean coordinatingOrganisation = false;
        for (Object[] row : participations) {
            if (organisations.contains((String) row[0])) {
                partnerCodes.add((String) row[0]);
                coordinatingOrganisation |= COORDINATING_ROLES.contains(row[1].toString());
            }
        }
        if (identity.actsAsCoordinator(coordinatingOrganisation)) {
            return new Standing(Level.COORDINATOR, partnerCodes);
        }
        if (!partnerCodes.isEmpty()) {
            return new Standing(Level.PARTNER, partnerCodes);
        }
        if (identity.hasRole(Identity.REVIEWER) && isAssignedReviewer(project, identity.username())) {
            return new Standing(Level.REVIEWER, Set.of());
        }
        return new Standing(Level.NONE, Set.of());
    }

    /** The projects {@code identity} takes part in, with their standing in each, by acronym (two queries). */
    public List<ProjectRole> projectsOf(Identity identity) {
        List<ProjectRole> projects = new ArrayList<>();
        if (!identity.organisations().isEmpty()) {
            entityManager
                    .createQuery(
                            "select p.acronym, p.title, o.code, pa.role from Participation pa"
                                    + " join pa.project p join pa.organisation o where o.code in :codes",
                            Object[].class)
                    .setParameter("codes", identity.organisations())
                    .getResultList()
                    .forEach(row -> {
                        String role = row[3].toString();
                        Level level = identity.actsAsCoordinator(COORDINATING_ROLES.contains(role))
                                ? Level.COORDINATOR
                                : Level.PARTNER;
                        projects.add(new ProjectRole((String) row[0], (String) row[1], level, (String) row[2], role));
                    });
        }
        if (identity.hasRole(Identity.REVIEWER)) {
            entityManager
                    .createQuery(
                            "select p.acronym, p.title from ReviewerAssignment r join r.project p"
                                    + " where r.username = :username",
                            Object[].class)
                    .setParameter("username", identity.username())
                    .getResultList()
                    .forEach(row -> projects.add(
                            new ProjectRole((String) row[0], (String) row[1], Level.REVIEWER, null, null)));
        }
        projects.sort(Comparator.comparing(ProjectRole::acronym));
        return projects;
    }

    private boolean isAssignedReviewer(Project project, String username) {
        return entityManager
                        .createQuery(
                                "select count(r) from ReviewerAssignment r"
                                        + " where r.project = :project and r.username = :username",
                                Long.class)
                        .setParameter("project", project)
                        .setParameter("username", username)
                        .getSingleResult()
                > 0;
    }
}
