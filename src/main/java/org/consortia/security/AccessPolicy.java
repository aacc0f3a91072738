package org.consortia.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.consortia.common.ForbiddenProblem;
import org.consortia.common.NotFoundProblem;
import org.consortia.project.Project;
import org.consortia.security.Standing.Level;

/**
 * The one place that decides who sees and changes what (docs/security.md). A project the caller has
 * no part in answers 404, as if it did not exist; a change they may not make to something they see
 * answers 403.
 */
@RequestScoped
public class AccessPolicy {

    private final CurrentUser user;
    private final People people;
    private final EntityManager entityManager;
    private final Map<Long, Standing> standings = new HashMap<>();
    private boolean recorded;

    AccessPolicy(CurrentUser user, People people, EntityManager entityManager) {
        this.user = user;
        this.people = people;
        this.entityManager = entityManager;
    }

    public CurrentUser user() {
        if (!recorded) {
            people.recordOnce(user);
            recorded = true;
        }
        return user;
    }

    /** What the caller is in this project, found in one query and kept for the request. */
    public Standing standing(Project project) {
        return standings.computeIfAbsent(project.id, id -> compute(project));
    }

    /** The project, if the caller may see it; otherwise a 404. */
    public Project visible(Project project) {
        if (standing(project).level() == Level.NONE) {
            throw new NotFoundProblem("Project", project.acronym);
        }
        return project;
    }

    /** The project, if the caller manages its plan (coordinator or admin); 404 or 403 otherwise. */
    public Project managed(Project project) {
        if (!standing(visible(project)).managesPlan()) {
            throw new ForbiddenProblem("Only the coordinator of " + project.acronym + " changes its plan");
        }
        return project;
    }

    /** Refuses, with a 403, a caller who is not a platform administrator. */
    public void requireAdmin(String action) {
        if (!user().isPlatformAdmin()) {
            throw new ForbiddenProblem("Only a platform administrator may " + action);
        }
    }

    private Standing compute(Project project) {
        CurrentUser caller = user();
        if (caller.isPlatformAdmin()) {
            return new Standing(Level.ADMIN, Set.of());
        }
        Set<String> organisations = caller.organisations();
        List<Object[]> participations = organisations.isEmpty() ? List.of() : entityManager.createQuery(
                "select o.code, p.role from Participation p join p.organisation o"
                        + " where p.project = :project and o.code in :codes", Object[].class)
                .setParameter("project", project)
                .setParameter("codes", organisations)
                .getResultList();
        Set<String> partnerCodes = new TreeSet<>();
        boolean coordinatingOrganisation = false;
        for (Object[] row : participations) {
            partnerCodes.add((String) row[0]);
            coordinatingOrganisation |= "COORDINATOR".equals(row[1].toString());
        }
        if (caller.actsAsCoordinator(coordinatingOrganisation)) {
            return new Standing(Level.COORDINATOR, partnerCodes);
        }
        if (!partnerCodes.isEmpty()) {
            return new Standing(Level.PARTNER, partnerCodes);
        }
        if (caller.hasRole(CurrentUser.REVIEWER) && isAssignedReviewer(project, caller.username())) {
            return new Standing(Level.REVIEWER, Set.of());
        }
        return new Standing(Level.NONE, Set.of());
    }

    private boolean isAssignedReviewer(Project project, String username) {
        return entityManager.createQuery("select count(r) from ReviewerAssignment r"
                        + " where r.project = :project and r.username = :username", Long.class)
                .setParameter("project", project)
                .setParameter("username", username)
                .getSingleResult() > 0;
    }
}
