package org.consortia.overview;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.consortia.common.PageRequest;
import org.consortia.deliverable.DeliverableFilter;
import org.consortia.deliverable.DeliverableService;
import org.consortia.deliverable.DeliverableView;
import org.consortia.milestone.MilestoneService;
import org.consortia.milestone.MilestoneView;
import org.consortia.project.Project;
import org.consortia.workpackage.WorkPackageService;
import org.consortia.workpackage.WorkPackageView;

/**
 * What the plan page lists: the project's work packages, deliverables and
 * milestones, each in one page as large as the API gives (a grant plan holds far fewer).
 */
@ApplicationScoped
class PlanContents {

    private final WorkPackageService workPackages;
    private final DeliverableService deliverables;
    private final MilestoneService milestones;

    PlanContents(WorkPackageService workPackages, DeliverableService deliverables, MilestoneService milestones) {
        this.workPackages = workPackages;
        this.deliverables = deliverables;
        this.milestones = milestones;
    }

    /** By number. */
    List<WorkPackageView> workPackages(Project project) {
        return workPackages.page(project, PageRequest.largest()).items();
    }

    /** By due date, then code. */
    List<DeliverableView> deliverables(Project project) {
        return deliverables
                .page(project, new DeliverableFilter(), false, PageRequest.largest())
                .items();
    }

    /** The deliverables that left the plan, by due date, then code. */
    List<DeliverableView> archived(Project project) {
        DeliverableFilter filter = new DeliverableFilter();
        filter.archived = "true";
        return deliverables.page(project, filter, false, PageRequest.largest()).items();
    }

    /** By due date, then code. */
    List<MilestoneView> milestones(Project project) {
        return milestones.page(project, PageRequest.largest()).items();
    }
}
