package org.consortia.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.consortia.activity.ActivityLog;
import org.consortia.activity.Subject;
import org.consortia.common.ConflictProblem;
import org.consortia.common.EntityTags;
import org.consortia.common.ForbiddenProblem;
import org.consortia.common.InvalidDataProblem;
import org.consortia.common.NotFoundProblem;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;

@ApplicationScoped
public class ProjectService {

    private final ProjectRepository projects;
    private final Event<ProjectRescheduled> rescheduled;
    private final ActivityLog activity;

    ProjectService(ProjectRepository projects, Event<ProjectRescheduled> rescheduled, ActivityLog activity) {
        this.projects = projects;
        this.rescheduled = rescheduled;
        this.activity = activity;
    }

    public Page<ProjectView> page(PageRequest request) {
        return projects.page(request).map(ProjectView::of);
    }

    /** The projects a caller who is not an administrator may see. */
    public Page<ProjectView> pageVisibleTo(Set<String> organisations, String reviewer, PageRequest request) {
        return projects.pageVisibleTo(organisations, reviewer, request).map(ProjectView::of);
    }

    /** The projects of these acronyms that exist, in one query. */
    public List<Project> findAll(Collection<String> acronyms) {
        return acronyms.isEmpty() ? List.of() : projects.list("acronym in ?1", acronyms);
    }

    /** The project with this acronym, or a 404 naming it. */
    public Project find(String acronym) {
        return lookUp(acronym).orElseThrow(() -> new NotFoundProblem("Project", acronym));
    }

    /** The project with this acronym, if there is one: for callers whose 404 must not tell that it exists. */
    public Optional<Project> lookUp(String acronym) {
        return projects.findByAcronym(acronym);
    }

    public boolean exists(String acronym) {
        return lookUp(acronym).isPresent();
    }

    @Transactional
    public ProjectView create(ProjectInput input) {
        if (exists(input.acronym())) {
            throw new ConflictProblem("acronym", "a project with acronym " + input.acronym() + " already exists");
        }
        Project project = insert(input);
        projects.flush();
        ProjectView view = ProjectView.of(project);
        activity.record(project, Subject.project(project.acronym), "CREATED", null, view);
        return view;
    }

    @Transactional
    public ProjectView update(String acronym, String ifMatch, ProjectInput input, boolean byAdministrator) {
        if (!acronym.equals(input.acronym())) {
            throw new InvalidDataProblem("acronym", "the acronym cannot be changed (it is " + acronym + ")");
        }
        Project project = find(acronym);
        EntityTags.requireMatch(ifMatch, project.version);
        ProjectView before = ProjectView.of(project);
        boolean rescheduling = !project.startDate.equals(input.startDate()) || !project.endDate.equals(input.endDate());
        requireContractKept(project, input, byAdministrator);
        apply(input, project);
        if (rescheduling) {
            rescheduled.fire(new ProjectRescheduled(project));
        }
        projects.flush();
        ProjectView after = ProjectView.of(project);
        activity.recordChange(project, Subject.project(acronym), before, after);
        return after;
    }

    /**
     * Creates the project or brings it in line with {@code input}: what a plan import does. It fires no
     * {@link ProjectRescheduled}: the import rewrites every item of the plan against the new dates.
     */
    @Transactional
    public Project upsert(ProjectInput input, boolean byAdministrator) {
        return projects.findByAcronym(input.acronym())
                .map(project -> {
                    requireContractKept(project, input, byAdministrator);
                    apply(input, project);
                    return project;
                })
                .orElseGet(() -> insert(input));
    }

    private Project insert(ProjectInput input) {
        Project project = new Project();
        project.acronym = input.acronym();
        apply(input, project);
        projects.persist(project);
        return project;
    }

    /** The project's head as a plan document starts. */
    public ProjectInput export(Project project) {
        return new ProjectInput(
                project.acronym,
                project.title,
                project.funder,
                project.programme,
                project.grantReference,
                project.startDate,
                project.endDate,
                project.status,
                project.summary,
                project.publicPage,
                project.acceptanceAuthority,
                project.euGrant,
                project.reminderDays());
    }

    /**
     * What only a platform administrator changes of a project: who accepts its deliverables and reports (403), and its
     * return into preparation once under way (409), where its contractual dates could move without an amendment.
     */
    private static void requireContractKept(Project project, ProjectInput input, boolean byAdministrator) {
        if (byAdministrator) {
            return;
        }
        if (input.acceptanceAuthority() != null && input.acceptanceAuthority() != project.acceptanceAuthority) {
            throw new ForbiddenProblem("Who accepts the deliverables and reports of " + project.acronym + " ("
                    + project.acceptanceAuthority + ") is set by a platform administrator");
        }
        if (input.status() == ProjectStatus.DRAFT && project.status != ProjectStatus.DRAFT) {
            throw new ConflictProblem(
                    "status",
                    project.acronym + " is under way (" + project.status + "): it does not go back into preparation,"
                            + " where its contractual dates would move without an amendment");
        }
    }

    private static void apply(ProjectInput input, Project project) {
        requireOrderedDates(input);
        project.title = input.title().strip();
        project.funder = input.funder().strip();
        project.programme = input.programme();
        project.grantReference = input.grantReference();
        project.startDate = input.startDate();
        project.endDate = input.endDate();
        if (input.status() != null) {
            project.status = input.status();
        } else if (project.status == null) {
            project.status = ProjectStatus.DRAFT;
        }
        project.summary = input.summary();
        if (input.publicPage() != null) {
            project.publicPage = input.publicPage();
        }
        if (input.acceptanceAuthority() != null) {
            project.acceptanceAuthority = input.acceptanceAuthority();
        }
        if (input.euGrant() != null) {
            project.euGrant = input.euGrant();
        }
        if (input.reminderOffsets() != null) {
            project.reminderOffsets = input.reminderOffsets().stream()
                    .distinct()
                    .sorted(Comparator.reverseOrder())
                    .map(String::valueOf)
                    .collect(Collectors.joining(","));
        }
    }

    private static void requireOrderedDates(ProjectInput input) {
        if (input.endDate().isBefore(input.startDate())) {
            throw new InvalidDataProblem("endDate", "must not be before the start date " + input.startDate());
        }
    }

    /** The projects not closed: those whose deadlines still call for notices. */
    public List<Project> notClosed() {
        return projects.list("status <> ?1", ProjectStatus.CLOSED);
    }

    /** Writes this transaction's pending changes now, so that a constraint they break is reported here. */
    public void flush() {
        projects.flush();
    }
}
