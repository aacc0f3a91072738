package org.consortia.milestone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.consortia.activity.ActivityLog;
import org.consortia.activity.Subject;
import org.consortia.common.ConflictProblem;
import org.consortia.common.EntityTags;
import org.consortia.common.ForbiddenProblem;
import org.consortia.common.InvalidDataProblem;
import org.consortia.common.NotFoundProblem;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.project.Project;
import org.consortia.project.ProjectRescheduled;
import org.consortia.security.Standing;
import org.consortia.workpackage.WorkPackageService;

@ApplicationScoped
public class MilestoneService {

    private final MilestoneRepository milestones;
    private final WorkPackageService workPackages;
    private final ActivityLog activity;
    private final Clock clock;

    MilestoneService(
            MilestoneRepository milestones, WorkPackageService workPackages, ActivityLog activity, Clock clock) {
        this.milestones = milestones;
        this.workPackages = workPackages;
        this.activity = activity;
        this.clock = clock;
    }

    public Page<MilestoneView> page(Project project, PageRequest request) {
        LocalDate today = LocalDate.now(clock);
        return milestones.page(project, request).map(m -> MilestoneView.of(m, today));
    }

    public MilestoneView get(Project project, String code) {
        return MilestoneView.of(find(project, code), LocalDate.now(clock));
    }

    public Milestone find(Project project, String code) {
        return lookUp(project, code)
                .orElseThrow(() -> new NotFoundProblem("Milestone", code + " in " + project.acronym));
    }

    /** The milestone of this code, if there is one. */
    public Optional<Milestone> lookUp(Project project, String code) {
        return milestones.findByCode(project, code);
    }

    /**
     * Moves {@code code}'s contractual due date to the end of {@code month}, or to {@code fixedDate} within it: what an
     * approved amendment does, the only way once the project is under way.
     */
    @Transactional
    public void amendDueDate(Project project, String code, int month, LocalDate fixedDate) {
        Milestone milestone = find(project, code);
        MilestoneView before = MilestoneView.of(milestone, LocalDate.now(clock));
        milestone.dueMonth = month;
        milestone.explicitDueDate = fixedDate;
        milestone.schedule();
        milestones.flush();
        MilestoneView after = MilestoneView.of(milestone, LocalDate.now(clock));
        activity.recordChange(project, Subject.milestone(code), before, after);
    }

    /** Every milestone of the project in due order, as the API shows them. */
    public List<MilestoneView> list(Project project) {
        LocalDate today = LocalDate.now(clock);
        return milestones.listAll(project).stream()
                .map(m -> MilestoneView.of(m, today))
                .toList();
    }

    /** Every milestone of the project in due order, for an export. */
    public List<MilestoneInput> export(Project project) {
        return milestones.listAll(project).stream()
                .map(m -> new MilestoneInput(
                        m.code,
                        m.title,
                        m.workPackage == null ? null : m.workPackage.code(),
                        m.explicitDueDate == null ? m.dueMonth : null,
                        m.explicitDueDate,
                        m.forecastDate,
                        m.meansOfVerification,
                        m.achievedDate))
                .toList();
    }

    @Transactional
    public MilestoneView add(Project project, MilestoneInput input) {
        if (milestones.findByCode(project, input.code()).isPresent()) {
            throw new ConflictProblem("code", input.code() + " already exists in " + project.acronym);
        }
        Milestone milestone = upsert(project, input);
        milestones.flush();
        MilestoneView view = MilestoneView.of(milestone, LocalDate.now(clock));
        activity.record(project, Subject.milestone(view.code()), "CREATED", null, view);
        return view;
    }

    @Transactional
    public MilestoneView update(Project project, String code, String ifMatch, MilestoneInput input) {
        if (!code.equals(input.code())) {
            throw new InvalidDataProblem("code", "the code of a milestone cannot be changed (it is " + code + ")");
        }
        Milestone milestone = find(project, code);
        EntityTags.requireMatch(ifMatch, milestone.version);
        MilestoneView before = MilestoneView.of(milestone, LocalDate.now(clock));
        apply(input, milestone);
        milestones.flush();
        MilestoneView after = MilestoneView.of(milestone, LocalDate.now(clock));
        activity.recordChange(project, Subject.milestone(code), before, after);
        return after;
    }

