package org.consortia.deadline;

import jakarta.enterprise.context.RequestScoped;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.security.MeView.ProjectRole;
import org.consortia.security.MyProjects;
import org.consortia.security.Standing;

/**
 * The caller's deadlines across their projects: as a member where they are one, in the funder's view
 * where they only review. For the API, the "my deadlines" page and the caller's calendar.
 */
@RequestScoped
public class MyDeadlines {

    private final MyProjects myProjects;
    private final ProjectService projects;
    private final DeadlineService deadlines;

    MyDeadlines(MyProjects myProjects, ProjectService projects, DeadlineService deadlines) {
        this.myProjects = myProjects;
        this.projects = projects;
        this.deadlines = deadlines;
    }

    /** What is overdue, and what falls due from today to today + {@code ahead}. */
    public List<Deadline> within(Period ahead) {
        List<ProjectRole> roles = myProjects.list();
        Set<String> member = roles.stream().filter(r -> r.standing() != Standing.Level.REVIEWER)
                .map(ProjectRole::acronym).collect(Collectors.toSet());
        List<Project> found = projects.findAll(roles.stream().map(ProjectRole::acronym).collect(Collectors.toSet()));
        LocalDate today = deadlines.today();
        return deadlines.across(found.stream().filter(p -> member.contains(p.acronym)).toList(),
                found.stream().filter(p -> !member.contains(p.acronym)).toList(), today, today.plus(ahead), true);
    }
}
