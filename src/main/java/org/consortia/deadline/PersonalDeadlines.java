package org.consortia.deadline;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.consortia.common.CachesConfig;
import org.consortia.common.RevisionCache;
import org.consortia.project.Project;
import org.consortia.project.ProjectRevision;
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
    private final RevisionCache<Key, List<Deadline>> computed;

    /** The projects as they are now, each seen as a member or as the funder, and the window asked for. */
    private record Key(
            List<ProjectRevision> asMember,
            List<ProjectRevision> asReviewer,
            LocalDate today,
            LocalDate from,
            LocalDate to,
            boolean overdueToo) {}

    PersonalDeadlines(
            Standings standings,
            ProjectService projects,
            DeadlineService deadlines,
            CachesConfig caches,
            MeterRegistry registry) {
        this.standings = standings;
        this.projects = projects;
        this.deadlines = deadlines;
        // Weighed one more than their deadlines: an empty list too takes room, so the entries stay bounded.
        this.computed =
                new RevisionCache<>("personal-deadlines", caches.deadlines(), list -> list.size() + 1, registry);
    }

    /**
     * Those between {@code from} and {@code to} (inclusive, null: open), and with {@code overdueToo}
     * whatever is still overdue; only of {@code acronym} when given (a project they take part in).
     * Computed once for the same projects at the same revisions (anyone's: two coordinators of the same
     * projects share them), on the same day.
     */
    public List<Deadline> of(Identity identity, String acronym, LocalDate from, LocalDate to, boolean overdueToo) {
        List<ProjectRole> roles = standings.projectsOf(identity).stream()
                .filter(r -> acronym == null || r.acronym().equals(acronym))
                .toList();
        Set<String> member = roles.stream()
                .filter(r -> r.standing() != Standing.Level.REVIEWER)
                .map(ProjectRole::acronym)
                .collect(Collectors.toSet());
        List<Project> found =
                projects.findAll(roles.stream().map(ProjectRole::acronym).collect(Collectors.toSet()));
        List<Project> asMember =
                found.stream().filter(p -> member.contains(p.acronym)).toList();
        List<Project> asReviewer =
                found.stream().filter(p -> !member.contains(p.acronym)).toList();
        Key key = new Key(revisions(asMember), revisions(asReviewer), today(), from, to, overdueToo);
        return computed.get(key, () -> List.copyOf(deadlines.across(asMember, asReviewer, from, to, overdueToo)));
    }

    private static List<ProjectRevision> revisions(List<Project> projects) {
        return projects.stream()
                .map(Project::currentRevision)
                .sorted(Comparator.comparingLong(ProjectRevision::project))
                .toList();
    }

    /** Whether {@code acronym} is one of their projects. */
    public boolean takesPartIn(Identity identity, String acronym) {
        return standings.projectsOf(identity).stream().anyMatch(r -> r.acronym().equals(acronym));
    }

    public LocalDate today() {
        return deadlines.today();
    }
}
