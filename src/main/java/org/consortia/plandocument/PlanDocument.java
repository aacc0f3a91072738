package org.consortia.plandocument;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.consortia.deliverable.DeliverableInput;
import org.consortia.finance.BudgetInput;
import org.consortia.meeting.MeetingInput;
import org.consortia.milestone.MilestoneInput;
import org.consortia.organisation.OrganisationInput;
import org.consortia.partner.PartnerInput;
import org.consortia.project.ProjectInput;
import org.consortia.reportingperiod.ReportingPeriodInput;
import org.consortia.risk.RiskInput;
import org.consortia.workpackage.WorkPackageInput;

/**
 * A whole project plan in one document, the way a coordinator types up Annex 1 of a grant agreement.
 * The format is described in docs/import-format.md. Every list left out is an empty list, except
 * {@code risks}: left out (null), the project's risk register stays as it is; so do its {@code budget} and its
 * {@code meetings} (those that are not deliverables).
 */
public record PlanDocument(
        @Valid @NotNull ProjectInput project,
        @Size(max = MAX_ITEMS) List<@Valid @NotNull OrganisationInput> organisations,
        @Size(max = MAX_ITEMS) List<@Valid @NotNull PartnerInput> partners,
        @Size(max = MAX_ITEMS) List<@Valid @NotNull WorkPackageInput> workPackages,
        @Size(max = MAX_ITEMS) List<@Valid @NotNull DeliverableInput> deliverables,
        @Size(max = MAX_ITEMS) List<@Valid @NotNull MilestoneInput> milestones,
        @Size(max = MAX_ITEMS) List<@Valid @NotNull ReportingPeriodInput> reportingPeriods,
        @Size(max = MAX_ITEMS) List<@NotBlank @Size(max = 255) String> reviewers,
        @Size(max = MAX_ITEMS) List<@Valid @NotNull RiskInput> risks,
        @Valid BudgetInput budget,
        @Size(max = MAX_ITEMS) List<@Valid @NotNull MeetingInput> meetings) {

    /**
     * The most items of one kind a plan holds: far above any grant (FORESEE has 22 deliverables; a large
     * Horizon project a few hundred), so that a document within the body limit cannot ask for millions of rows.
     */
    public static final int MAX_ITEMS = 5000;

    public PlanDocument {
        organisations = organisations == null ? List.of() : organisations;
        partners = partners == null ? List.of() : partners;
        workPackages = workPackages == null ? List.of() : workPackages;
        deliverables = deliverables == null ? List.of() : deliverables;
        milestones = milestones == null ? List.of() : milestones;
        reportingPeriods = reportingPeriods == null ? List.of() : reportingPeriods;
        reviewers = reviewers == null ? List.of() : reviewers;
    }
}
