package org.consortia.workpackage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.consortia.activity.ActivityLog;
import org.consortia.activity.Subject;
import org.consortia.common.ConflictProblem;
import org.consortia.common.EntityTags;
import org.consortia.common.InvalidDataProblem;
import org.consortia.common.NotFoundProblem;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.partner.PartnerService;
import org.consortia.project.Project;
import org.consortia.project.ProjectRescheduled;

@ApplicationScoped
public class WorkPackageService {

    private final WorkPackageRepository workPackages;
    private final PartnerService partners;
    private final ActivityLog activity;
    private final Event<WorkPackageRemoving> removing;

    WorkPackageService(
            WorkPackageRepository workPackages,
            PartnerService partners,
            ActivityLog activity,
            Event<WorkPackageRemoving> removing) {
        this.workPackages = workPackages;
        this.partners = partners;
        this.activity = activity;
        this.removing = removing;
    }

    public Page<WorkPackageView> page(Project project, PageRequest request) {
        return workPackages.page(project, request).map(WorkPackageView::of);
    }

    public WorkPackageView get(Project project, String code) {
        return WorkPackageView.of(find(project, code));
    }

    /** The work package a URL names (e.g. WP2), or a 404. */
    /** The project's work packages, in number order, in one query. */
    public List<WorkPackage> all(Project project) {
        return workPackages.listAll(project);
    }

    public WorkPackage find(Project project, String code) {
        return lookUp(project, code)
                .orElseThrow(() -> new NotFoundProblem("Work package", code + " in " + project.acronym));
    }

    /** The work package an input field names, or a 400 on that field. */
    public WorkPackage require(Project project, String code, String field) {
        return lookUp(project, code)
                .orElseThrow(
                        () -> new InvalidDataProblem(field, code + " is not a work package of " + project.acronym));
    }

    public List<WorkPackageInput> export(Project project) {
        return workPackages.listAll(project).stream()
                .map(w ->
                        new WorkPackageInput(w.code(), w.title, w.lead.code(), w.startMonth, w.endMonth, w.objectives))
                .toList();
    }

    /** Removes the work packages whose code is not among {@code kept}. */
    @Transactional
    public void removeAllExcept(Project project, Set<String> kept) {
        workPackages.listAll(project).stream()
                .filter(workPackage -> !kept.contains(workPackage.code()))
                .forEach(this::remove);
    }

    private Optional<WorkPackage> lookUp(Project project, String code) {
        OptionalInt number = WorkPackageCode.parse(code);
        return number.isPresent() ? workPackages.findByNumber(project, number.getAsInt()) : Optional.empty();
    }

    @Transactional
    public WorkPackageView add(Project project, WorkPackageInput input) {
        int number = WorkPackageCode.parse(input.number()).orElseThrow();
        if (workPackages.findByNumber(project, number).isPresent()) {
            throw new ConflictProblem("number", input.number() + " already exists in " + project.acronym);
        }
        WorkPackage workPackage = new WorkPackage();
        workPackage.project = project;
        workPackage.number = number;
        apply(input, workPackage);
        workPackages.persist(workPackage);
        workPackages.flush();
        WorkPackageView view = WorkPackageView.of(workPackage);
        activity.record(project, Subject.workPackage(view.number()), "CREATED", null, view);
        return view;
    }

    @Transactional
    public WorkPackageView update(Project project, String code, String ifMatch, WorkPackageInput input) {
        if (!code.equals(input.number())) {
            throw new InvalidDataProblem(
                    "number", "the number of a work package cannot be changed (it is " + code + ")");
        }
        WorkPackage workPackage = find(project, code);
        EntityTags.requireMatch(ifMatch, workPackage.version);
        WorkPackageView before = WorkPackageView.of(workPackage);
        apply(input, workPackage);
        workPackages.flush();
        WorkPackageView after = WorkPackageView.of(workPackage);
        activity.recordChange(project, Subject.workPackage(code), before, after);
        return after;
    }

    /** Creates the work package or brings it in line with {@code input}: what a plan import does. */
    @Transactional
    public WorkPackage upsert(Project project, WorkPackageInput input) {
        int number = WorkPackageCode.parse(input.number()).orElseThrow();
        WorkPackage workPackage = workPackages.findByNumber(project, number).orElseGet(() -> {
            WorkPackage created = new WorkPackage();
            created.project = project;
            created.number = number;
            return created;
        });
        apply(input, workPackage);
        if (!workPackages.isPersistent(workPackage)) {
            workPackages.persist(workPackage);
        }
        return workPackage;
    }

    @Transactional
    public void remove(Project project, String code) {
        remove(find(project, code));
    }

    private void remove(WorkPackage workPackage) {
        long references = workPackages.planReferences(workPackage);
        if (references > 0) {
            throw new ConflictProblem(
                    "number",
                    workPackage.code() + " still holds " + references
                            + " deliverable(s) or milestone(s); move or delete them first");
        }
        removing.fire(new WorkPackageRemoving(workPackage));
        activity.record(
                workPackage.project,
                Subject.workPackage(workPackage.code()),
                "REMOVED",
                WorkPackageView.of(workPackage),
                null);
        workPackages.delete(workPackage);
    }

    void checkStillFits(@Observes ProjectRescheduled event) {
        Project project = event.project();
        for (WorkPackage workPackage : workPackages.listAll(project)) {
            if (workPackage.endMonth > project.durationMonths()) {
                throw new ConflictProblem(
                        "endDate",
                        workPackage.code() + " runs to month " + workPackage.endMonth + ", after the new end of "
                                + project.acronym);
            }
        }
    }

    private void apply(WorkPackageInput input, WorkPackage workPackage) {
        Project project = workPackage.project;
        project.requireMonth("startMonth", input.startMonth());
        project.requireMonth("endMonth", input.endMonth());
        if (input.endMonth() < input.startMonth()) {
            throw new InvalidDataProblem("endMonth", "must not be before the start month " + input.startMonth());
        }
        workPackage.title = input.title().strip();
        workPackage.lead = partners.require(project, input.lead(), "lead");
        workPackage.startMonth = input.startMonth();
        workPackage.endMonth = input.endMonth();
        workPackage.objectives = input.objectives();
    }
}
