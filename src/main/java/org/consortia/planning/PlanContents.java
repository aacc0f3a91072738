package org.consortia.planning;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.consortia.common.PageRequest;
import org.consortia.deliverable.DeliverableFilter;
import org.consortia.deliverable.DeliverableService;
import org.consortia.deliverable.DeliverableView;
import org.consortia.milestone.MilestoneService;
import org.consortia.milestone.MilestoneView;
import org.consortia.partner.PartnerService;
import org.consortia.partner.PartnerView;
import org.consortia.project.Project;
import org.consortia.workpackage.WorkPackageService;
import org.consortia.workpackage.WorkPackageView;

/**
 * What the plan pages list and offer to choose from: the project's partners, work packages,
 * deliverables and milestones, each in one page as large as the API gives (a grant plan holds far fewer).
 */
@ApplicationScoped
class PlanContents {

    private static final PageRequest ALL = PageRequest.of(0, PageRequest.MAX_SIZE);

    private final PartnerService partners;
    private final WorkPackageService workPackages;
    private final DeliverableService deliverables;
    private final MilestoneService milestones;

    PlanContents(
            PartnerService partners,
            WorkPackageService workPackages,
            DeliverableService deliverables,
            MilestoneService milestones) {
        this.partners = partners;
        this.workPackages = workPackages;
        this.deliverables = deliverables;
        this.milestones = milestones;
    }

    /** By partner number. */
    List<PartnerView> partners(Project project) {
        return partners.page(project, ALL).items();
    }

    /** By number. */
    List<WorkPackageView> workPackages(Project project) {
        return workPackages.page(project, ALL).items();
    }

    /** By due date, then code. */
    List<DeliverableView> deliverables(Project project) {
        return deliverables.page(project, new DeliverableFilter(), false, ALL).items();
    }

    /** By due date, then code. */
    List<MilestoneView> milestones(Project project) {
        return milestones.page(project, ALL).items();
    }
}
