package org.consortia.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.security.Identity;
import org.consortia.security.MeView.ProjectRole;
import org.consortia.security.Standing;
import org.consortia.security.Standings;

/**
 * Someone's deadlines across their projects: as a member where they are one, in the funder's view
 * where they only review. For the API, the "my deadlines" page and the person's calendar feed.
 */
@ApplicationScoped
public class PersonalDeadlines {

    private final Standings standings;
    private final ProjectService projects;
    private final DeadlineService deadlines;

    PersonalDeadlines(Standings standings, ProjectService projects, DeadlineService deadlines) {
        this.standings = standings;
        this.projects = projects;
        this.deadlines = deadlines;
    }

    /**
     * Those between {@code from} and {@code to} (inclusive, null: open), and with {@code overdueToo}
     * whatever is still overdue; only of {@code acronym} when given (a project they take part in).
     */
    public List<Deadline> of(Identity identity, String acronym, LocalDate from, LocalDate to, boolean overdueToo) {
        List<ProjectRole> roles = standings.projectsOf(identity).stream()
                .filter(r -> acronym == null || r.acronym().equals(acronym))
                .toList();
        Set<String> member = roles.stream().filter(r -> r.standing() != Standing.Level.REVIEWER)
                .map(ProjectRole::acronym).collect(Collectors.toSet());
        List<Project> found = projects.findAll(roles.stream().map(ProjectRole::acronym).collect(Collectors.toSet()));
        return deadlines.across(found.stream().filter(p -> member.contains(p.acronym)).toList(),
                found.stream().filter(p -> !member.contains(p.acronym)).toList(), from, to, overdueToo);
    }

    /** Whether {@code acronym} is one of their projects. */
    public boolean takesPartIn(Identity identity, String acronym) {
        return standings.projectsOf(identity).stream().anyMatch(r -> r.acronym().equals(acronym));
    }

    public LocalDate today() {
        return deadlines.today();
    }
}
