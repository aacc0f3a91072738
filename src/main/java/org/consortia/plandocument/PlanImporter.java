package org.consortia.plandocument;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.consortia.activity.ActivityLog;
import org.consortia.activity.Subject;
import org.consortia.common.InvalidDataProblem;
import org.consortia.common.ProblemException;
import org.consortia.deliverable.Deliverable;
import org.consortia.deliverable.DeliverableInput;
import org.consortia.deliverable.DeliverableService;
import org.consortia.finance.BudgetService;
import org.consortia.meeting.MeetingInput;
import org.consortia.meeting.MeetingService;
import org.consortia.milestone.MilestoneInput;
import org.consortia.milestone.MilestoneService;
import org.consortia.organisation.Organisation;
import org.consortia.organisation.OrganisationInput;
import org.consortia.organisation.OrganisationService;
import org.consortia.partner.ParticipationRole;
import org.consortia.partner.PartnerInput;
import org.consortia.partner.PartnerService;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.reportingperiod.ReportingPeriodService;
import org.consortia.reviewer.ReviewerService;
import org.consortia.risk.RiskService;
import org.consortia.workpackage.WorkPackageInput;
import org.consortia.workpackage.WorkPackageService;

/**
 * Writes a plan document in one transaction: all of it or, at the first problem, nothing. The
 * project is keyed by its acronym, so importing again updates the plan to match the document:
 * items it no longer lists are removed, organisations are kept (other projects may share them).
 * Each item goes through the same service as the API, so the same rules hold.
 */
@ApplicationScoped
public class PlanImporter {

    private final ProjectService projects;
    private final OrganisationService organisationService;
    private final PartnerService partners;
    private final WorkPackageService workPackages;
    private final DeliverableService deliverables;
    private final MilestoneService milestones;
    private final ReportingPeriodService reportingPeriods;
    private final ReviewerService reviewers;
    private final RiskService risks;
    private final MeetingService meetings;
    private final BudgetService budgets;
    private final ActivityLog activity;

    PlanImporter(
            ProjectService projects,
            OrganisationService organisationService,
            PartnerService partners,
            WorkPackageService workPackages,
            DeliverableService deliverables,
            MilestoneService milestones,
            ReportingPeriodService reportingPeriods,
            ReviewerService reviewers,
            RiskService risks,
            MeetingService meetings,
            BudgetService budgets,
            ActivityLog activity) {
        this.projects = projects;
        this.organisationService = organisationService;
        this.partners = partners;
        this.workPackages = workPackages;
        this.deliverables = deliverables;
        this.milestones = milestones;
        this.reportingPeriods = reportingPeriods;
        this.reviewers = reviewers;
        this.risks = risks;
        this.meetings = meetings;
        this.budgets = budgets;
        this.activity = activity;
    }

