package org.consortia.plandocument;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.consortia.deliverable.DeliverableService;
import org.consortia.deliverable.FunderProjection;
import org.consortia.finance.BudgetService;
import org.consortia.meeting.MeetingService;
import org.consortia.milestone.MilestoneService;
import org.consortia.organisation.OrganisationInput;
import org.consortia.partner.PartnerService;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.reportingperiod.ReportingPeriodService;
import org.consortia.reviewer.ReviewerService;
import org.consortia.risk.RiskService;
import org.consortia.workpackage.WorkPackageService;

/** Writes a project's plan as the document {@link PlanImporter} reads: an export imports back unchanged. */
@ApplicationScoped
public class PlanExporter {

    private final ProjectService projects;
    private final PartnerService partners;
    private final WorkPackageService workPackages;
    private final DeliverableService deliverables;
    private final MilestoneService milestones;
    private final ReportingPeriodService reportingPeriods;
    private final ReviewerService reviewers;
    private final RiskService risks;
    private final MeetingService meetings;
    private final BudgetService budgets;

    PlanExporter(
            ProjectService projects,
            PartnerService partners,
            WorkPackageService workPackages,
            DeliverableService deliverables,
            MilestoneService milestones,
            ReportingPeriodService reportingPeriods,
            ReviewerService reviewers,
            RiskService risks,
            MeetingService meetings,
            BudgetService budgets) {
        this.projects = projects;
        this.partners = partners;
        this.workPackages = workPackages;
        this.deliverables = deliverables;
        this.milestones = milestones;
        this.reportingPeriods = reportingPeriods;
        this.reviewers = reviewers;
        this.risks = risks;
        this.meetings = meetings;
        this.budgets = budgets;
    }

    /**
     * The plan as the funder reads it ({@link FunderProjection}): the grant's Annex 1, without the deliverables'
     * internal statuses, the partners' contact persons, the consortium's risk register or its meetings.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanDocument exportForFunder(String acronym) {
        PlanDocument plan = export(acronym);
        return new PlanDocument(
                plan.project(),
                plan.organisations(),
                plan.partners().stream().map(FunderProjection::of).toList(),
                plan.workPackages(),
                plan.deliverables().stream().map(FunderProjection::of).toList(),
                plan.milestones(),
                plan.reportingPeriods(),
                plan.reviewers(),
                List.of(),
                null,
                null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanDocument export(String acronym) {
        Project project = projects.find(acronym);
        return new PlanDocument(
                projects.export(project),
                partners.organisations(project).stream()
                        .map(o -> new OrganisationInput(o.code, o.legalName, o.country, o.type, o.pic, o.website))
                        .toList(),
                partners.export(project),
                workPackages.export(project),
                deliverables.export(project),
                milestones.export(project),
                reportingPeriods.export(project),
                reviewers.export(project),
                risks.export(project),
                budgets.export(project),
                meetings.export(project));
    }
}