    /**
     * Changes the milestone as {@code standing} may: the coordinator (or an administrator) anything; staff of the
     * partner leading its work package its progress, its forecast and when it was achieved (403 otherwise). A stale
     * {@code If-Match} is a 412 before the fields are compared.
     */
    @Transactional
    public MilestoneView updateAs(
            Project project, Standing standing, String code, String ifMatch, MilestoneInput input) {
        if (!standing.managesPlan()) {
            MilestoneView current = get(project, code);
            if (!standing.managesWorkPackage(workPackageLead(project, current))) {
                throw new ForbiddenProblem("Only the coordinator or the lead of its work package may change " + code);
            }
            EntityTags.requireMatch(ifMatch, current.version());
            if (!input.changesOnlyProgressOf(current)) {
                throw new ForbiddenProblem("As the lead of its work package you may change when " + code
                        + " is expected and when it was achieved; the rest of the milestone, its contractual date"
                        + " included, is the coordinator's to change");
            }
        }
        return update(project, code, ifMatch, input);
    }

    /**
     * Records the progress of {@code code}: when it is now expected ({@code forecastDate}, null for its due date) and
     * when it was achieved (null: not yet), the rest as it stands, under {@code ifMatch}, as {@code standing} may
     * ({@link #updateAs}): the form of the milestone page.
     */
    @Transactional
    public MilestoneView recordProgress(
            Project project,
            Standing standing,
            String code,
            String ifMatch,
            LocalDate forecastDate,
            LocalDate achievedDate) {
        MilestoneView current = get(project, code);
        return updateAs(
                project,
                standing,
                code,
                ifMatch,
                new MilestoneInput(
                        current.code(),
                        current.title(),
                        current.workPackage(),
                        current.dueDateExplicit() ? null : current.dueMonth(),
                        current.dueDateExplicit() ? current.dueDate() : null,
                        forecastDate,
                        current.meansOfVerification(),
                        achievedDate));
    }

    /** The partner leading the milestone's work package; null when it has none. */
    public String workPackageLead(Project project, MilestoneView milestone) {
        return milestone.workPackage() == null
                ? null
                : workPackages.get(project, milestone.workPackage()).lead();
    }

    /** Creates the milestone or brings it in line with {@code input}: what a plan import does. */
    @Transactional
    public Milestone upsert(Project project, MilestoneInput input) {
        Milestone milestone = milestones.findByCode(project, input.code()).orElseGet(() -> {
            Milestone created = new Milestone();
            created.project = project;
            created.code = input.code();
            return created;
        });
        apply(input, milestone);
        if (!milestones.isPersistent(milestone)) {
            milestones.persist(milestone);
        }
        return milestone;
    }

    @Transactional
    public void remove(Project project, String code) {
        Milestone milestone = find(project, code);
        activity.record(
                project, Subject.milestone(code), "REMOVED", MilestoneView.of(milestone, LocalDate.now(clock)), null);
        milestones.delete(milestone);
    }

    /** Removes the milestones whose code is not among {@code kept}. */
    @Transactional
    public void removeAllExcept(Project project, Set<String> kept) {
        milestones.listAll(project).stream()
                .filter(milestone -> !kept.contains(milestone.code))
                .forEach(milestone -> remove(project, milestone.code));
    }

    void reschedule(@Observes ProjectRescheduled event) {
        Project project = event.project();
        for (Milestone milestone : milestones.listAll(project)) {
            if (milestone.explicitDueDate == null && milestone.dueMonth > project.durationMonths()) {
                throw new ConflictProblem(
                        "endDate",
                        milestone.code + " is due in month " + milestone.dueMonth + ", after the new end of "
                                + project.acronym);
            }
            project.requireStillCovers(milestone.code, milestone.explicitDueDate);
            LocalDate dueBefore = milestone.dueDate;
            milestone.schedule();
            project.requireContractualDateKept("startDate", milestone.code, dueBefore, milestone.dueDate);
        }
    }

    private void apply(MilestoneInput input, Milestone milestone) {
        Project project = milestone.project;
        LocalDate dueBefore = milestone.dueDate;
        int dueMonth = project.dueMonth(input.dueMonth(), input.dueDate());
        project.requireForecast("forecastDate", input.forecastDate());
        milestone.title = input.title().strip();
        milestone.workPackage =
                input.workPackage() == null ? null : workPackages.require(project, input.workPackage(), "workPackage");
        milestone.dueMonth = dueMonth;
        milestone.explicitDueDate = project.fixedDueDate(input.dueMonth(), input.dueDate());
        milestone.schedule();
        project.requireContractualDateKept("dueMonth", milestone.code, dueBefore, milestone.dueDate);
        milestone.forecast(input.forecastDate());
        milestone.meansOfVerification = input.meansOfVerification();
        milestone.achievedDate = input.achievedDate();
    }
}
