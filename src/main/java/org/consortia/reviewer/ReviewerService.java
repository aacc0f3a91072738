package org.consortia.reviewer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.consortia.activity.ActivityLog;
import org.consortia.activity.Subject;
import org.consortia.common.ConflictProblem;
import org.consortia.common.NotFoundProblem;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.project.Project;

@ApplicationScoped
public class ReviewerService {

    private final ReviewerAssignmentRepository assignments;
    private final ActivityLog activity;
    private final Clock clock;

    ReviewerService(ReviewerAssignmentRepository assignments, ActivityLog activity, Clock clock) {
        this.assignments = assignments;
        this.activity = activity;
        this.clock = clock;
    }

    public Page<ReviewerView> page(Project project, PageRequest request) {
        return assignments.page(project, request).map(ReviewerView::of);
    }

    public List<String> export(Project project) {
        return assignments.listAll(project).stream().map(a -> a.username).toList();
    }

    /** User names as the identity provider keeps them: trimmed, in lower case. */
    static String normalised(String username) {
        return username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    @Transactional
    public ReviewerView assign(Project project, String requested) {
        String username = normalised(requested);
        if (assignments.find(project, username).isPresent()) {
            throw new ConflictProblem("username", username + " already reviews " + project.acronym);
        }
        ReviewerAssignment assignment = insert(project, username);
        assignments.flush();
        ReviewerView view = ReviewerView.of(assignment);
        activity.record(project, Subject.reviewer(username), "ASSIGNED", null, view);
        return view;
    }

    @Transactional
    public void unassign(Project project, String requested) {
        String username = normalised(requested);
        ReviewerAssignment assignment = assignments
                .find(project, username)
                .orElseThrow(() -> new NotFoundProblem("Reviewer", username + " of " + project.acronym));
        activity.record(project, Subject.reviewer(username), "UNASSIGNED", ReviewerView.of(assignment), null);
        assignments.delete(assignment);
    }

    /**
     * Makes the project's reviewers exactly {@code usernames}, what a plan import does, each change in the audit
     * trail. Only a platform administrator's import changes them (409 otherwise): the funder designates its reviewers,
     * not the consortium.
     */
    @Transactional
    public void replaceAll(Project project, Set<String> requested, boolean byAdministrator) {
        Set<String> usernames =
                requested.stream().map(ReviewerService::normalised).collect(Collectors.toSet());
        List<ReviewerAssignment> current = assignments.listAll(project);
        List<ReviewerAssignment> removed =
                current.stream().filter(a -> !usernames.contains(a.username)).toList();
        Set<String> kept = current.stream().map(a -> a.username).collect(Collectors.toSet());
        List<String> added = usernames.stream()
                .filter(username -> !kept.contains(username))
                .sorted()
                .toList();
        if (!byAdministrator && (!removed.isEmpty() || !added.isEmpty())) {
            throw new ConflictProblem(
                    "reviewers",
                    "only a platform administrator or the funder's side changes who reviews " + project.acronym
                            + (kept.isEmpty()
                                    ? "; list no reviewer"
                                    : "; list its reviewers as they are: "
                                            + String.join(
                                                    ", ", kept.stream().sorted().toList())));
        }
        removed.forEach(assignment -> {
            activity.record(
                    project, Subject.reviewer(assignment.username), "UNASSIGNED", ReviewerView.of(assignment), null);
            assignments.delete(assignment);
        });
        added.forEach(username -> activity.record(
                project, Subject.reviewer(username), "ASSIGNED", null, ReviewerView.of(insert(project, username))));
    }

    private ReviewerAssignment insert(Project project, String username) {
        ReviewerAssignment assignment = new ReviewerAssignment();
        assignment.project = project;
        assignment.username = username;
        assignment.assignedAt = OffsetDateTime.now(clock);
        assignments.persist(assignment);
        return assignment;
    }
}
