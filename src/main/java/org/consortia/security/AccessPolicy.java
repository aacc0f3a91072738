package org.consortia.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import org.consortia.common.ForbiddenProblem;
import org.consortia.common.NotFoundProblem;
import org.consortia.project.Project;

/**
 * The one place that decides who sees and changes what (docs/security.md). A project the caller has
 * no part in answers 404, as if it did not exist; a change they may not make to something they see
 * answers 403.
 */
@RequestScoped
public class AccessPolicy {

    private final CurrentUser user;
    private final People people;
    private final Standings standings;
    private final Map<Long, Standing> known = new HashMap<>();
    private boolean recorded;

    AccessPolicy(CurrentUser user, People people, Standings standings) {
        this.user = user;
        this.people = people;
        this.standings = standings;
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
        return known.computeIfAbsent(project.id, id -> compute(project));
    }

    /** The project, if the caller may see it; otherwise a 404. */
    public Project visible(Project project) {
        if (standing(project).level() == Standing.Level.NONE) {
            throw new NotFoundProblem("Project", project.acronym);
        }
        return project;
    }

    /**
     * The project, if the caller is inside its consortium (administrator, coordinator, partner staff);
     * otherwise a 404, for its reviewers as for strangers: for what the consortium keeps to itself (the
     * risk register).
     */
    public Project internal(Project project) {
        Standing.Level level = standing(project).level();
        if (level == Standing.Level.NONE || level == Standing.Level.REVIEWER) {
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

    /**
     * The project, if the caller speaks for its funder's side: a platform administrator, or one of the funder's
     * reviewers assigned to it. They alone change who reviews it; 404 or 403 otherwise.
     */
    public Project funderSide(Project project) {
        Standing standing = standing(visible(project));
        if (standing.level() != Standing.Level.ADMIN && !standing.isReviewer()) {
            throw new ForbiddenProblem("Only a platform administrator or the funder's side changes who reviews "
                    + project.acronym + " for the funder");
        }
        return project;
    }

    /**
     * Refuses, with a 403, a caller who could import no plan whatever it said: neither a platform
     * administrator nor the coordinator of any project. Asked before the plan is read.
     */
    public void requirePlanManagerSomewhere(String action) {
        Identity identity = user().identity();
        if (!identity.isPlatformAdmin()
                && standings.projectsOf(identity).stream()
                        .noneMatch(project -> project.standing() == Standing.Level.COORDINATOR)) {
            throw new ForbiddenProblem("Only a platform administrator, or the coordinator of a project, may " + action);
        }
    }

    /** Refuses, with a 403, a caller who is not a platform administrator. */
    public void requireAdmin(String action) {
        if (!user().isPlatformAdmin()) {
            throw new ForbiddenProblem("Only a platform administrator may " + action);
        }
    }

    private Standing compute(Project project) {
        return standings.of(project, user().identity());
    }
}