    /**
     * Writes the plan. Organisations are shared by every project they join, and deliverables' statuses
     * move through the workflow: unless {@code byAdministrator}, existing organisations are used as they
     * are (only missing ones are registered) and a status may not change.
     */
    @Transactional
    public ImportResult importPlan(PlanDocument plan, boolean byAdministrator) {
        requireUnique("organisations", plan.organisations(), OrganisationInput::code);
        requireUnique("partners", plan.partners(), PartnerInput::organisation);
        requireUnique("workPackages", plan.workPackages(), WorkPackageInput::number);
        requireUnique("deliverables", plan.deliverables(), DeliverableInput::code);
        requireUnique("milestones", plan.milestones(), MilestoneInput::code);
        if (plan.meetings() != null) {
            requireUnique("meetings", plan.meetings(), MeetingInput::code);
        }
        requireOneCoordinator(plan.partners());

        boolean created = !projects.exists(plan.project().acronym());
        Project project = under("project", () -> projects.upsert(plan.project(), byAdministrator));
        Map<String, Organisation> byCode = organisations(plan, byAdministrator);
        under("partners", () -> {
            partners.upsertAll(project, plan.partners(), byCode);
            return null;
        });
        each("workPackages", plan.workPackages(), input -> workPackages.upsert(project, input));
        Map<Deliverable, List<String>> dependencies = new LinkedHashMap<>();
        each(
                "deliverables",
                plan.deliverables(),
                input -> dependencies.put(
                        deliverables.upsert(project, input, byAdministrator),
                        input.dependsOn() == null ? List.of() : input.dependsOn()));
        under("deliverables", () -> {
            deliverables.link(project, dependencies);
            return null;
        });
        each("milestones", plan.milestones(), input -> milestones.upsert(project, input));
        under("reportingPeriods", () -> {
            reportingPeriods.replaceAll(project, plan.reportingPeriods());
            return null;
        });
        reviewers.replaceAll(project, new HashSet<>(plan.reviewers()), byAdministrator);
        int registered = under("risks", () -> risks.importAll(project, plan.risks()));
        int met = under("meetings", () -> meetings.importAll(project, plan.meetings()));
        if (plan.budget() != null) {
            under("budget", () -> {
                budgets.replace(project, null, plan.budget());
                return null;
            });
        }

        milestones.removeAllExcept(project, codes(plan.milestones(), MilestoneInput::code));
        deliverables.removeAllExcept(project, codes(plan.deliverables(), DeliverableInput::code));
        workPackages.removeAllExcept(project, codes(plan.workPackages(), WorkPackageInput::number));
        partners.removeAllExcept(project, codes(plan.partners(), PartnerInput::organisation));
        projects.flush();
        ImportResult result = new ImportResult(
                project.acronym,
                created,
                plan.partners().size(),
                plan.workPackages().size(),
                plan.deliverables().size(),
                plan.milestones().size(),
                plan.reportingPeriods().size(),
                registered,
                met);
        activity.record(project, Subject.plan(project.acronym), "IMPORTED", null, result);
        return result;
    }

    /** The document's organisations, written, plus the existing ones its partners name. */
    private Map<String, Organisation> organisations(PlanDocument plan, boolean mayChange) {
        Map<String, Organisation> byCode = new HashMap<>();
        each(
                "organisations",
                plan.organisations(),
                input -> byCode.put(
                        input.code(),
                        mayChange
                                ? organisationService.upsert(input)
                                : organisationService
                                        .lookUp(input.code())
                                        .orElseGet(() -> organisationService.upsert(input))));
        Set<String> missing = new HashSet<>(codes(plan.partners(), PartnerInput::organisation));
        missing.removeAll(byCode.keySet());
        organisationService.findAll(missing).forEach(o -> byCode.put(o.code, o));
        return byCode;
    }

    private static <T> void requireUnique(String list, List<T> items, Function<T, String> key) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String code = key.apply(items.get(i));
            if (!seen.add(code)) {
                throw new InvalidDataProblem(list + "[" + i + "]", code + " is listed twice");
            }
        }
    }

    private static void requireOneCoordinator(List<PartnerInput> partners) {
        long coordinators = partners.stream()
                .filter(p -> p.role() == ParticipationRole.COORDINATOR)
                .count();
        if (coordinators != 1) {
            throw new InvalidDataProblem(
                    "partners",
                    "a project has exactly one partner with role COORDINATOR; the" + " document has " + coordinators);
        }
    }

    private static <T> Set<String> codes(List<T> items, Function<T, String> key) {
        return items.stream().map(key).collect(Collectors.toSet());
    }

    private static <T> void each(String list, List<T> items, Consumer<T> write) {
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            under(list + "[" + i + "]", () -> {
                write.accept(item);
                return null;
            });
        }
    }

    private static <R> R under(String prefix, Supplier<R> write) {
        try {
            return write.get();
        } catch (ProblemException e) {
            throw e.under(prefix);
        }
    }
}
